import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inAPhrase, NAMED, REPORT, reportedClauses, SAYS } from '../../../src/text/reported.ts';

// reportedClauses as it was before INTRODUCED's group told whether a verb of saying follows the
// report (cost20): SAYS_NEXT asked it of INTRODUCED's match, and INTRODUCED's second alternative
// read "(?:which|that) said". Only those two are copied; the unchanged constants are imported.
const INTRODUCED = new RegExp(
  String.raw`^(?:\s*,[^,;.]*,)?\s+(?:that\s+|(?:which|that)\s+${SAYS}\s+(?:that\s+)?|(?:saying|claiming|alleging|suggesting|stating)\s+(?:that\s+)?|${SAYS}\s+(?:that\s+)?|(?=(?:it|they|he|she)\s|[A-Z]))`,
);
const SAYS_NEXT = new RegExp(String.raw`^(?:\s*,[^,;.]*,)?\s+${SAYS}\s`);
// And the preposition before a report as an expression, which inAPhrase now reads by word (session 29).
const IN_A_PHRASE = /\b(?:for|in|to|by|with|about|on|from)\s+(?:(?:this|that|the|a|an|its|their)\s+)?$/i;

function byTwoExpressions(text: string): number[] {
  const out: number[] = [];
  REPORT.lastIndex = 0;
  for (let m = REPORT.exec(text); m !== null; m = REPORT.exec(text)) {
    const name = NAMED.test(m[0]);
    const end = m.index + m[0].length;
    const after = INTRODUCED.exec(text.slice(end, end + 200));
    if (after === null) continue;
    const says = SAYS_NEXT.test(after[0]);
    if (name ? !says : says && IN_A_PHRASE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = end + after[0].length;
    if (at < text.length && out[out.length - 1] !== at) out.push(at);
  }
  return out;
}

describe('reportedClauses', () => {
  test('a publication introduces a clause only through a verb of saying; a report noun by "that" or the clause', () => {
    const said = 'The Journal said Facebook asked banks for data.';
    expect(reportedClauses(said)).toEqual([said.indexOf('Facebook')]);
    expect(reportedClauses('The Journal that Facebook asked banks for data.')).toEqual([]);
    const report = 'Facebook denied a report that it asked banks for data.';
    expect(reportedClauses(report)).toEqual([report.indexOf('it asked')]);
    // A verb of saying after a report in a phrase of its own is the phrase's subject's.
    expect(reportedClauses('Two bankers contacted for this article said Facebook asked.')).toEqual([]);
  });

  test('finds the same clauses as the report and its verb read by two expressions', () => {
    const word = fc.constantFrom(
      ...['report', 'reports', 'story', 'claims', 'rumours', 'newspaper', 'The', 'the', 'Journal', 'Times'],
      ...['said', 'says', 'reported', 'wrote', 'stated', 'saying', 'stating', 'Said', 'that', 'which'],
      ...['it', 'they', 'she', 'Facebook', 'asked', 'banks', 'for', 'this', 'in', 'a', 'on', 'published'],
    );
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', ', ', '. ', '\n', '; ');
    const text = fc
      .array(fc.tuple(word, gap), { maxLength: 14 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(reportedClauses(t)).toEqual(byTwoExpressions(t));
      }),
      { numRuns: 20_000 },
    );
  });

  test('reads a preposition and determiner before a report as the expression did', () => {
    const word = fc.constantFrom(
      ...['for', 'For', 'FOR', 'in', 'In', 'to', 'by', 'with', 'about', 'on', 'from', 'From'],
      ...['this', 'This', 'that', 'the', 'THE', 'a', 'A', 'an', 'its', 'their', 'x', 'for2', '_in'],
      ...['inn', 'then', 'f\u00f6r', '\u212aor', '\u017fo', '\u00e9', '', 'report'],
    );
    const gap = fc.constantFrom(' ', ' ', '  ', '\u00a0', '\t', '\n', '', ',', '.', '-', '\u2009');
    const text = fc
      .array(fc.tuple(word, gap), { maxLength: 5 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    let hits = 0;
    fc.assert(
      fc.property(text, (t) => {
        const old = IN_A_PHRASE.test(t);
        if (old) hits++;
        expect(inAPhrase(t), JSON.stringify(t)).toBe(old);
      }),
      { numRuns: 20_000, seed: 29 },
    );
    expect(hits).toBeGreaterThan(500);
  });
});
