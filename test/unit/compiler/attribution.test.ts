import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { EntityFinder } from '../../../src/compiler/attribution.ts';
import { classify } from '../../../src/compiler/classify.ts';
import { SEEDS } from '../helpers.ts';

const finder = new EntityFinder(readStory(SEEDS).story);
const credit = (s: string): string[] => finder.attribution(s).outlets;

describe('attribution forms resolve through the outlet aliases', () => {
  test.each([
    [
      'Facebook has asked large US banks to share financial information, according to The Wall Street Journal.',
      ['wsj'],
      'according to',
    ],
    [
      'Facebook has asked major US banks to share customer data, AFP and The Wall Street Journal reported on Monday.',
      ['afp', 'wsj'],
      'reported',
    ],
    ['Citigroup told AFP by email that privacy was paramount.', ['afp'], 'told'],
    [
      'In a statement reported by CNBC, a Facebook spokesperson clarified the position.',
      ['cnbc'],
      'in a statement to/reported by',
    ],
    [
      'The statement, obtained by Ars Technica, went on to portray it as common practice.',
      ['ars'],
      'obtained by',
    ],
    ['But they told PCMag they are quite aware of the privacy concerns.', ['pcmag'], 'told'],
    ['Facebook is interested in card data, the Journal notes.', ['wsj'], 'notes'],
    ['It would not use the bank data for ads, the WSJ said.', ['wsj'], 'said'],
    ['One large bank has reportedly pulled away from the discussion.', ['wsj'], 'report reference'],
  ])('%s', (sentence, outlets, form) => {
    expect(credit(sentence)).toEqual(outlets);
    expect(finder.attribution(sentence).form).toBe(form);
  });

  test('a lower-case "journal" is not the Journal, and no outlet means no credit', () => {
    expect(credit('She kept a journal of her spending.')).toEqual([]);
    expect(credit('Wells Fargo declined to comment.')).toEqual([]);
  });
});

describe('kinds: who is speaking', () => {
  test.each([
    [
      'The social media company said it would not use the bank data for ad-targeting purposes, the WSJ said.',
      'statement',
    ],
    ['Facebook Inc said on Monday it is in talks to deepen links with banks.', 'statement'],
    ['A JPMorgan Chase spokeswoman said the company is not sharing transaction data.', 'response'],
    ['Citigroup declined to comment regarding any possible discussions.', 'response'],
    ['Facebook has asked large US banks to share data, according to The Wall Street Journal.', 'report'],
    ['The smartphone texting service boasts 1.3 billion users.', 'context'],
  ])('%s → %s', (sentence, kind) => {
    expect(classify(sentence, finder, credit(sentence).length > 0).kind).toBe(kind);
  });
});
