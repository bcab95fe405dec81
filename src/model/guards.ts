// Run-time checks of values that come from outside the code (the bundled data, messages, what
// storage gives back), as type guards. Each check says in its type what it lets through, so an
// object's check built with `record` has a type tsc compares with the type it stands for: a check
// that forgets a field, or lets through more than the field's type, does not compile. A check
// narrower than its type (one that refuses null, false or an empty list the type allows) still
// compiles: only tests that pass the least a type allows (messages.test.ts's `minimal`) catch it.

/** An object's fields, before any of them is checked. */
export type Fields = Record<string, unknown>;

/** A run-time check that a value is a T. */
export type Check<T> = (v: unknown) => v is T;

/** The checks of every field of a T, each of a type no wider than the field's. */
export type Spec<T> = { [F in keyof T]-?: Check<T[F]> };

export const isObj = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The longest story id a page may send in a `match` request (src/extension/messages.ts), and so
 * the longest the build lets story.json give (src/compiler/story-file.ts): one constant, or a story
 * the build accepts could be refused on every page.
 */
export const MAX_STORY_ID_CHARS = 128;

/** A string of any length: for the extension's own data, as long as the build made it. */
export const isStr = (v: unknown): v is string => typeof v === 'string';

export const isStrArr = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** A count or an index: a whole number, not negative. */
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A finite number. */
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A string of at most `max` characters: for what a page sends, which could be of any size. The
 * extension's own data (a stored result) is checked with isStr instead: a bound the build does not
 * enforce would refuse what it let through.
 */
export const str =
  (max: number): Check<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max;

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || check(v);

/** At most `max` items, each passing `item`. O(items). */
export const list =
  <T>(max: number, item: Check<T>): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.length <= max && v.every(item);

/** A field that may be left out: a value an older version stored, or one a sender may not have. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || check(v);

export const oneOf =
  <T>(values: readonly T[]): Check<T> =>
  (v): v is T =>
    (values as readonly unknown[]).includes(v);

/** Whether the fields hold what `spec` checks; fields it does not name are let through. */
export function hasFields<T>(v: Fields, spec: Spec<T>): v is Fields & T {
  // Each entry of a Spec<T> is some field's check; Object.entries cannot say which.
  return Object.entries(spec).every(([field, check]) => (check as Check<unknown>)(v[field]));
}

/** The check of an object: write it `record<T>({...})` so tsc holds the checks to T's fields. */
export const record =
  <T>(spec: Spec<T>): Check<T> =>
  (v): v is T =>
    isObj(v) && hasFields(v, spec);

/**
 * The compiler's claim ids and aliases are `c` and a base-36 hash; nothing else stands in a story
 * page's anchor (a story link drops a fragment it cannot name, and the claim could not be reached).
 */
export const CLAIM_ID = /^c[0-9a-z]+$/;
