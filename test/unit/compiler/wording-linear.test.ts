// The wording's regular expressions on hostile text: a seed is ours, but a malformed one should
// make a slow build, never a stalled one. Each run is 200,000 characters; a quadratic
// expression takes minutes on it (review S16a finding 6: ALSO took 5 s on 40,000 spaces), a
// linear one milliseconds, so each test finishes well inside the runner's default timeout
// (5 s) or fails by it. No timing is asserted: the results are.

import { describe, expect, test } from 'vitest';
import { NOUN_PHRASE, standalone } from '../../../src/compiler/wording.ts';

const N = 200_000;
const spaces = ' '.repeat(N);
const capitals = 'A'.repeat(N);
const commas = ','.repeat(N);
const words = 'also '.repeat(N / 5);

describe('the wording expressions are linear in their input', () => {
  test('an additive "also" (ALSO) after a run of spaces, capitals, commas or "also"s', () => {
    expect(standalone(`Globex is${spaces}also here.`)).toBe('Globex is here.');
    expect(standalone(`Globex is ${capitals} also here.`)).toBe(`Globex is ${capitals} here.`);
    expect(standalone(`Globex is ${commas} also here.`)).toBe(`Globex is ${commas} here.`);
    // The first "also" opens the text (nothing before it to tie to); every later one goes.
    expect(standalone(words)).toBe('also ');
    expect(standalone(`but${spaces}also here`)).toBe(`but${spaces}also here`);
    // First-person words (FIRST_PERSON) keep it; "US" is none.
    expect(standalone(`${'US '.repeat(66_666)}also here`)).toBe(`${'US '.repeat(66_665)}US here`);
    expect(standalone(`${'US '.repeat(66_666)}us also here`)).toBe(`${'US '.repeat(66_666)}us also here`);
  });

  test('a noun phrase before "its" (NOUN_PHRASE) past a run of spaces, capitals or commas', () => {
    expect(NOUN_PHRASE.test(`the${spaces},`)).toBe(false);
    expect(NOUN_PHRASE.test(`the${spaces}clinic`)).toBe(true);
    expect(NOUN_PHRASE.test(capitals)).toBe(false);
    expect(NOUN_PHRASE.test(`${commas} the ${commas}`)).toBe(false);
    expect(NOUN_PHRASE.test(words)).toBe(false);
  });
});
