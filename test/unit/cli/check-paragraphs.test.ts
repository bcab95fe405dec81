import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { newsPage, seedArticle } from '../../../src/tools/harness/pages.ts';
import { ROOT } from '../helpers.ts';

test('check --json --paragraphs lists every extracted line in order, the headline first, the furniture left out', () => {
  const article = seedArticle('001_ec7be9d70c6859db.txt');
  const file = path.join(fs.mkdtempSync('/tmp/bs-check-'), 'story.html');
  fs.writeFileSync(file, newsPage(article));
  const out = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', file, '--json', '--paragraphs'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { paragraphs: number; paragraphTexts: string[]; matches: { paragraph: number; text: string }[] };
  expect(out.paragraphTexts).toEqual([
    article.title,
    ...article.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()),
  ]);
  expect(out.paragraphTexts).toHaveLength(out.paragraphs);
  for (const m of out.matches) expect(out.paragraphTexts[m.paragraph]).toBe(m.text);
});
