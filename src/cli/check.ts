// `npm run check -- <file.html|file.txt> [--json] [--paragraphs]`: the content script's extraction
// and the page pipeline the background runs (src/pipeline), on a saved page, against the built
// claim index. HTML is parsed with jsdom (src/cli/dom.ts); .txt files are paragraphs separated by
// blank lines (an optional "key: value" header ending in "---" is skipped).

import fs from 'node:fs';
import { provenanceLine } from '../view/describe.ts';
import { Engine } from '../matching/engine.ts';
import { readPage, type PageOutcome } from '../pipeline/pipeline.ts';
import { parseTextPage } from './text-page.ts';
import type { ClaimIndex } from '../model/types.ts';
import { IndexError, loadBuiltIndex } from './built-index.ts';
import { extractParagraphs } from '../page/extract.ts';
import { gateText } from '../page/text.ts';
import { isMain } from './is-main.ts';

class CheckError extends Error {}

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
    /**
     * Where the claim comes from in the readers' wording ("First reported by …", "Said by Facebook
     * to AFP, …"), as the overlay and the popup say it; empty for context no outlet is named for.
     */
    provenanceLine: string;
    answeredBy: { claimId: string; text: string }[];
    score: number;
    evidence: { seed: string; quote: string }[];
  }[];
}

/** Paragraphs and gate text of a saved page, read the way the content script reads a live one. */
async function readSavedPage(file: string): Promise<{ paragraphs: string[]; text: string }> {
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
    // Loaded only for HTML: the DOM implementation's modules take most of a .txt page's check otherwise.
    const { parseHtml } = await import('./dom.ts');
    const page = parseHtml(source);
    const paragraphs = extractParagraphs(page.doc).map((p) => p.text);
    const text = gateText(page.doc);
    page.close();
    if (paragraphs.length === 0) throw new CheckError(`${file}: no article paragraphs found in the page`);
    return { paragraphs, text };
  }
  const page = parseTextPage(source);
  if (page.paragraphs.length === 0) throw new CheckError(`${file}: the page has no paragraphs`);
  return { paragraphs: page.paragraphs, text: [page.header.title ?? '', ...page.paragraphs].join('\n') };
}

function toOutput({ result, view }: PageOutcome, paragraphs: readonly string[]): CheckOutput {
  const story = result.story;
  const views = new Map(view?.views.map((v) => [v.id, v]));
  return {
    story: story === null ? null : { id: story.id, title: story.title },
    score: result.score,
    paragraphs: result.paragraphs,
    matches: result.matches.flatMap((m) => {
      const v = views.get(m.claimId);
      if (v === undefined) return [];
      return [
        {
          paragraph: m.paragraph,
          text: paragraphs[m.paragraph] ?? '',
          claimId: m.claimId,
          claimText: v.text,
          kind: v.kind,
          firstReportedBy: { outlet: v.firstOutlet, date: v.firstDate },
          provenanceLine: provenanceLine(v),
          answeredBy: v.answers.map((a) => ({ claimId: a.claimId, text: a.text })),
          score: m.score,
          evidence: m.evidence,
        },
      ];
    }),
  };
}

/** The check's findings on a saved page, and the page's paragraphs as its reader extracted them. */
export async function check(
  index: ClaimIndex,
  file: string,
): Promise<{ output: CheckOutput; paragraphs: string[] }> {
  const { paragraphs, text } = await readSavedPage(file);
  return {
    output: toOutput(readPage(new Engine(index), { paragraphs, gate: { text } }), paragraphs),
    paragraphs,
  };
}

function table(out: CheckOutput): string {
  const lines = [
    `${out.paragraphs} paragraphs; ${out.story === null ? 'not about any story in the index' : `about: ${out.story.title} (score ${out.score})`}`,
  ];
  for (const m of out.matches) {
    lines.push(
      '',
      `¶${m.paragraph}  ${m.kind.padEnd(9)} ${m.score.toFixed(2)}  ${m.text.length > 100 ? `${m.text.slice(0, 99)}…` : m.text}`,
    );
    lines.push(`      claim: ${m.claimText}`);
    if (m.provenanceLine !== '') lines.push(`      ${m.provenanceLine}`);
    for (const a of m.answeredBy) lines.push(`      answered by: ${a.text}`);
  }
  return lines.join('\n');
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    console.error('usage: npm run check -- <file.html|file.txt> [--json] [--paragraphs]');
    process.exit(2);
  }
  try {
    const { output: out, paragraphs } = await check(loadBuiltIndex(), files[0] ?? '');
    // --paragraphs: every line the page's reader extracted, in order (the indexes matches refer to).
    const texts = args.includes('--paragraphs') ? paragraphs : null;
    if (json) console.log(JSON.stringify(texts === null ? out : { ...out, paragraphTexts: texts }, null, 2));
    else console.log([table(out), ...(texts ?? []).map((t, i) => `[${i}] ${t}`)].join('\n'));
  } catch (e) {
    if (e instanceof CheckError || e instanceof IndexError) {
      console.error(`check: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
