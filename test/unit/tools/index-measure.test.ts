import { describe, expect, test } from 'vitest';
import { measureIndex, measureWording } from '../../../src/tools/eval/index-measure.ts';
import type { Claim, Story } from '../../../src/model/types.ts';

const SEED = 'Globex asked hospitals for records. Globex denied it. Mercy declined to comment.';
const at = (quote: string) => ({
  seed: 's.txt',
  quote,
  start: SEED.indexOf(quote),
  end: SEED.indexOf(quote) + quote.length,
  outlet: null,
});
const claim = (id: string, ...quotes: string[]): Claim => ({
  id,
  aliases: [],
  text: quotes[0] ?? '',
  textSource: [],
  kind: 'report',
  speaker: null,
  appearances: quotes.map(at),
  firstReport: { outlet: null, date: null, basis: 'undetermined', earliestSeed: null },
  outlets: [],
  answeredBy: [],
  match: [],
});
const story = (claims: Claim[]): Story => ({ claims }) as unknown as Story; // only claims are read

const REFS = [
  { id: 'R1', text: 'the request', anchors: ['asked hospitals for records'] },
  { id: 'R2', text: 'the denial', anchors: ['Globex denied it'] },
  { id: 'R3', text: 'not in the seeds', anchors: ['Initech sued'] },
];

describe('the index measure', () => {
  test('a reference claim in exactly one index claim, none split, none shared', () => {
    const m = measureIndex(
      story([claim('a', 'Globex asked hospitals for records.'), claim('b', 'Globex denied it.')]),
      [{ name: 's.txt', text: SEED }],
      REFS,
    );
    expect(m.refs.map((r) => [r.id, r.claims])).toEqual([
      ['R1', ['a']],
      ['R2', ['b']],
      ['R3', []],
    ]);
    expect(m.shared).toEqual([]);
    expect(m.unreferenced).toBe(0);
  });

  test('a fact split over two claims, and a claim holding two facts, are counted', () => {
    // The request, in two wordings of two seeds, compiled as two claims.
    const split = measureIndex(
      story([
        claim('a', 'Globex asked hospitals for records.'),
        {
          ...claim('b'),
          appearances: [{ seed: 't.txt', quote: 'It wants their files.', start: 0, end: 21, outlet: null }],
        },
        claim('c', 'Mercy declined to comment.'),
      ]),
      [
        { name: 's.txt', text: SEED },
        { name: 't.txt', text: 'It wants their files.' },
      ],
      [{ id: 'R1', text: 'the request', anchors: ['asked hospitals for records', 'wants their files'] }],
    );
    expect(split.refs[0]?.claims).toEqual(['a', 'b']);
    expect(split.unreferenced).toBe(1);
    const merged = measureIndex(
      story([claim('a', 'Globex asked hospitals for records.', 'Globex denied it.')]),
      [{ name: 's.txt', text: SEED }],
      REFS,
    );
    expect(merged.shared).toEqual([
      { claimId: 'a', text: 'Globex asked hospitals for records.', refs: ['R1', 'R2'] },
    ]);
  });
});

describe('the wording measure', () => {
  test('a clause worded as part of another claim, a lead-in left, a long wording and a pronoun are counted', () => {
    const worded = (id: string, text: string): Claim => ({ ...claim(id, 'Globex denied it.'), text });
    const m = measureWording(
      story([
        worded('a', 'Globex wants to be an app for runners.'),
        worded('b', 'Globex wants to be an app for runners, but also a place to book a doctor.'),
        worded('c', 'However, Mercy declined to comment.'),
        worded('d', 'Earlier this year, Mercy fined two nurses.'),
        worded('e', `Globex asked${' large'.repeat(30)} hospitals for records.`),
        worded('f', 'They said they were stepping lightly.'),
        worded('g', 'Mercy declined to comment.'),
      ]),
    );
    expect(m.prefixes).toEqual([['a', 'b']]);
    expect(m.unclean).toEqual(['c', 'd']);
    expect([m.overMax, m.overHard]).toEqual([1, 1]);
    expect(m.pronoun).toEqual(['f']);
    expect(m.identical).toBe(0);
  });

  test("a statement or a response worded with its speaker's lead-in counts as a lead-in left; a report's fact does not", () => {
    const said = (id: string, text: string, speaker: string | null): Claim => ({
      ...claim(id, 'Globex denied it.'),
      text,
      kind: speaker === null ? 'report' : speaker === 'Globex' ? 'statement' : 'response',
      speaker,
    });
    const m = measureWording(
      story([
        said('a', 'A Globex spokesperson clarified that the company is not "asking for records".', 'Globex'),
        said('b', 'Globex said on Monday it is in talks with clinics.', 'Globex'),
        said('c', 'A Mercy Hospital spokesman told the Ledger that it shares no records.', 'Mercy Hospital'),
        said('d', 'Globex is not "asking for records".', 'Globex'),
        said('e', 'Globex denied that it sells records to insurers.', 'Globex'),
        said('f', 'Globex has told hospitals that the records could power new services.', null),
      ]),
    );
    expect(m.speech).toEqual(['a', 'b', 'c']);
    expect(m.unclean).toEqual(['a', 'b', 'c']);
  });
});
