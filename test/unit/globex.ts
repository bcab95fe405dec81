// A made-up story for compiler and tool tests on hand-written seeds: Globex, a tech company
// reported to have asked hospitals for patient records. No seeds or statements: each test adds its own.

import type { StoryFile } from '../../src/compiler/story-file.ts';

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
