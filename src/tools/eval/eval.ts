// `npm run eval`: scores the engine on the labelled dev sets (dev, dev2) by the rules in their README:
// page recognition, false positives, paragraph precision/recall/F1 and first-outlet accuracy.

import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../../matching/engine.ts';
import { readPage } from '../../pipeline/pipeline.ts';
import { parseTextPage } from '../../cli/text-page.ts';
import type { ClaimIndex } from '../../model/types.ts';
import { buildIndex } from '../../compiler/build.ts';
import { outletName } from '../../view/describe.ts';
import { indexMeasureReport, wordingReport } from './index-measure.ts';
import { isMain } from '../../cli/is-main.ts';

interface RefClaim {
  id: string;
  kind: string;
  first: string | null;
  anchors: string[];
}
type Label = { story: false } | { story: true; paragraphs: { i: number; claims: string[] }[] };

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);

/** A seed quote stands for a reference claim when it holds at least half the words of one of its anchors. */
export function refClaimsOf(quotes: readonly string[], refs: readonly RefClaim[]): Set<string> {
  const out = new Set<string>();
  for (const q of quotes) {
    const qw = words(q);
    for (const r of refs) {
      if (
        r.anchors.some((a) => {
          const aw = [...words(a)];
          return aw.filter((w) => qw.has(w)).length * 2 >= aw.length;
        })
      )
        out.add(r.id);
    }
  }
  return out;
}

export interface EvalReport {
  positives: number;
  recognised: number;
  negatives: number;
  falsePositives: number;
  predictions: number;
  correct: number;
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  firstOutletChecked: number;
  firstOutletRight: number;
  /** Checked matches whose card names an outlet, and the wrong one (not "not known"). */
  firstOutletWrong: number;
  /** Story pages still recognised when cut to their first SHORT_PAGE_WORDS words. */
  shortRecognised: number;
  misses: string[];
}

/** Real coverage is often this short (a brief, a newsletter item): story pages are also scored cut to it. */
const SHORT_PAGE_WORDS = 150;

/** The paragraphs of a page up to the one that reaches `words` words. */
function firstWords(paragraphs: readonly string[], words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    if (count >= words) break;
    out.push(p);
    count += p.split(/\s+/).filter((w) => w !== '').length;
  }
  return out;
}

/**
 * Scores the engine on the dev set, or on the files `include` keeps (given each file's position
 * in sorted order): `--halves` scores the alternating halves apart, so a change can be checked
 * against both before it is kept.
 */
export function evaluate(
  index: ClaimIndex,
  dir: string,
  include: (position: number) => boolean = () => true,
): EvalReport {
  const refs = (JSON.parse(fs.readFileSync(path.join(dir, 'claims.json'), 'utf8')) as { claims: RefClaim[] })
    .claims;
  const labels = (
    JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as { files: Record<string, Label> }
  ).files;
  const engine = new Engine(index);
  const r: EvalReport = {
    positives: 0,
    recognised: 0,
    negatives: 0,
    falsePositives: 0,
    predictions: 0,
    correct: 0,
    labelled: 0,
    found: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    firstOutletChecked: 0,
    firstOutletRight: 0,
    firstOutletWrong: 0,
    shortRecognised: 0,
    misses: [],
  };
  for (const [position, [file, label]] of Object.entries(labels).sort().entries()) {
    if (!include(position)) continue;
    const page = parseTextPage(fs.readFileSync(path.join(dir, file), 'utf8'));
    const { result } = readPage(engine, {
      paragraphs: page.paragraphs,
      gate: { text: [page.header.title ?? '', ...page.paragraphs].join('\n') },
    });
    const story = result.story;
    if (label.story) {
      r.positives++;
      if (story !== null) r.recognised++;
      else r.misses.push(`not recognised: ${file}`);
      const short = firstWords(page.paragraphs, SHORT_PAGE_WORDS);
      if (engine.analyse(short, [page.header.title ?? '', ...short].join('\n')).story !== null)
        r.shortRecognised++;
      else r.misses.push(`not recognised in its first ${SHORT_PAGE_WORDS} words: ${file}`);
    } else {
      r.negatives++;
      if (story !== null) {
        r.falsePositives++;
        r.misses.push(`false positive: ${file}`);
      }
    }
    const truth = new Map<number, Set<string>>();
    if (label.story) for (const p of label.paragraphs) truth.set(p.i, new Set(p.claims));
    const foundPairs = new Set<string>();
    for (const m of result.matches) {
      r.predictions++;
      const claim = story?.claims.find((c) => c.id === m.claimId);
      const mapped = refClaimsOf(
        m.evidence.map((e) => e.quote),
        refs,
      );
      const labelled = truth.get(m.paragraph) ?? new Set<string>();
      const hits = [...mapped].filter((c) => labelled.has(c));
      if (hits.length > 0) {
        r.correct++;
        for (const h of hits) foundPairs.add(`${m.paragraph}|${h}`);
        for (const h of hits) {
          const ref = refs.find((x) => x.id === h);
          if (ref?.kind === 'report' && ref.first !== null) {
            r.firstOutletChecked++;
            const name = story === null ? null : outletName(story, claim?.firstReport.outlet ?? null);
            if (name === ref.first) r.firstOutletRight++;
            else if (name !== null) r.firstOutletWrong++;
            if (name !== ref.first)
              r.misses.push(`first outlet ${name ?? 'none'} ≠ ${ref.first}: ${file} ¶${m.paragraph} ${h}`);
            break;
          }
        }
      } else
        r.misses.push(
          `wrong: ${file} ¶${m.paragraph} → ${[...mapped].join(',') || '(no ref)'} (labelled ${[...labelled].join(',') || 'none'}) "${claim?.text.slice(0, 60) ?? ''}" score ${m.score}`,
        );
    }
    for (const [i, claims] of truth) {
      for (const c of claims) {
        r.labelled++;
        if (foundPairs.has(`${i}|${c}`)) r.found++;
        else r.misses.push(`missed: ${file} ¶${i} ${c}`);
      }
    }
  }
  r.precision = r.predictions === 0 ? 0 : r.correct / r.predictions;
  r.recall = r.labelled === 0 ? 0 : r.found / r.labelled;
  r.f1 = r.precision + r.recall === 0 ? 0 : (2 * r.precision * r.recall) / (r.precision + r.recall);
  return r;
}

/** The sum of reports on disjoint sets of files (halves, or two dev sets), with its rates. */
export function combine(reports: readonly EvalReport[]): EvalReport {
  const sum = (k: keyof EvalReport): number => reports.reduce((n, r) => n + (r[k] as number), 0);
  const precision = sum('predictions') === 0 ? 0 : sum('correct') / sum('predictions');
  const recall = sum('labelled') === 0 ? 0 : sum('found') / sum('labelled');
  return {
    positives: sum('positives'),
    recognised: sum('recognised'),
    negatives: sum('negatives'),
    falsePositives: sum('falsePositives'),
    predictions: sum('predictions'),
    correct: sum('correct'),
    labelled: sum('labelled'),
    found: sum('found'),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    firstOutletChecked: sum('firstOutletChecked'),
    firstOutletRight: sum('firstOutletRight'),
    firstOutletWrong: sum('firstOutletWrong'),
    shortRecognised: sum('shortRecognised'),
    misses: reports.flatMap((r) => r.misses),
  };
}

/** One row of the results table: the figures a change is judged on, the targets' order. */
export function tableRow(name: string, r: EvalReport): string[] {
  const f = (x: number): string => x.toFixed(3);
  return [
    name,
    `${r.recognised}/${r.positives}`,
    `${r.falsePositives}/${r.negatives}`,
    `${f(r.precision)} (${r.correct}/${r.predictions})`,
    `${f(r.recall)} (${r.found}/${r.labelled})`,
    f(r.f1),
    `${r.firstOutletRight}/${r.firstOutletChecked}, ${r.firstOutletWrong} wrong`,
    `${r.shortRecognised}/${r.positives}`,
  ];
}

export const TABLE_HEAD = [
  'set',
  'story pages',
  'false alarms',
  'precision',
  'recall',
  'F1',
  'first outlet',
  `story pages, first ${SHORT_PAGE_WORDS} words`,
];

/** A Markdown table, columns padded so it also reads as plain text. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]): string =>
    `| ${r.map((x, c) => x.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

if (isMain(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  const halves = process.argv.includes('--halves');
  // Every dev set by default; a folder named on the command line alone (a set from elsewhere).
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dirs = named.length > 0 ? named : ['test/eval/dev', 'test/eval/dev2'];
  const index = buildIndex(['seeds']);
  const rows = [TABLE_HEAD];
  const sets: EvalReport[] = [];
  for (const dir of dirs) {
    // Each set scored as its two alternating halves (files 0, 2, 4, … and 1, 3, 5, … in sorted
    // order), which add up to the whole.
    const parts = [0, 1].map((half) => evaluate(index, dir, (position) => position % 2 === half));
    const whole = combine(parts);
    sets.push(whole);
    const name = path.basename(dir);
    rows.push(tableRow(name, whole));
    if (halves) parts.forEach((r, half) => rows.push(tableRow(`${name} half ${half + 1}`, r)));
    if (verbose) for (const m of whole.misses) console.log(`${name}: ${m}`);
  }
  if (dirs.length > 1) rows.push(tableRow('all', combine(sets)));
  console.log(markdownTable(rows));
  // How the claims read, whatever the reference set (issue 17's wording and kinds).
  for (const story of index.stories) console.log(`\n${wordingReport(story).join('\n')}`);
  for (const dir of dirs) {
    console.log(`\n${path.basename(dir)}, against its reference claims:`);
    for (const story of index.stories)
      console.log(indexMeasureReport(story, 'seeds', dir, verbose).join('\n'));
  }
}
