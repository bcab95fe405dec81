import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsPage, seedArticle } from '../../../src/tools/harness/pages.ts';
import { ROOT } from '../helpers.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
const tmp = (name: string, body: string | Buffer): string => {
  const f = path.join(fs.mkdtempSync('/tmp/bs-check-'), name);
  fs.writeFileSync(f, body);
  return f;
};

describe('check CLI', () => {
  test('--json on a saved news page: the story, paragraphs and matches in the documented shape', () => {
    const file = tmp('story.html', newsPage(seedArticle('001_ec7be9d70c6859db.txt')));
    const out = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', file, '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as {
      story: { id: string; title: string } | null;
      paragraphs: number;
      matches: {
        paragraph: number;
        text: string;
        claimId: string;
        kind: string;
        firstReportedBy: { outlet: string | null };
        evidence: { seed: string; quote: string }[];
      }[];
    };
    expect(out.story?.id).toBe('facebook-bank-data-2018');
    // The article's paragraphs and its headline.
    expect(out.paragraphs).toBe(seedArticle('001_ec7be9d70c6859db.txt').paragraphs.length + 1);
    expect(out.matches.length).toBeGreaterThan(5);
    for (const m of out.matches) {
      expect(m.paragraph).toBeLessThan(out.paragraphs);
      expect(m.evidence.length).toBeGreaterThan(0);
    }
    expect(
      out.matches.some((m) => m.kind === 'report' && m.firstReportedBy.outlet === 'The Wall Street Journal'),
    ).toBe(true);
  });

  test('the table says where each claim comes from as readers read it: statements said, context unsourced', () => {
    const r = run(tmp('story.html', newsPage(seedArticle('001_ec7be9d70c6859db.txt'))));
    expect(r.status).toBe(0);
    // Each match is a block: its "¶n kind" line, the claim, then the provenance line if any.
    const blocks = r.stdout.split('\n\n').slice(1);
    const of = (kind: string): string[] => blocks.filter((b) => new RegExp(`^¶\\d+\\s+${kind} `).test(b));
    const third = (b: string): string => b.split('\n')[2] ?? '';
    expect(of('statement').length).toBeGreaterThan(0);
    for (const b of of('statement')) expect(third(b)).toMatch(/^\s+Said by Facebook/);
    expect(of('context').length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/not known/);
  });

  test('a page about something else: story null, no matches', () => {
    const r = run(path.join(ROOT, 'test/eval/dev/pages/neg-easy-2-storm-update.txt'), '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ story: null, matches: [] });
  });

  test('missing file, unreadable encoding and empty page get a clear error and a non-zero exit', () => {
    const cases: [string, RegExp][] = [
      ['/tmp/no-such-page.html', /no such file/],
      [
        tmp('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73])),
        /not readable as UTF-8/,
      ],
      [tmp('empty.txt', '  \n\n '), /the page is empty/],
      [tmp('empty.html', '<html><body><nav>Home</nav></body></html>'), /no article paragraphs/],
    ];
    for (const [file, message] of cases) {
      const r = run(file);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    expect(run().status).toBe(2);
  });
});
