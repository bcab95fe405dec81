// What a claim card holds, in what order: the overlay draws it, this decides it. Pure, so the
// card's contents are tested without a page.

import type { ClaimKind } from '../model/types.ts';
import type { AnswerView, ClaimView } from './describe.ts';
import { kindOf, type KindStyle } from './kinds.ts';
import { listOf } from './plural.ts';

/**
 * The subject's answers a card quotes below its claims: each statement once, those story.json
 * records (its own words) alone where there are any, and none that is itself one of the card's
 * claims. A paragraph that carries the denial and a report it answers matched both: the denial is
 * shown above as a claim, and quoting it again as "Facebook's answer" showed the one statement
 * twice, in two wordings. O(claims × answers).
 */
export function cardAnswers(claims: readonly ClaimView[]): AnswerView[] {
  const shown = new Set(claims.map((c) => c.id));
  const seen = new Map<string, AnswerView>();
  for (const c of claims)
    for (const a of c.answers) if (!shown.has(a.claimId) && !seen.has(a.claimId)) seen.set(a.claimId, a);
  const all = [...seen.values()];
  const official = all.filter((a) => a.official);
  return official.length > 0 ? official : all;
}

/**
 * A card's claims in the order its heading speaks for them: the claim the heading names first,
 * then by kind as the legend ranks them (the paragraph's leading kind first), each kind in the
 * matcher's order. Before, they came in the matcher's order, and a card headed "Statement · said
 * by Facebook" could open on a report. O(n log n).
 */
export function cardOrder<T>(
  claims: readonly T[],
  view: (c: T) => ClaimView,
  lead: ClaimView | undefined,
): T[] {
  const rank = (c: T): number => (view(c).id === lead?.id ? -1 : kindOf(view(c).kind).rank);
  return claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * The claim a card's heading speaks for: of the paragraph's leading kind, the one whose first
 * outlet (or speaker) is known and earliest, dated before undated, the official statement first
 * of one date; an undetermined one only when none is known. Before, `localeCompare` sorted the undated mark "~" before digits, so a card
 * holding an undated "Said by Facebook" and Facebook's dated statement to AFP was headed by the
 * undated one (dev2's denial-led piece). O(n log n).
 */
export function cardLead(claims: readonly ClaimView[], kind: ClaimKind): ClaimView | undefined {
  const ofKind = claims.filter((v) => v.kind === kind);
  // Known: a speaker, or a first outlet; null where the first outlet is undetermined.
  const when = (v: ClaimView): { date: string | null } | null =>
    v.said !== null ? { date: v.said.date } : v.firstOutlet === null ? null : { date: v.firstDate };
  const known = ofKind.filter((v) => when(v) !== null);
  // ISO dates compare as strings (calendar.ts's reportTimeOrder would weigh a time against a bare
  // day, at 600 B of the content script for a tie no card has shown); undated last. Of one day,
  // the official statement first: the AFP quotes were given the same day, and a card holding both
  // was headed "Facebook to AFP" where the matcher found that first.
  const official = (v: ClaimView): number => Number(v.said?.official === true);
  const order = (a: ClaimView, b: ClaimView): number => {
    const [x, y] = [when(a)?.date ?? null, when(b)?.date ?? null];
    return x === y ? official(b) - official(a) : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  };
  return [...known].sort(order)[0] ?? ofKind[0] ?? claims[0];
}

/** A kind as a card's heading names it: in the plural where the card holds several of its claims. */
export interface CardKind {
  style: KindStyle;
  word: string;
}

/**
 * The kinds a card's claims are, each once, in the order the card shows them (cardOrder: the
 * paragraph's leading kind first, then as the legend ranks them), each in the number the card
 * holds. Before, two banks' responses were headed "Bank's response", one bank's. O(n log n).
 */
export function cardKinds(kinds: readonly ClaimKind[]): CardKind[] {
  const held = new Map<ClaimKind, number>();
  for (const k of kinds) held.set(k, (held.get(k) ?? 0) + 1);
  return [...held]
    .map(([k, n]) => ({ style: kindOf(k), n }))
    .sort((a, b) => a.style.rank - b.style.rank)
    .map(({ style, n }) => ({ style, word: n > 1 ? style.words : style.word }));
}

/**
 * A paragraph's kinds in words, as its heading and its marker's name give them: "statement,
 * reports and context". Before, a card of several kinds was headed by its leading kind alone
 * ("Report" over a context claim), which the heading said of every claim in it.
 */
export const kindsInWords = (kinds: readonly CardKind[]): string => listOf(kinds.map((k) => k.word));

/** Who a claim is credited to, as a heading says it: its speaker, or its first outlet. */
function creditOf(c: ClaimView): string {
  if (c.said !== null)
    return c.said.to !== null
      ? `${c.said.by} to ${c.said.to}`
      : c.said.official === true
        ? `${c.said.by}’s official statement`
        : `said by ${c.said.by}`;
  return c.firstOutlet === null ? 'first outlet not known' : `first reported by ${c.firstOutlet}`;
}

/**
 * What a card's heading says after its kind: the speaker or first outlet of its claims, where
 * they are of one kind and it is true of each. Claims of different speakers or first outlets are
 * credited to each ("said by Wells Fargo and U.S. Bancorp"), the lead's first; none where one of
 * them is not known. Before, the lead's alone was said of every claim: "said by Wells Fargo" over
 * U.S. Bancorp's response too. One claim: none, as the claim below says it. O(n).
 */
export function cardCredit(claims: readonly ClaimView[], lead: ClaimView | undefined): string {
  if (lead === undefined || claims.length < 2 || new Set(claims.map((c) => c.kind)).size > 1) return '';
  const all = [lead, ...claims.filter((c) => c.id !== lead.id)];
  if (new Set(all.map(creditOf)).size === 1) return creditOf(lead);
  const names = (of: (c: ClaimView) => string | null | undefined): string[] | null => {
    const found = all.map(of);
    return found.every((n): n is string => typeof n === 'string') ? [...new Set(found)] : null;
  };
  const speakers = names((c) => c.said?.by);
  if (speakers !== null) return `said by ${listOf(speakers)}`;
  const outlets = names((c) => (c.said === null ? c.firstOutlet : null));
  return outlets === null ? '' : `first reported by ${listOf(outlets)}`;
}
