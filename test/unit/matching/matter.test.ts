import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { namesOtherMatter, readsOtherMatter } from '../../../src/matching/checks.ts';
import { prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const prepared = prepare(seedStory(), idfWeights(seedIndex()));

describe('namesOtherMatter', () => {
  test('a refusal on, about or regarding a matter the story never names names another matter', () => {
    for (const word of ['on', 'about', 'regarding'])
      expect(namesOtherMatter(prepared, `comment ${word} the lawsuit.`)).toBe(true);
    expect(namesOtherMatter(prepared, 'comment.')).toBe(false);
    expect(namesOtherMatter(prepared, 'discuss the matter.')).toBe(false);
  });

  test('answers as its expression reads every text, the bare refusals it does not read among them', () => {
    const word = fc.constantFrom(
      ...[
        'on',
        'about',
        'regarding',
        'On',
        'About',
        'ongoing',
        'reasonable',
        'the',
        'a',
        'its',
        "Facebook's",
      ],
      ...['comment', 'lawsuit', 'layoffs', 'reports', 'of', 'speculation', 'talks', 'data', 'banks', 'it'],
      ...['matter', 'whether', 'letter', 'mortgage', 'declined', 'Citigroup', 'said', 'regard', 'upon'],
    );
    const gap = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '; ', '\u00a0', '');
    const text = fc
      .array(fc.tuple(word, gap), { maxLength: 10 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => namesOtherMatter(prepared, t) === readsOtherMatter(prepared, t)),
      { numRuns: 20_000 },
    );
  });
});
