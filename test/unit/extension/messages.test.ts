// The check of a tab's result read back from storage: the popup reads every field of it, so a
// record that lacks one (an older version's, or a damaged one) is dropped whole, not half shown.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/compiler/build.ts';
import { isTabResult, type TabResult } from '../../../src/extension/messages.ts';
import { evidenceFor } from '../../../src/matching/evidence.ts';
import type { Story } from '../../../src/model/types.ts';
import { describePage } from '../../../src/view/describe.ts';
import { builtIndex, copySeeds, seedStory } from '../helpers.ts';

/** The subject's official answer, to a claim and to the story alike. */
const denial = {
  claimId: 'c2',
  text: 'Globex denied it.',
  quote: 'We did not.',
  date: '2018-08-07',
  to: 'The Weekly',
  official: true,
};

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
        why: {
          seed: 'daily.txt',
          quote: 'Globex asked.',
          outlet: 'The Daily',
          article: { headline: 'Globex wants records', date: '2018-08-06', byline: 'A. Writer' },
          inHeadline: false,
        },
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
        firstCredited: true,
        otherOutlets: ['The Weekly'],
        said: { by: 'Globex', to: 'The Daily', date: '2018-08-06' },
        answers: [denial],
      },
    ],
    // A copy: edited() clones shared objects as shared, and each field must be taken away alone.
    answer: { ...denial },
    headline: { first: 0, count: 2 },
  },
};

/** The story's answer may be absent (a view an older version stored) and is still shown; nothing else may. */
const OPTIONAL = ['view.answer', 'view.headline'];

/**
 * A result with the least in it: every field that may be null is null, the list of names empty,
 * the answer not official. The lists of objects hold one item each, so that their fields are
 * checked too (an empty list would pass whatever its items' check refuses).
 */
const minimal: TabResult = {
  url: 'https://news.example/article',
  status: 'story',
  overlay: false,
  view: {
    storyId: 'globex',
    title: 'Globex asked hospitals for records',
    subject: 'Globex',
    broke: '2018-08-06',
    brokeBy: null,
    paragraphs: 1,
    claims: [{ paragraph: 0, claimId: 'c1', score: 0, why: null }],
    views: [
      {
        id: 'c1',
        text: 'Hospitals were asked for records.',
        kind: 'context',
        firstOutlet: null,
        firstDate: null,
        basis: 'undetermined',
        firstCredited: false,
        otherOutlets: [],
        said: null,
        answers: [
          {
            claimId: 'c2',
            text: 'Globex denied it.',
            quote: 'Globex denied it.',
            date: null,
            to: null,
            official: false,
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

  /**
   * Each claim of `story` found alone on a page, with the evidence the matcher gives it (every unit
   * matched), as the background stores it, and all of them on one page.
   */
  function storedPages(story: Story): { claim: string; result: TabResult }[] {
    const findings = story.claims.map((c, i) => ({
      paragraph: i,
      claimId: c.id,
      score: 1,
      evidence: evidenceFor(
        c,
        c.match.map((_, unit) => unit),
      ),
    }));
    const stored = (found: typeof findings): TabResult => ({
      url: 'https://news.example/a',
      status: 'story',
      view: describePage(story, found, story.claims.length),
      overlay: true,
    });
    return [
      ...findings.map((f) => ({ claim: f.claimId, result: stored([f]) })),
      { claim: 'all', result: stored(findings) },
    ];
  }

  test('is kept for every claim of the shipped index, alone on a page or all together', () => {
    const stories = builtIndex().stories;
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      const refused = storedPages(story).filter((p) => !isTabResult(p.result));
      expect(refused.map((p) => p.claim)).toEqual([]);
    }
  });

  test('is kept when the story holds a statement and an outlet name as long as the build lets through', () => {
    // The build puts no bound on a statement's quote or an outlet's name, and the popup reads the
    // stored result back: a record it refused would leave the popup on "Not analysed yet".
    const dir = copySeeds();
    const file = path.join(dir, 'story.json');
    const storyFile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      statements: { quote: string }[];
      outlets: { name: string }[];
    };
    const statement = storyFile.statements[0];
    const outlet = storyFile.outlets[0];
    if (statement === undefined || outlet === undefined)
      throw new Error('story.json has no statement or outlet');
    const quote = statement.quote;
    const longer = `${quote.replace(/\.$/, '')}${', and a partnership that serves customer chat'.repeat(150)}.`;
    let carried = 0;
    for (const seed of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, seed), 'utf8');
      if (!text.includes(quote)) continue;
      fs.writeFileSync(path.join(dir, seed), text.replace(quote, longer));
      carried++;
    }
    expect(carried).toBeGreaterThan(0);
    statement.quote = longer;
    outlet.name = `${outlet.name} `.repeat(20).trim();
    fs.writeFileSync(file, JSON.stringify(storyFile));

    const story = buildIndex([dir]).stories[0];
    if (story === undefined) throw new Error('no story compiled');
    const pages = storedPages(story);
    const all = pages[pages.length - 1]?.result.view;
    expect(all?.views.some((v) => v.answers.some((a) => a.quote === longer))).toBe(true);
    expect(all?.views.some((v) => v.firstOutlet === outlet.name)).toBe(true);
    expect(pages.filter((p) => !isTabResult(p.result)).map((p) => p.claim)).toEqual([]);
  });

  // tsc refuses a check wider than its field's type, but not a narrower one (one that refuses null,
  // false or an empty list): only these results, which hold the least a type allows, catch it.
  test.each<[string, unknown]>([
    ['with every field that may be null null, and an answer that is not official', minimal],
    [
      'of a page on which no claim was found',
      { ...minimal, view: { ...minimal.view, claims: [], views: [] } },
    ],
    ['of a page that is not about a story', { ...minimal, status: 'no-story', view: null }],
    ['of a page still being read', { ...minimal, status: 'analysing', view: null }],
    [
      'with a speaker whose outlet and date are not known',
      edited(minimal, ['view', 'views', 0, 'said'], { by: 'Globex', to: null, date: null }),
    ],
    ['without the story’s answer (stored by an older version)', edited(full, ['view', 'answer'])],
    ['whose story has no answer', edited(full, ['view', 'answer'], null)],
    ['without the page’s headline (stored by an older version)', edited(full, ['view', 'headline'])],
    ['of a page with no headline found', edited(full, ['view', 'headline'], null)],
    [
      'with a reason whose outlet is not known',
      edited(minimal, ['view', 'claims', 0, 'why'], {
        seed: 'daily.txt',
        quote: 'Asked.',
        outlet: null,
        article: { headline: 'Globex wants records', date: null, byline: null },
        inHeadline: false,
      }),
    ],
    [
      'with a reason from an article the story does not name',
      edited(minimal, ['view', 'claims', 0, 'why'], {
        seed: 'daily.txt',
        quote: 'Asked.',
        outlet: null,
        article: null,
        inHeadline: false,
      }),
    ],
  ])('is kept %s', (_, result) => {
    expect(isTabResult(result)).toBe(true);
  });

  test.each(
    fieldPaths(full)
      .map((p) => [p.join('.'), p] as const)
      .filter(([name]) => !OPTIONAL.includes(name)),
  )('is dropped without %s', (_, path) => {
    expect(isTabResult(edited(full, path))).toBe(false);
  });

  test.each<[string, Path, unknown]>([
    [
      'other outlets that are no list (the popup maps them)',
      ['view', 'views', 0, 'otherOutlets'],
      'The Weekly',
    ],
    ['an answer that is no answer', ['view', 'views', 0, 'answers', 0], 'We did not.'],
    ['a story’s answer that is no answer', ['view', 'answer'], 'We did not.'],
    ['a kind the popup cannot name', ['view', 'views', 0, 'kind'], 'rumour'],
    ['a speaker that is not named', ['view', 'views', 0, 'said', 'by'], null],
    ['a status no version had', ['status'], 'matched'],
    ['a score that is no number', ['view', 'claims', 0, 'score'], Number.NaN],
    ['a headline that is no paragraph number', ['view', 'headline'], -1],
    [
      'a headline of one line’s number (an older version’s: its body was numbered otherwise)',
      ['view', 'headline'],
      0,
    ],
    ['a headline of no lines', ['view', 'headline'], { first: 0, count: 0 }],
  ])('is dropped with %s', (_, path, value) => {
    expect(isTabResult(edited(full, path, value))).toBe(false);
  });
});
