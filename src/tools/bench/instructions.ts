// `npm run bench:instructions`: the first analysis of the 2,000-word story article, counted in CPU
// instructions on the main thread (valgrind's callgrind, one count per thread), beside tokenising
// the same text once, the pass matching cannot avoid. Wall-clock times of a first run vary by half
// on this shared 2-core machine from one day to the next; instruction counts by a few per cent, so
// this is how to compare two versions of the cold path. Needs Debian's valgrind. Count both
// versions with this copy of the tool (copy it into the older checkout, as its LOG's sittings do):
// a checkout's own older copy counts the matcher unminified and does not say so, which reads as a
// saving of about 1.8M that no reader's browser sees.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import extensionConfig, { precomputedLexicon } from '../../../vite.config.ts';
import { parseTextPage } from '../../cli/text-page.ts';
import { longStoryParagraphs } from './pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed: apt-get install valgrind (as root), then run this again.');
  process.exit(1);
}
// `--single-threaded`: V8 compiles and collects on the main thread, so its count holds all of the
// work and moves less with what the background threads happen to take; `--runs N` (default 5).
const args = process.argv.slice(2);
const singleThreaded = args.includes('--single-threaded');
// `--no-opt` (with --single-threaded): no optimising compiler either, so the count does not move
// with when V8 happens to optimise, collect or finish a compile: the same build counts the same
// to about 0.1M, where the default moves by up to 2M a run, and a change of a few hundred
// thousand instructions shows. Not the browser's configuration: for comparing two versions.
const noOpt = args.includes('--no-opt');
// `--fixed-new-space` (with --no-opt): each of the new space's two semi-spaces held at 16 MB, so
// no scavenge falls in the counted work. V8 sizes them by how fast its scavenges ran, which under
// valgrind follows the machine's load: one build's first analysis counted 163.4M and 166.3M
// within the hour (a third scavenge in the work, session 20). Collection then counts nowhere, so
// its figures are not comparable with the default's; for comparing two versions' compiling and
// matching.
const fixedNewSpace = args.includes('--fixed-new-space');
// `--unminified`: the matcher bundled as it reads, its names, white space and doc comments kept
// (the tool's only form until session 23). By default it is minified as the extension's background
// is: V8 parses a function's whole source at its first call, so the source's length is part of a
// first analysis's cost, and the shipped form is what a reader's background compiles (the first
// analysis of main counted 1.8M lower so, ebdd022's 0.8M; src/tools/bench/LOG.md, session 23).
const unminified = args.includes('--unminified');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
// "--runs" with no number, or "--runs=3", would run nothing and print medians of 0.0M.
const FLAGS = ['--single-threaded', '--no-opt', '--fixed-new-space', '--unminified', '--runs'];
const unknown = args.filter((a, i) => !FLAGS.includes(a) && (runsAt < 0 || i !== runsAt + 1));
if (
  !Number.isInteger(RUNS) ||
  RUNS < 1 ||
  unknown.length > 0 ||
  (noOpt && !singleThreaded) ||
  (fixedNewSpace && !noOpt)
) {
  console.error(
    'usage: instructions.ts [--single-threaded [--no-opt [--fixed-new-space]]] [--unminified] [--runs N], N a whole number of runs, 1 or more',
  );
  process.exit(1);
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-instructions-'));
// The extension's build options as vite.config.ts gives them (read, not copied, so that the tool
// copied into an older checkout bundles as that checkout shipped). Its background is a script
// of its own, which Vite 8 minifies with oxc, its default, where the config names no minifier; an
// SSR build, as here, would not minify at all unless told.
const shipped = extensionConfig({ command: 'build', mode: 'chrome' }).build ?? {};
const minified = { target: shipped.target, minify: shipped.minify ?? 'oxc' };
// The same bundling as the extension's background (the lexicon precomputed, minified the same
// way unless --unminified), for Node.
await build({
  configFile: false,
  logLevel: 'error',
  plugins: [precomputedLexicon()],
  ssr: { noExternal: true },
  build: {
    ssr: path.join(ROOT, 'src/tools/bench/first-call.ts'),
    outDir: out,
    ...(unminified ? { minify: false } : minified),
    rollupOptions: { output: { entryFileNames: 'first-call.mjs' } },
  },
});
const script = path.join(out, 'first-call.mjs');
const index = path.join(ROOT, 'dist/index/claim-index.json');
const paragraphs = path.join(out, 'paragraphs.json');
fs.writeFileSync(paragraphs, JSON.stringify(longStoryParagraphs(2000)));
// The next pages: dev2's first four story articles, as a background meets other coverage.
const DEV2 = path.join(ROOT, 'test/eval/dev2/pages');
const next = path.join(out, 'next.json');
const nextPages = fs
  .readdirSync(DEV2)
  .filter((f) => f.startsWith('pos-'))
  .sort()
  .slice(0, 4)
  .map((f) => parseTextPage(fs.readFileSync(path.join(DEV2, f), 'utf8')).paragraphs);
fs.writeFileSync(next, JSON.stringify(nextPages));

/**
 * Main-thread instructions of one node process doing `work`: all of them, and those of the work
 * itself, between the two builtins first-call.ts calls around it (callgrind dumps its counters on
 * entering each; the dump made on entering the second holds the work). `--fair-sched=yes` hands
 * the lock between threads in turn: with the default, which thread runs next is the kernel's
 * choice, and the main thread's count of one first analysis moved from 171M to 240M between runs
 * (V8's optimised code arriving sooner or later); in turn, by about 3M.
 */
function count(work: string): { all: number; call: number } {
  const dir = fs.mkdtempSync(path.join(out, `callgrind-${work}-`));
  execFileSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--separate-threads=yes',
      '--fair-sched=yes',
      '--smc-check=all-non-file',
      '--dump-before=Builtins_ReflectIsExtensible',
      '--dump-before=Builtins_ReflectGetPrototypeOf',
      `--callgrind-out-file=${path.join(dir, 'cg')}`,
      process.execPath,
      ...(singleThreaded ? ['--single-threaded'] : []),
      // V8 seeds its string hashes and its random numbers anew in each process, which moved one
      // build's count by 1-2M between sittings (where a Map's entries fall, when a scavenge
      // comes); fixed, the same build counts the same in every run.
      ...(noOpt ? ['--no-opt', '--hash-seed=1', '--random-seed=1'] : []),
      ...(fixedNewSpace ? ['--min-semi-space-size=16', '--max-semi-space-size=16'] : []),
      script,
      index,
      paragraphs,
      next,
    ],
    { env: { ...process.env, WORK: work }, stdio: 'ignore' },
  );
  // Thread 1 is the main thread (files ending -01: one per dump, and the rest at exit); the
  // others compile and collect garbage in the background.
  let all = 0;
  let call = 0;
  // Each marker's dumps: a second one would mean something else called the builtin (Node at
  // start, a new dependency, a console.log in the work), and the work's count would be a part.
  const dumps = { start: 0, end: 0 };
  for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('-01'))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const summary = /^summary: (\d+)$/m.exec(text);
    if (summary === null) throw new Error(`no summary in ${f}`);
    all += Number(summary[1]);
    if (/^desc: Trigger: --dump-before=Builtins_ReflectIsExtensible$/m.test(text)) dumps.start++;
    if (/^desc: Trigger: --dump-before=Builtins_ReflectGetPrototypeOf$/m.test(text)) {
      dumps.end++;
      call = Number(summary[1]);
    }
  }
  // 'load' does no counted work, so calls neither marker.
  const expected = work === 'load' ? 0 : 1;
  if (dumps.start !== expected || dumps.end !== expected)
    throw new Error(
      `${work}: ${dumps.start} dumps before Reflect.isExtensible and ${dumps.end} before ` +
        `Reflect.getPrototypeOf on the main thread, where each should be ${expected} ` +
        `(first-call.ts's markers): something else calls them, so the work's count would be wrong (${dir})`,
    );
  return { all, call };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const runs = { load: [] as number[], tokenise: [] as number[], analyse: [] as number[] };
const calls = {
  tokenise: [] as number[],
  analyse: [] as number[],
  warm: [] as number[],
  next: [] as number[],
};
for (let i = 0; i < RUNS; i++)
  for (const work of ['load', 'tokenise', 'analyse', 'warm', 'next'] as const) {
    const { all, call } = count(work);
    if (work !== 'warm' && work !== 'next') runs[work].push(all);
    if (work !== 'load') calls[work].push(call);
  }
const load = median(runs.load);
const m = (n: number): string => `${(n / 1e6).toFixed(1)}M`;
console.log(
  `First run in a new Node process${singleThreaded ? ` (--single-threaded${noOpt ? ' --no-opt' : ''}${fixedNewSpace ? ' --fixed-new-space' : ''})` : ''}, the matcher ${unminified ? 'unminified' : 'minified as shipped'}, main-thread instructions (median of ${RUNS}; valgrind):`,
);
console.log(`  loading the engine and index   ${m(load)}`);
console.log(`  + analysing the 2,000-word page ${m(median(runs.analyse) - load)}`);
console.log(`  + tokenising it alone (baseline) ${m(median(runs.tokenise) - load)}`);
console.log(`The work alone, between its two markers (steadier than the differences above):`);
console.log(`  analysing the 2,000-word page   ${m(median(calls.analyse))}`);
console.log(`  tokenising it alone (baseline)  ${m(median(calls.tokenise))}`);
console.log(`  analysing it warm (the 21st time) ${m(median(calls.warm))}`);
console.log(`  then four dev2 articles, each once ${m(median(calls.next))}`);
fs.rmSync(out, { recursive: true, force: true });
