// `npm run check -- <file.html|file.txt> [--json] [--paragraphs]`: the content script's extraction, gate and
// matcher, run on a saved page. HTML is parsed with jsdom (src/cli/dom.ts); .txt files are paragraphs
// separated by blank lines (an optional "key: value" header ending in "---" is skipped).

import fs from 'node:fs';
import path from 'node:path';
import { describeClaim, firstReportLine } from '../view/describe.ts';
import { Engine, type PageResult } from '../matching/engine.ts';
import { parseTextPage } from './text-page.ts';
import type { ClaimIndex } from '../model/types.ts';
import { buildIndex } from '../compiler/build.ts';
import { BuildError } from '../compiler/errors.ts';
import { extractParagraphs } from '../page/extract.ts';
import { parseHtml } from './dom.ts';

export class CheckError extends Error {}

export interface CheckOutput {
  story: { id: string; title: string } | null;
  score: number;
  paragraphs: number;
  matches: {
    paragraph: number;
    text: string;
    claimId: string;
    claimText: string;
    kind: string;
    firstReportedBy: { outlet: string | null; date: string | null };
    answeredBy: { claimId: string; text: string }[];
    score: number;
    evidence: { seed: string; quote: string }[];
  }[];
}

/** Paragraphs and gate text of a saved page, read the way the content script reads a live one. */
export function readPage(file: string): { paragraphs: string[]; text: string } {
  if (!fs.existsSync(file)) throw new CheckError(`${file}: no such file`);
  if (!fs.statSync(file).isFile()) throw new CheckError(`${file}: not a file`);
  const bytes = fs.readFileSync(file);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CheckError(`${file}: not readable as UTF-8 text (save the page as UTF-8)`);
  }
  if (source.trim() === '') throw new CheckError(`${file}: the page is empty`);
  if (/\.html?$/i.test(file)) {
    const page = parseHtml(source);
    const paragraphs = extractParagraphs(page.doc).map((p) => p.text);
    const text = page.doc.body?.textContent ?? '';
    page.close();
    if (paragraphs.length === 0) throw new CheckError(`${file}: no article paragraphs found in the page`);
    return { paragraphs, text };
  }
  const page = parseTextPage(source);
  if (page.paragraphs.length === 0) throw new CheckError(`${file}: the page has no paragraphs`);
  return { paragraphs: page.paragraphs, text: [page.header.title ?? '', ...page.paragraphs].join('\n') };
}

export function toOutput(result: PageResult, paragraphs: readonly string[]): CheckOutput {
  const story = result.story;
  return {
    story: story === null ? null : { id: story.id, title: story.title },
    score: result.score,
    paragraphs: result.paragraphs,
    matches:
      story === null
        ? []
        : result.matches.flatMap((m) => {
            const v = describeClaim(story, m.claimId);
            if (v === null) return [];
            return [
              {
                paragraph: m.paragraph,
                text: paragraphs[m.paragraph] ?? '',
                claimId: m.claimId,
                claimText: v.text,
                kind: v.kind,
                firstReportedBy: { outlet: v.firstOutlet, date: v.firstDate },
                answeredBy: v.answers.map((a) => ({ claimId: a.claimId, text: a.text })),
                score: m.score,
                evidence: m.evidence,
              },
            ];
          }),
  };
}

export function check(index: ClaimIndex, file: string): CheckOutput {
  const { paragraphs, text } = readPage(file);
  return toOutput(new Engine(index).analyse(paragraphs, text), paragraphs);
}

function table(out: CheckOutput, index: ClaimIndex): string {
  const lines = [
    `${out.paragraphs} paragraphs; ${out.story === null ? 'not about any story in the index' : `about: ${out.story.title} (score ${out.score})`}`,
  ];
  const story = index.stories.find((s) => s.id === out.story?.id);
  for (const m of out.matches) {
    const v = story === undefined ? null : describeClaim(story, m.claimId);
    lines.push(
      '',
      `¶${m.paragraph}  ${m.kind.padEnd(9)} ${m.score.toFixed(2)}  ${m.text.length > 100 ? `${m.text.slice(0, 99)}…` : m.text}`,
    );
    lines.push(`      claim: ${m.claimText}`);
    if (v !== null) lines.push(`      ${firstReportLine(v)}`);
    for (const a of m.answeredBy) lines.push(`      answered by: ${a.text}`);
  }
  return lines.join('\n');
}

const isMain =
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    console.error('usage: npm run check -- <file.html|file.txt> [--json] [--paragraphs]');
    process.exit(2);
  }
  try {
    const index = buildIndex(['seeds']);
    const out = check(index, files[0] ?? '');
    // --paragraphs: every line the page's reader extracted, in order (the indexes matches refer to).
    const texts = args.includes('--paragraphs') ? readPage(files[0] ?? '').paragraphs : null;
    if (json) console.log(JSON.stringify(texts === null ? out : { ...out, paragraphTexts: texts }, null, 2));
    else console.log([table(out, index), ...(texts ?? []).map((t, i) => `[${i}] ${t}`)].join('\n'));
  } catch (e) {
    if (e instanceof CheckError || e instanceof BuildError) {
      console.error(`check: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
