// Step: the seed articles as a reader is told of them. A quote is cited with the article it is
// from, named by its headline (the seed's first line of article text, kept with its offsets so
// it can be traced) and story.json's byline and date: never by a publisher, which no seed
// records, nor by its file name, which means nothing to a reader.

import type { SourceArticle } from '../model/types.ts';
import { seedParagraphs } from './furniture.ts';
import type { StoryInput } from './input.ts';

export function sourceArticles({ story, seeds }: StoryInput): SourceArticle[] {
  return seeds.map(({ name, text }) => {
    // readSeeds refuses a seed with no article text, so every seed has a first line.
    const first = seedParagraphs(text)[0] ?? { start: 0, end: 0 };
    const known = story.seeds[name];
    return {
      seed: name,
      headline: text.slice(first.start, first.end),
      start: first.start,
      end: first.end,
      byline: known?.byline ?? null,
      date: known?.date ?? null,
    };
  });
}
