// Binary search over sorted data: a paragraph's terms, negations and name mentions are in text
// order, so the ones inside a sentence or clause are found in O(log n), and a paragraph of a
// thousand sentences costs no more per sentence than one of ten.

/**
 * The first index in [0, length) at which `before` is false, for a `before` that is true up to
 * some index and false from there on. O(log length) calls of `before`.
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
