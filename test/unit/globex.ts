// A made-up story for compiler and tool tests on hand-written seeds: Globex, a tech company
// reported to have asked hospitals for patient records. No seeds or statements: each test adds its own.

import { compileIndex } from '../../src/compiler/compile.ts';
import type { StoryFile } from '../../src/compiler/story-file.ts';
import { matchParagraphs, prepare } from '../../src/matching/match.ts';
import { idfWeights } from '../../src/matching/weights.ts';
import type { ClaimIndex, Story } from '../../src/model/types.ts';

export const GLOBEX: StoryFile = {
  id: 'globex-records',
  title: 'Globex asked hospitals for patient records',
  summary: 'The Ledger reported that Globex asked hospitals for patient records; Globex denied it.',
  broke: '2021-03-01',
  brokeBy: 'ledger',
  subject: { name: 'Globex', aliases: ['Globex', 'Globex Corp', 'the tech company'] },
  parties: [
    { name: 'Mercy Hospital', aliases: ['Mercy Hospital', 'Mercy'] },
    { name: 'Lakeside Clinic', aliases: ['Lakeside Clinic', 'Lakeside'] },
  ],
  outlets: [
    {
      id: 'ledger',
      name: 'The Daily Ledger',
      aliases: ['The Daily Ledger', 'the Ledger'],
      firstReport: '2021-03-01',
    },
    { id: 'wire', name: 'City Wire', aliases: ['City Wire'], firstReport: '2021-03-02' },
  ],
  seeds: {},
  statements: [],
};

/**
 * GLOBEX compiled from two seeds that report the request, the first followed by `more` (a test's
 * own sentences, which only that seed carries).
 */
export function globexWith(more: string): { index: ClaimIndex; story: Story } {
  const index = compileIndex([
    {
      dir: '/tmp/globex',
      story: GLOBEX,
      seeds: [
        {
          name: '001_ledger.txt',
          text: `Globex wants patient records\n\nGlobex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported. ${more}\n`,
        },
        {
          name: '002_wire.txt',
          text: 'Hospitals asked for records\n\nGlobex asked major hospitals to share patient records for a new health app, according to the Ledger.\n',
        },
      ],
    },
  ]);
  const story = index.stories[0];
  if (story === undefined) throw new Error('no story compiled');
  return { index, story };
}

/**
 * GLOBEX with `more` in its seed: the claim one of whose quotes holds `quote` (undefined where none
 * was compiled), and the claims each of `pages` (one paragraph each) meets.
 */
export function globexMatches(
  more: string,
  quote: string,
  pages: readonly string[],
): { claimId: string | undefined; at: (p: number) => string[] } {
  const { index, story } = globexWith(more);
  const claimId = story.claims.find((c) => c.appearances.some((a) => a.quote.includes(quote)))?.id;
  const weight = idfWeights(index);
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  return { claimId, at: (p) => found.filter((m) => m.paragraph === p).map((m) => m.claimId) };
}
