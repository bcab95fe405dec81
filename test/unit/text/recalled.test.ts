// A sentence that recalls the story's report as the setting of other news: where the recollection
// is read, and where it is not.

import { describe, expect, test } from 'vitest';
import { recalledPhrase } from '../../../src/text/recalled.ts';

describe('a report recalled as background', () => {
  test('a report after a word of time, cause or memory is recalled, from that word to the end of its phrase', () => {
    for (const [text, word] of [
      [
        'The survey ran shortly after The Wall Street Journal reported that Facebook asked banks for data.',
        'after',
      ],
      ['Facebook drew criticism last year over reports it sought bank data.', 'over'],
      ['The app was redesigned in the wake of reports that Facebook wanted bank data.', 'wake'],
      ['Many readers remember the stories in 2018 that the company approached banks.', 'remember'],
      ['Following a report that Facebook asked banks for data, senators wrote to the company.', 'Following'],
      ['It came a day after The Wall Street Journal first reported the talks.', 'after'],
      ['Shares rose after news that Facebook wanted bank data.', 'after'],
    ] as const) {
      const phrase = recalledPhrase(text);
      expect(phrase, text).not.toBeNull();
      expect(text.slice(phrase?.from, (phrase?.from ?? 0) + word.length)).toBe(word);
    }
  });

  test('a report told as the news itself, or past the end of the phrase, is not recalled', () => {
    for (const text of [
      'Facebook has asked large banks for customer data, The Wall Street Journal reported.',
      'The Wall Street Journal reported that Facebook asked banks for data.',
      'We are following a report in The Wall Street Journal that Facebook asked banks for data.',
      'One bank dropped out of the talks over privacy worries, the paper reported.',
      'After the talks ended, banks said little about the data in question, and the report said more.',
      'Facebook has been in talks with three banks since last year according to the report.',
    ])
      expect(recalledPhrase(text), text).toBeNull();
  });

  test('the phrase ends at the mark that closes it: what follows is the sentence’s own news', () => {
    const text = 'After the Journal’s report, Facebook said in a statement that it is not asking for data.';
    const phrase = recalledPhrase(text);
    expect(text.slice(phrase?.from, phrase?.to)).toBe('After the Journal’s report');
    const trailing = 'Shares rose 4% after the Journal reported that Facebook asked banks for data';
    expect(recalledPhrase(trailing)?.to).toBe(trailing.length);
  });

  test('its offsets are the text’s, whatever characters come before', () => {
    for (const text of [
      'Café owners spoke after the Journal reported that Facebook asked banks.',
      'İstanbul bankers spoke after the Journal reported that Facebook asked banks.',
    ]) {
      const phrase = recalledPhrase(text);
      // A phrase read where lower case is longer than the text ("İ") would start a character late.
      if (phrase !== null) expect(text.slice(phrase.from, phrase.from + 5), text).toBe('after');
    }
    expect(
      recalledPhrase('Café owners spoke after the Journal reported that Facebook asked banks.'),
    ).not.toBeNull();
  });
});
