// The page pipeline: the same answer whoever calls it, with the extension's bounds applied.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { readPage, readPageInSlices } from '../../../src/pipeline/pipeline.ts';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import { ROOT, seedIndex } from '../helpers.ts';
import type { HeadlineLines } from '../../../src/view/numbering.ts';

const engine = new Engine(seedIndex());
const story = seedIndex().stories[0]!;
const page = parseTextPage(
  fs.readFileSync(path.join(ROOT, 'test/eval/dev/pages/pos-a1-wire-facebook-bank-data-report.txt'), 'utf8'),
).paragraphs;

describe('the page pipeline', () => {
  test('the gate run on the page’s text and the gate’s verdict handed in give the same page', () => {
    const byText = readPage(engine, { paragraphs: page, gate: { text: page.join('\n') } });
    expect(byText.view?.storyId).toBe(story.id);
    expect(readPage(engine, { paragraphs: page, gate: { ids: [story.id] } })).toEqual(byText);
    expect(readPage(engine, { paragraphs: page, gate: { text: 'the weather today' } }).view).toBeNull();
  });

  test('an overlong paragraph is not read, and the others keep their place on the page', () => {
    const whole = readPage(engine, { paragraphs: page, gate: { ids: [story.id] } });
    // The dump repeats the first paragraph, which carries claims: read, it would match.
    expect(whole.result.matches.some((m) => m.paragraph === 0)).toBe(true);
    const dump = `${page[0]} `.repeat(Math.ceil(10_001 / ((page[0]?.length ?? 1) + 1)));
    const padded = [page[0] ?? '', dump, ...page.slice(1)];
    const read = readPage(engine, { paragraphs: padded, gate: { ids: [story.id] } });
    expect(read.result.paragraphs).toBe(padded.length);
    expect(read.result.matches.some((m) => m.paragraph === 1)).toBe(false);
    expect(read.result.matches.map((m) => [m.paragraph, m.claimId])).toEqual(
      whole.result.matches.map((m) => [m.paragraph === 0 ? 0 : m.paragraph + 1, m.claimId]),
    );
  });

  test("the page reader's headline is named in the view by its place on the page, past the bounds too", () => {
    const view = (paragraphs: string[], headline?: HeadlineLines | null) =>
      readPage(engine, { paragraphs, gate: { ids: [story.id] }, headline }).view;
    expect(view(page, { first: 0, count: 1 })?.headline).toEqual({ first: 0, count: 1 });
    expect(view(page, { first: 0, count: 2 })?.headline).toEqual({ first: 0, count: 2 });
    // A page with no headline found, or read without a page reader (the CLI), says none.
    expect(view(page)?.headline).toBeNull();
    // Numbered as the page is, as the findings are, though an overlong paragraph before it is not read.
    const dump = 'Facebook banks data. '.repeat(600);
    expect(view([dump, ...page], { first: 1, count: 1 })?.headline).toEqual({ first: 1, count: 1 });
    // A headline past the page's paragraphs names none; one running past them ends with them.
    expect(view(page, { first: page.length, count: 1 })?.headline).toBeNull();
    expect(view(page, { first: page.length - 1, count: 3 })?.headline).toEqual({
      first: page.length - 1,
      count: 1,
    });
  });

  test('in slices, as the background reads, the same page, with pauses between', async () => {
    let pauses = 0;
    const sliced = await readPageInSlices(
      engine,
      { paragraphs: page, gate: { ids: [story.id] } },
      async () => {
        pauses++;
      },
    );
    expect(sliced).toEqual(readPage(engine, { paragraphs: page, gate: { ids: [story.id] } }));
    expect(pauses).toBeGreaterThan(0);
  });
});
