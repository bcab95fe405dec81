// The subject's denial told in a word ("Facebook denied the report."): the reader sees it as
// Facebook's answer to the story, as when the page quotes the statement itself.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
const prepared = prepare(story, weight);
const idsOf = (paragraph: string): string[] =>
  matchParagraphs(prepared, [paragraph], weight, undefined, { stated: 0, recorded: new Set() }).map(
    (m) => m.claimId,
  );
const answer = story.statements.find((s) => s.primary === true)?.claimId ?? '';

describe("the subject's denial in a word", () => {
  test('denying the report, or calling it wrong, is the subject’s answer to the story', () => {
    expect(answer).not.toBe('');
    for (const p of [
      'Facebook denied the report.',
      'Facebook has denied the claims.',
      'Facebook disputed that account.',
      'Facebook says the story is wrong.',
      'Facebook called the report inaccurate.',
      'Facebook rejected the Wall Street Journal story as false.',
      'Facebook is pushing back against a Wall Street Journal story about its dealings with banks.',
      "Facebook disputed the Journal's characterisation of its talks with lenders.",
      'In a statement, Facebook said the report was incorrect.',
      'The report is wrong, Facebook said.',
      'The company says that is a misreading.',
      "Facebook says that's not true.",
      'Facebook disputes the report.',
    ])
      expect(idsOf(p), p).toEqual([answer]);
  });

  test("another's denial, a denial of something else, or no answer is not the subject's answer", () => {
    for (const p of [
      'Facebook rival Google denied the report.',
      'Analysts said the report was wrong.',
      'Wells Fargo denied the report.',
      'Facebook denied a report that it sold user data to advertisers.',
      'Facebook denied wrongdoing.',
      'Facebook declined to comment on the report.',
      'Facebook did not comment on the report.',
      'Facebook denied it.',
      // Another's words, though the sentence before was the subject's (review R26b).
      'Facebook said it partners with banks. Some analysts said the report was wrong.',
      'Facebook said it partners with banks. Others disputed the report.',
      // An outlet named as the source, not as what is denied; the subject called wrong.
      'Facebook denied wrongdoing, Reuters reported.',
      'Facebook was mistaken, the Journal said.',
      'Facebook admitted it was wrong.',
      // Another report's denial, told by what it is of (review R26c).
      'Facebook rejected the allegations of bias.',
      'Facebook has denied reports of a data breach.',
      'Facebook denied reports it was building a cryptocurrency.',
      '"It\'s false," Facebook said of reports it listens to conversations.',
    ])
      expect(idsOf(p), p).not.toContain(answer);
  });

  test('a denial negated, asked, hedged or refused is no denial (review R26b)', () => {
    for (const p of [
      'Facebook did not deny the report.',
      "Facebook didn't deny the report.",
      'Facebook has not disputed the report.',
      'Facebook never denied the report.',
      'Facebook neither confirmed nor denied the report.',
      'Facebook declined to deny the report.',
      'Facebook has yet to deny the report.',
      'Did Facebook deny the report?',
      'It is not clear whether Facebook denied the report.',
      'Facebook is expected to deny the report.',
      'Nobody at Facebook denied the report.',
    ])
      expect(idsOf(p), p).not.toContain(answer);
  });

  test('a denial by a spokesperson named, or dated by a month, is the subject’s answer', () => {
    for (const p of [
      'Facebook spokeswoman Elisabeth Diana said the report was inaccurate.',
      'Elisabeth Diana, a Facebook spokeswoman, said the report was inaccurate.',
      'A Facebook spokeswoman, Elisabeth Diana, said the report was inaccurate.',
      'Facebook chief executive Mark Zuckerberg denied the report.',
      'In May, Facebook denied the report.',
    ])
      expect(idsOf(p), p).toEqual([answer]);
  });

  test("another's spokesperson, or a name no office ties to the subject, is not the subject's answer", () => {
    for (const p of [
      'Google spokeswoman Jane Doe said the report was inaccurate.',
      'Jane Doe, a Google spokeswoman, denied the report.',
      'Citigroup spokeswoman Jane Doe said the report was wrong.',
      'Jane Doe, a Facebook critic, denied the report.',
      'Facebook CEO Mark Zuckerberg told Congress the report was wrong.',
      'Facebook spokeswoman Elisabeth Diana said the report about Instagram was inaccurate.',
      'Facebook spokeswoman Elisabeth Diana did not deny the report.',
      'In May, Facebook may deny the report.',
    ])
      expect(idsOf(p), p).not.toContain(answer);
  });

  test('a denial in a clause is read as its sentence is, whatever else the sentence meets', () => {
    // The sentence is read whole: its first half meets nothing, and the denial is still found.
    expect(idsOf('Shares of the lender fell, but Facebook denied the report.')).toEqual([answer]);
  });

  test('a denial in a word never makes a page about the story by itself', () => {
    const engine = new Engine(seedIndex());
    // A page on another Facebook report: its denial may be of that report.
    const page = [
      'Facebook denied the report.',
      'Facebook has asked large US banks to share detailed financial information about their customers, the Journal reported.',
    ];
    expect(engine.analyse(page).story).toBeNull();
    // Beside the story's claims it is shown.
    const story2 = engine.analyse([
      ...page,
      'Facebook said it is not actively asking financial services companies for financial transaction data.',
      'Citigroup acknowledged holding talks with Facebook but declined to comment on sharing card transactions.',
    ]);
    expect(story2.story?.id).toBe(story.id);
    expect(story2.matches.filter((m) => m.paragraph === 0).map((m) => m.claimId)).toEqual([answer]);
  });
});
