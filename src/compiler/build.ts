// The build step: every story folder → dist/index/claim-index.json, story.jsonld and gate.json.
// Bad input stops the build before anything is written; each file is then written to a temporary
// name and renamed, so none is ever half-written (an I/O failure between two renames can still
// leave the files of two builds side by side).

import fs from 'node:fs';
import path from 'node:path';
import type { ClaimIndex, GateFile } from '../model/types.ts';
import { compileIndex, type StoryInput } from './compile.ts';
import { toJsonLd } from '../view/jsonld.ts';
import { gateProblem, indexProblem, tablesProblem } from '../model/validate.ts';
import { BuildError } from './errors.ts';
import { readSeeds } from './read-seeds.ts';
import { readStoryFile } from './story-file.ts';

/** A story folder holds the articles (*.txt) and story.json. */
export function readStory(dir: string): StoryInput {
  const seeds = readSeeds(dir);
  const story = readStoryFile(
    path.join(dir, 'story.json'),
    seeds.map((s) => s.name),
  );
  return { dir, story, seeds };
}

export function buildIndex(storyDirs: string[]): ClaimIndex {
  return compileIndex(storyDirs.map(readStory));
}

export function gateOnly(index: ClaimIndex): GateFile {
  return {
    stories: index.stories.map((s) => ({
      id: s.id,
      anchors: s.gate.anchors,
      descriptions: s.gate.descriptions,
    })),
  };
}

export function writeOutputs(index: ClaimIndex, outDir: string): string[] {
  // The extension refuses at start-up an index its own check rejects and disables itself; so a
  // compiled index that fails that check is the build's failure (a compiler bug), never the reader's.
  // So are matcher tables that do not fit their claims, which the engine checks at a story's first
  // use and makes again.
  const problem = indexProblem(index) ?? tablesProblem(index) ?? gateProblem(gateOnly(index));
  if (problem !== null)
    throw new BuildError(
      path.join(outDir, 'claim-index.json'),
      null,
      `the compiled index fails the extension's start-up check (${problem}); nothing was written`,
    );
  const files: [string, string][] = [
    ['claim-index.json', `${JSON.stringify(index)}\n`],
    ['story.jsonld', `${JSON.stringify(toJsonLd(index), null, 2)}\n`],
    // The content script carries only this: each story's cheap pre-check anchors.
    ['gate.json', `${JSON.stringify(gateOnly(index))}\n`],
  ];
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, body] of files) {
    const target = path.join(outDir, name);
    const tmp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, body);
    fs.renameSync(tmp, target);
    written.push(target);
  }
  return written;
}
