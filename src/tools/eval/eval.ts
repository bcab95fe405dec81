// `npm run eval`: scores the engine on the labelled dev set by the rules in its README:
// page recognition, false positives, paragraph precision/recall/F1 and first-outlet accuracy.

import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../../matching/engine.ts';
import { readPage } from '../../pipeline/pipeline.ts';
import { parseTextPage } from '../../cli/text-page.ts';
import type { ClaimIndex } from '../../model/types.ts';
import { buildIndex } from '../../compiler/build.ts';
import { indexMeasureReport } from './index-measure.ts';

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
  misses: string[];
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
            const name = story?.outlets.find((o) => o.id === claim?.firstReport.outlet)?.name ?? null;
            if (name === ref.first) r.firstOutletRight++;
            else r.misses.push(`first outlet ${name ?? 'none'} ≠ ${ref.first}: ${file} ¶${m.paragraph} ${h}`);
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

const isMain =
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const verbose = process.argv.includes('--verbose');
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test/eval/dev';
  const index = buildIndex(['seeds']);
  const f = (x: number): string => x.toFixed(3);
  const print = (r: EvalReport): void => {
    console.log(`recognition        ${r.recognised}/${r.positives} positives recognised`);
    console.log(`false positives    ${r.falsePositives}/${r.negatives} negatives`);
    console.log(
      `paragraph claims   precision ${f(r.precision)} (${r.correct}/${r.predictions})  recall ${f(r.recall)} (${r.found}/${r.labelled})  F1 ${f(r.f1)}`,
    );
    console.log(`first outlet       ${r.firstOutletRight}/${r.firstOutletChecked} correct`);
    if (verbose) for (const m of r.misses) console.log(`  ${m}`);
  };
  console.log(`dev set: ${dir}`);
  print(evaluate(index, dir));
  if (process.argv.includes('--halves')) {
    for (const half of [0, 1]) {
      console.log(`\nhalf ${half + 1} (files ${half}, ${half + 2}, ${half + 4}, … in sorted order)`);
      print(evaluate(index, dir, (position) => position % 2 === half));
    }
  }
  for (const story of index.stories) console.log(indexMeasureReport(story, 'seeds', dir, verbose).join('\n'));
}
