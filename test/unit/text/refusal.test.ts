// One reader of refusals (refusal.ts) serves both a refused matter and a party's bare answer. The
// bare answer had an expression of its own; on made-up sentences the reader accepts every
// sentence it did, and more only where the refusal is worded in a way it did not know: another
// negation ("has not", "never", "won't", "no comment"), "immediately" before the word, or
// "specify", "commented" and "discussed".

import fc from 'fast-check';
import { expect, test } from 'vitest';
import { refusalEnd, refusesAsParty, subjectOf, TRIGGER } from '../../../src/text/refusal.ts';

/** bare-answer.ts's own expression before it asked refusal.ts. */
const OLD_REFUSAL =
  /\b(?:declin|refus)(?:e|es|ed|ing)\b|\b(?:would|will|did|does|do|could)(?:\s+not|n['\u2019]t)\s+(?:comment|say|discuss|address|elaborate)\b/i;

const asAnswer = (text: string): boolean => refusesAsParty(text, ['lakeside', 'clinic']);

const NEGATIONS = [
  'would not',
  'will not',
  'did not',
  'does not',
  'could not',
  "wouldn't",
  'didn\u2019t',
  'Would Not',
  'has not',
  'had not',
  'never',
  "won't",
  "can't",
  'is not',
  'said it would not',
];
const WORDS = [
  'comment',
  'say',
  'discuss',
  'address',
  'elaborate',
  'specify',
  'commented',
  'said',
  'discussed',
  'disclose',
  'confirm',
  'respond',
  'reply',
  'return',
  'answer',
  'responded',
  'share',
  'raise',
  'sell',
];
const VERBS = ['declined', 'declines', 'refused', 'refusing', 'decline', 'Declined', 'declared', 'refuted'];
const AFTER_VERB = [
  '',
  ' to comment',
  ' comment',
  ' to say',
  ' to respond',
  ' to give records',
  ' the offer',
];
const TAILS = ['.', ' on the talks.', ' whether it would sign.', ' to a request for comment.', ''];

/**
 * A made-up sentence: a party, then a verb of refusing or a negation and a word, then a tail; and
 * whether it is a bare verb of refusing with more after it ("declined the offer", "declined on the
 * talks"), which the old expression took and the reader does not (review S18a).
 */
const sentence = fc
  .tuple(
    fc.constantFrom('Lakeside Clinic', 'The clinic', 'A spokesman'),
    fc.oneof(
      fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...AFTER_VERB)).map(([v, a]) => ({
        what: `${v}${a}`,
        bare: !/^ (?:to )?(?:comment|say|respond)$/.test(a),
        after: a,
      })),
      fc
        .tuple(fc.constantFrom(...NEGATIONS), fc.boolean(), fc.constantFrom(...WORDS))
        .map(([n, at, w]) => ({ what: `${n} ${at ? 'immediately ' : ''}${w}`, bare: false, after: '' })),
      fc
        .constantFrom('had no comment', 'said no comment', 'had no answer', 'gave no details')
        .map((what) => ({ what, bare: false, after: '' })),
    ),
    fc.constantFrom(...TAILS),
  )
  .map(([who, { what, bare, after }, tail]) => ({
    text: `${who} ${what}${tail}`,
    more: bare && (after !== '' || (tail !== '.' && tail !== '')),
  }));

/**
 * The sentence in the old expression's words: the other negations made "would not", "immediately"
 * dropped, the words it did not know made "comment". Where the reader accepts more, this is what it
 * reads: the old expression accepts the sentence so rewritten.
 */
const inOldWords = (s: string): string =>
  s
    .replace(/\b(?:has not|had not|never|won't|can't|is not)\b/g, 'would not')
    .replace(/\bhad no comment\b|\bsaid no comment\b/g, 'would not comment')
    .replace(/ immediately /g, ' ')
    .replace(/\b(?:specify|commented|discussed)\b/g, 'comment');

test('the reader accepts every refusal the bare answer accepted but a bare verb with more after it, and more only in words it did not know', () => {
  fc.assert(
    fc.property(sentence, ({ text, more }) => {
      const old = OLD_REFUSAL.test(text);
      const now = asAnswer(text);
      if (old && !more) expect(now, text).toBe(true);
      else if (now) expect(OLD_REFUSAL.test(inOldWords(text)), text).toBe(true);
    }),
    { numRuns: 5000 },
  );
});

test('a refusal in words the old expression did not know is an answer', () => {
  for (const s of [
    'Lakeside Clinic has not commented.',
    "Lakeside Clinic won't comment.",
    'Lakeside Clinic had no comment.',
    'Lakeside Clinic would not immediately comment.',
    'Lakeside Clinic would not specify.',
    'Lakeside Clinic declined.',
  ]) {
    expect(asAnswer(s), s).toBe(true);
  }
});

test('no answer, a refusal to act, or a negative statement is no refusal a party answered with', () => {
  for (const s of [
    'Lakeside Clinic did not respond to a request for comment.',
    'Lakeside Clinic did not immediately return a call.',
    'Lakeside Clinic would not disclose the data.',
    'Lakeside Clinic never said it would sell.',
    'Lakeside Clinic has not said it would share records.',
    'Lakeside Clinic said it would not sell.',
    'Lakeside Clinic denied wrongdoing.',
  ]) {
    expect(asAnswer(s), s).toBe(false);
  }
  // A refused matter still follows a non-answer or a refusal to disclose (refused-matter.ts).
  expect(refusalEnd('Lakeside Clinic did not respond to a request.')).toBeGreaterThan(0);
  expect(refusalEnd('Lakeside Clinic would not disclose whether it signed.')).toBeGreaterThan(0);
  // And not a bare verb of refusing: "shares declined on reports …" is a fall.
  expect(refusalEnd('Globex shares declined on reports of talks.')).toBe(-1);
});

test("a negation's subject and auxiliary: a contraction, in either apostrophe, holds its auxiliary", () => {
  // "hasn’t" is a perfect ("has"), which a denial in the perfect is told by, as "has not" is.
  for (const negation of ["hasn't", 'hasn\u2019t'])
    expect(subjectOf(`Lakeside Clinic ${negation}`, negation, 'clinic', 9), negation).toEqual([
      'clinic',
      'has',
    ]);
  // "would not": the auxiliary is the word before, and the subject the word before that.
  expect(subjectOf('Lakeside Clinic would not', 'not', 'would', 16)).toEqual(['clinic', 'would']);
});

// TRIGGER is written with each letter's two cases for a first page's cost; it must find exactly
// what the `i` expression it stands for finds, or refusals would be read otherwise.
const TRIGGER_I = /\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|not|never|no|[a-z]+n['\u2019]t)\b/gi;
const found = (pattern: RegExp, text: string): string =>
  JSON.stringify([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
const TRIGGER_WORDS = [
  'decline',
  'declines',
  'declined',
  'declining',
  'refuse',
  'refused',
  'refuses',
  'refusing',
  'not',
  'never',
  'no',
  "don't",
  'won\u2019t',
];

test('TRIGGER finds what its i form finds, with any character in place of each letter or beside a word', () => {
  // Every UTF-16 code unit in each place of each word, and before and after it: where a
  // character beyond ASCII that has cases could be taken for a letter, the two would differ.
  const differing: number[] = [];
  // 256 characters a text, so each comparison reads a long text rather than a short one.
  for (let from = 0; from < 0x10000; from += 256) {
    const variants: string[] = [];
    for (let c = from; c < from + 256; c++) {
      const ch = String.fromCharCode(c);
      for (const w of TRIGGER_WORDS)
        variants.push(...[...w].map((_, j) => w.slice(0, j) + ch + w.slice(j + 1)), ch + w, w + ch);
    }
    const text = variants.join(' ');
    if (found(TRIGGER, text) !== found(TRIGGER_I, text)) differing.push(from);
  }
  expect(differing).toEqual([]);
});

test('TRIGGER finds what its i form finds in generated text of its words in any case', () => {
  const pieces = [
    ...TRIGGER_WORDS,
    ...TRIGGER_WORDS.map((w) => w.toUpperCase()),
    ...[
      'Declin',
      'REFUS',
      'Not',
      'nO',
      "can'T",
      'CAN\u2019T',
      'n',
      "'",
      '\u2019',
      't',
      'e',
      'es',
      'ed',
      'ing',
    ],
    ...[
      ' ',
      ', ',
      '-',
      '_',
      '9',
      '\u017f',
      '\u212a',
      '\u0130',
      '\u0131',
      '\u00e9',
      '\u00c9',
      'nothing',
      'Noted',
    ],
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(found(TRIGGER, text)).toBe(found(TRIGGER_I, text));
    }),
    { numRuns: 20_000 },
  );
});
