import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  combine,
  evaluate,
  markdownTable,
  refClaimsOf,
  tableRow,
  TABLE_HEAD,
} from '../../../src/tools/eval/eval.ts';
import { seedIndex } from '../helpers.ts';

const refs = [
  {
    id: 'R1',
    kind: 'report',
    first: 'The Wall Street Journal',
    anchors: ['Facebook has asked large US banks to share financial information about their customers'],
  },
  {
    id: 'R2',
    kind: 'context',
    first: null,
    anchors: ['The smartphone texting service boasts 1.3 billion users'],
  },
];

/** A dev set in a temp folder: pages as [file, header kind, paragraphs, label]. */
function devSet(pages: [string, string, string[], unknown][], claims = refs): string {
  const dir = fs.mkdtempSync('/tmp/bs-eval-');
  fs.mkdirSync(path.join(dir, 'pages'));
  fs.writeFileSync(path.join(dir, 'claims.json'), JSON.stringify({ claims }));
  const files: Record<string, unknown> = {};
  for (const [file, kind, paragraphs, label] of pages) {
    fs.writeFileSync(
      path.join(dir, 'pages', file),
      `title: Facebook and the banks\nkind: ${kind}\n---\n${paragraphs.join('\n\n')}\n`,
    );
    files[`pages/${file}`] = label;
  }
  fs.writeFileSync(path.join(dir, 'labels.json'), JSON.stringify({ files }));
  return dir;
}

describe('the dev-set scorer (the rules of the dev set README)', () => {
  test("a seed quote stands for a reference claim when it holds at least half of an anchor's words", () => {
    expect([
      ...refClaimsOf(['Facebook has asked large US banks to share financial information'], refs),
    ]).toEqual(['R1']);
    expect([...refClaimsOf(['Facebook asked about banks'], refs)]).toEqual([]);
    expect(
      [
        ...refClaimsOf(
          ['boasts 1.3 billion users', 'large US banks to share financial information about their customers'],
          refs,
        ),
      ].sort(),
    ).toEqual(['R1', 'R2']);
  });

  test('scores recognition, paragraphs and first outlets; the halves add up to the whole', () => {
    const report =
      'Facebook has asked large US banks to share financial information about their customers as it seeks to offer new services to users, according to The Wall Street Journal.';
    const denial =
      'A recent Wall Street Journal story implies incorrectly that we are actively asking financial services companies for financial transaction data - this is not true.';
    const users = 'The smartphone texting service boasts 1.3 billion users.';
    const dir = devSet([
      [
        'a.txt',
        'positive',
        [report, denial, users, 'Unrelated words about the weather.'],
        {
          story: true,
          paragraphs: [
            { i: 0, claims: ['R1'] },
            { i: 2, claims: ['R2'] },
            { i: 3, claims: ['R2'] },
          ],
        },
      ],
      ['b.txt', 'negative-easy', ['The council approved the budget after a long debate.'], { story: false }],
    ]);
    const all = evaluate(seedIndex(), dir);
    expect(all).toMatchObject({
      positives: 1,
      recognised: 1,
      negatives: 1,
      falsePositives: 0,
      labelled: 3,
      found: 2,
    });
    expect(all.recall).toBeCloseTo(2 / 3);
    // The denial is a prediction no label holds: it costs precision.
    expect(all.precision).toBeLessThan(1);
    expect(all.firstOutletRight).toBe(all.firstOutletChecked);
    expect(all.firstOutletChecked).toBeGreaterThan(0);
    expect(all.firstOutletWrong).toBe(0);
    expect(all.misses).toContain('missed: pages/a.txt ¶3 R2');
    const halves = [0, 1].map((h) => evaluate(seedIndex(), dir, (position) => position % 2 === h));
    expect(halves.map((h) => h.labelled)).toEqual([3, 0]);
    expect(halves.map((h) => h.negatives)).toEqual([0, 1]);
    expect(halves[0]?.found).toBe(all.found);
    // Two sets (or two halves) scored together are the sums of their counts, rates recomputed.
    const both = combine(halves);
    expect({ ...both, misses: [] }).toEqual({ ...all, misses: [] });
    expect([...both.misses].sort()).toEqual([...all.misses].sort());
  });

  test('a card naming another outlet than the one that broke the claim is counted wrong, apart', () => {
    const report =
      'Facebook has asked large US banks to share financial information about their customers as it seeks to offer new services to users, according to The Wall Street Journal.';
    const page: [string, string, string[], unknown] = [
      'a.txt',
      'positive',
      [
        report,
        'A recent Wall Street Journal story implies incorrectly that we are actively asking financial services companies for financial transaction data - this is not true.',
        'The smartphone texting service boasts 1.3 billion users.',
      ],
      { story: true, paragraphs: [{ i: 0, claims: ['R1'] }] },
    ];
    const elsewhere = refs.map((r) => (r.id === 'R1' ? { ...r, first: 'Reuters' } : r));
    const wrong = evaluate(seedIndex(), devSet([page], elsewhere));
    expect(wrong).toMatchObject({ firstOutletChecked: 1, firstOutletRight: 0, firstOutletWrong: 1 });
    expect(wrong.misses).toContain('first outlet The Wall Street Journal ≠ Reuters: pages/a.txt ¶0 R1');
    expect(tableRow('dev', wrong)[6]).toBe('0/1, 1 wrong');
  });

  test('prints a table with a row per set and the targets as columns', () => {
    const table = markdownTable([TABLE_HEAD, tableRow('dev', combine([]))]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^\| set +\| story pages +\| false alarms +\| precision/);
    expect(table[2]).toMatch(/^\| dev +\| 0\/0 +\| 0\/0 +\| 0\.000 \(0\/0\)/);
  });
});
