// A sentence that recalls the story's report as the setting of other news: where the recollection
// is read, and where it is not.

import { describe, expect, test } from 'vitest';
import { recalledAt } from '../../../src/text/recalled.ts';

describe('a report recalled as background', () => {
  test('a report after a word of time, cause or memory is recalled, from that word', () => {
    for (const [text, word] of [
      [
        'The survey ran shortly after The Wall Street Journal reported that Facebook asked banks for data.',
        'after',
      ],
      ['Facebook drew criticism last year over reports it sought bank data.', 'over'],
      ['The app was redesigned in the wake of reports that Facebook wanted bank data.', 'wake'],
      ['Many readers remember the stories in 2018 that the company approached banks.', 'remember'],
      ['Following a report that Facebook asked banks for data, senators wrote to the company.', 'Following'],
    ] as const) {
      const at = recalledAt(text);
      expect(at, text).toBeGreaterThanOrEqual(0);
      expect(text.slice(at, at + word.length)).toBe(word);
    }
  });

  test('a report told as the news itself, or past the end of the phrase, is not recalled', () => {
    for (const text of [
      'Facebook has asked large banks for customer data, The Wall Street Journal reported.',
      'The Wall Street Journal reported that Facebook asked banks for data.',
      'We are following a report in The Wall Street Journal that Facebook asked banks for data.',
      'One bank dropped out of the talks over privacy worries, the paper reported.',
      'After the talks ended, banks said little about the data in question, and the report said more.',
    ])
      expect(recalledAt(text), text).toBe(-1);
  });
});
