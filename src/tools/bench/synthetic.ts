// Synthetic claim indexes of N stories, generated from the seeds by rewording: each extra story
// renames the subject and swaps words for lexicon synonyms, so its claims are real-sized and
// share vocabulary with the real story, and the matcher has real work to reject them.

import path from 'node:path';
import { GROUPS } from '../../text/lexicon.ts';
import { hash32 } from '../../text/hash.ts';
import type { ClaimIndex } from '../../model/types.ts';
import { compileIndex, type StoryInput } from '../../compiler/compile.ts';
import { readStory } from '../../compiler/build.ts';
import { IdCollision } from '../../compiler/claim-id.ts';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', '..', 'seeds');
const SYLLABLES = ['qu', 'or', 'vex', 'lan', 'dri', 'mo', 'tas', 'per', 'zu', 'kel', 'nor', 'bix'];
const name = (k: number): string => {
  let s = '';
  for (let x = k + 7; x > 0; x = Math.floor(x / SYLLABLES.length)) s += SYLLABLES[x % SYLLABLES.length];
  return s[0]?.toUpperCase() + s.slice(1) + 'corp';
};

function reword(text: string, k: number, subject: string): string {
  const single = GROUPS.filter((g) => g.every((w) => !w.includes('_')));
  return text.replace(/\bFacebook\b/g, subject).replace(/\b[a-z]+\b/g, (w) => {
    const group = single.find((g) => g.includes(w));
    if (group === undefined || hash32(`${k}:${w}`) % 2 === 0) return w;
    return group[hash32(`${k}:${w}:pick`) % group.length] ?? w;
  });
}

/**
 * An index of `stories` stories: the real one and `stories - 1` rewordings of it. Claim ids are
 * 32-bit hashes (about 113 a story), so at 1,000 stories two appearances hash alike about once
 * (n² / 2³³ ≈ 1.5 expected pairs), and the build stops, telling the maintainer to rename the seed
 * file added most recently: this does what the message says, renaming the later story's seeds
 * until every id is its own.
 */
export function syntheticIndex(stories: number): ClaimIndex {
  const real = readStory(SEEDS);
  const renamed = new Map<number, number>();
  const input = (k: number): StoryInput => {
    const subject = name(k);
    const r = renamed.get(k);
    const prefix = r === undefined ? `s${k}-` : `s${k}r${r}-`;
    const story = {
      ...real.story,
      id: `synthetic-${k}`,
      title: `${subject} story ${k}`,
      subject: {
        name: subject,
        aliases: [subject, ...real.story.subject.aliases.filter((a) => !a.includes('Facebook'))],
      },
      statements: [],
      // The dates and bylines under the seeds' new names, so each story is dated as the real one.
      seeds: Object.fromEntries(Object.entries(real.story.seeds).map(([n, v]) => [`${prefix}${n}`, v])),
    };
    return {
      dir: `synthetic-${k}`,
      story,
      // Its own seed names: claim ids hash the seed's name, and one index holds each id once, so a
      // sentence no rewording changed would otherwise give the real story's id.
      seeds: real.seeds.map((s) => ({ name: `${prefix}${s.name}`, text: reword(s.text, k, subject) })),
    };
  };
  const inputs: StoryInput[] = [real];
  for (let k = 1; k < stories; k++) inputs.push(input(k));
  for (let attempt = 0; ; attempt++) {
    try {
      return compileIndex(inputs);
    } catch (e) {
      // checkUniqueIds names the later of the two stories; any other error is the bench's bug.
      const k = e instanceof IdCollision ? Number(/^synthetic-(\d+)$/.exec(e.file)?.[1]) : NaN;
      if (!(k >= 1) || attempt >= 20) throw e;
      renamed.set(k, (renamed.get(k) ?? 0) + 1);
      inputs[k] = input(k);
    }
  }
}
