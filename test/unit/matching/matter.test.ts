import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { namesOtherMatter } from '../../../src/matching/checks.ts';
import { prepare, type PreparedStory } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { analyse } from '../../../src/text/terms.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const prepared = prepare(seedStory(), idfWeights(seedIndex()));

// namesOtherMatter as it was before it answered a text holding none of "on", "about" and
// "regarding" without its expression (cost20): the expressions and the reading copied here, to
// hold the function to the same answers.
const MATTER =
  /^[^,;.]*?\b(?:on|about|regarding)\s+(?:(?:the|a|an|its|their|his|her|our|any|these|those|such|[A-Z][A-Za-z]*['\u2019]s)\s+)?([A-Za-z-]+(?:['\u2019]s?)?(?:\s+[a-z-]+)?)/;
const OF_MATTER = /^\s+(?:of|about)\s+/;
const NAMES_NONE: ReadonlySet<string> = new Set(
  'its their his her our my your any this that these those such whether if how what when why who where it them him us'.split(
    ' ',
  ),
);
const POINTS_BACK =
  /^(?:matters?|issues?|subjects?|topics?|questions?|record|reports?|story|stories|details|specifics|plans?|rumou?rs?|speculation|news|claims?)\b/i;

function byExpression(p: PreparedStory, text: string): boolean {
  const found = MATTER.exec(text);
  const matter = found?.[1];
  if (found === null || matter === undefined) return false;
  const back = POINTS_BACK.exec(matter);
  if (back !== null) {
    const end = found.index + found[0].length - matter.length + back[0].length;
    const of = OF_MATTER.exec(text.slice(end));
    return of !== null && byExpression(p, `on ${text.slice(end + of[0].length)}`);
  }
  if (NAMES_NONE.has((matter.split(' ')[0] ?? '').toLowerCase())) return false;
  const named = analyse(matter).terms;
  return named.length > 0 && named.every((t) => !p.termId.has(t));
}

describe('namesOtherMatter', () => {
  test('a refusal on, about or regarding a matter the story never names names another matter', () => {
    for (const word of ['on', 'about', 'regarding'])
      expect(namesOtherMatter(prepared, `comment ${word} the lawsuit.`)).toBe(true);
    expect(namesOtherMatter(prepared, 'comment.')).toBe(false);
    expect(namesOtherMatter(prepared, 'discuss the matter.')).toBe(false);
  });

  test('answers as its expression read every text, the bare refusals it no longer reads among them', () => {
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
      fc.property(text, (t) => namesOtherMatter(prepared, t) === byExpression(prepared, t)),
      { numRuns: 20_000 },
    );
  });
});
