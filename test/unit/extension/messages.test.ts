// The check of a tab's result read back from storage: the popup reads every field of it, so a
// record that lacks one (an older version's, or a damaged one) is dropped whole, not half shown.

import { describe, expect, test } from 'vitest';
import { isTabResult, type TabResult } from '../../../src/extension/messages.ts';
import { describePage } from '../../../src/view/describe.ts';
import { seedStory } from '../helpers.ts';

/** A result in which every field that may be null holds a value, so each can be taken away. */
const full: TabResult = {
  url: 'https://news.example/article',
  status: 'story',
  overlay: true,
  view: {
    storyId: 'globex',
    title: 'Globex asked hospitals for records',
    subject: 'Globex',
    broke: '2018-08-06',
    brokeBy: 'The Daily',
    paragraphs: 4,
    claims: [
      {
        paragraph: 1,
        claimId: 'c1',
        score: 0.9,
        why: { seed: 'daily.txt', quote: 'Globex asked.', outlet: 'The Daily' },
      },
    ],
    views: [
      {
        id: 'c1',
        text: 'Globex asked hospitals for records.',
        kind: 'statement',
        firstOutlet: 'The Daily',
        firstDate: '2018-08-06',
        basis: 'attribution',
        otherOutlets: ['The Weekly'],
        said: { by: 'Globex', to: 'The Daily', date: '2018-08-06' },
        answers: [
          {
            claimId: 'c2',
            text: 'Globex denied it.',
            quote: 'We did not.',
            date: '2018-08-07',
            to: 'The Weekly',
            official: true,
          },
        ],
      },
    ],
  },
};

type Path = (string | number)[];

/** The path of every field of `v`, nested objects and the first item of each list included. */
function fieldPaths(v: unknown, at: Path = []): Path[] {
  if (Array.isArray(v)) return fieldPaths(v[0], [...at, 0]);
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...fieldPaths(x, [...at, k])]);
}

/** A copy of `v` with the value at `path` replaced (undefined: the field taken away). */
function edited(v: unknown, path: Path, value?: unknown): unknown {
  const copy = structuredClone(v);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('a tab’s result read back from storage', () => {
  test('is kept whole, and as the background describes every claim of the story', () => {
    expect(isTabResult(full)).toBe(true);
    const story = seedStory();
    const view = describePage(
      story,
      story.claims.map((c, i) => ({
        paragraph: i,
        claimId: c.id,
        score: 0.5,
        evidence: c.appearances.slice(0, 1).map((a) => ({ seed: a.seed, quote: a.quote })),
      })),
      story.claims.length,
    );
    expect(view.views.length).toBe(story.claims.length);
    expect(isTabResult({ url: 'https://news.example/a', status: 'story', view, overlay: false })).toBe(true);
  });

  test.each(fieldPaths(full).map((p) => [p.join('.'), p] as const))('is dropped without %s', (_, path) => {
    expect(isTabResult(edited(full, path))).toBe(false);
  });

  test.each<[string, Path, unknown]>([
    [
      'other outlets that are no list (the popup maps them)',
      ['view', 'views', 0, 'otherOutlets'],
      'The Weekly',
    ],
    ['an answer that is no answer', ['view', 'views', 0, 'answers', 0], 'We did not.'],
    ['a kind the popup cannot name', ['view', 'views', 0, 'kind'], 'rumour'],
    ['a speaker that is not named', ['view', 'views', 0, 'said', 'by'], null],
    ['a status no version had', ['status'], 'matched'],
    ['a score that is no number', ['view', 'claims', 0, 'score'], Number.NaN],
  ])('is dropped with %s', (_, path, value) => {
    expect(isTabResult(edited(full, path, value))).toBe(false);
  });
});
