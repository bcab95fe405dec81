import { describe, expect, test } from 'vitest';
import { toJsonLd } from '../../../src/view/jsonld.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
type Node = Record<string, unknown>;
const graph = (toJsonLd(seedIndex()) as { '@graph': Node[] })['@graph'];

/**
 * The schema.org properties each type the export uses may carry (schema.org 29, with those it
 * inherits from CreativeWork and Thing), written out by hand from the vocabulary's pages: what a
 * validator reads the export against.
 */
const THING = ['@id', '@type', 'name', 'identifier', 'sameAs', 'additionalType', 'description', 'url'];
const CREATIVE_WORK = [
  ...THING,
  'text',
  'headline',
  'author',
  'publisher',
  'datePublished',
  'isPartOf',
  'citation',
  'comment',
];
const PROPERTIES: Record<string, string[]> = {
  Claim: [...CREATIVE_WORK, 'appearance', 'firstAppearance', 'claimInterpreter'],
  Quotation: [...CREATIVE_WORK, 'spokenByCharacter'],
  CreativeWork: CREATIVE_WORK,
  Organization: THING,
  Person: THING,
};

/** Every typed node of the export, however deep. */
function nodes(v: unknown): Node[] {
  if (Array.isArray(v)) return v.flatMap(nodes);
  if (typeof v !== 'object' || v === null) return [];
  const n = v as Node;
  return [...(typeof n['@type'] === 'string' ? [n] : []), ...Object.values(n).flatMap(nodes)];
}

const claims = graph.filter((n) => n['@type'] === 'Claim');
const appearances = claims.flatMap((c) => c.appearance as Node[]);
/** The graph's source articles, by @id. */
const works = new Map(graph.filter((n) => n['@type'] === 'CreativeWork').map((w) => [w['@id'], w]));

describe('the JSON-LD export', () => {
  test('every node is of a schema.org type the export knows, with only properties that type has', () => {
    for (const n of nodes(graph)) {
      const allowed = PROPERTIES[n['@type'] as string];
      expect(allowed, String(n['@type'])).toBeDefined();
      for (const key of Object.keys(n)) expect(allowed, `${String(n['@type'])}.${key}`).toContain(key);
    }
  });

  test('a quote is part of its article, named by headline with its date and author where known', () => {
    expect(appearances.length).toBe(story.claims.reduce((n, c) => n + c.appearances.length, 0));
    // Each article one node, which its quotes reference: 5 works, not a copy per quote.
    expect(works.size).toBe(story.sources.length);
    for (const q of appearances) {
      const ref = q.isPartOf as Node;
      expect(Object.keys(ref)).toEqual(['@id']);
      const work = works.get(ref['@id']);
      if (work === undefined) throw new Error(`no article ${String(ref['@id'])}`);
      // isPartOf takes a CreativeWork or a URL: a file name was neither.
      expect(work['@type']).toBe('CreativeWork');
      const source = story.sources.find((s) => s.seed === work.identifier);
      expect(work.headline).toBe(source?.headline);
      expect(work.datePublished).toBe(source?.date ?? undefined);
      if (source?.date != null) expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
    const signed = [...works.values()].find((w) => w.author !== undefined);
    expect(signed).toMatchObject({
      headline: 'Facebook asks United States banks to share customer details',
      datePublished: '2018-08-08',
      author: { '@type': 'Person', name: 'Melissa Porter' },
    });
  });

  test("an outlet a quote credits is a work it cites, never the quote's publisher", () => {
    const credited = appearances.filter((q) => q.citation !== undefined);
    expect(credited.length).toBeGreaterThan(0);
    expect(appearances.every((q) => q.publisher === undefined)).toBe(true);
    const all = story.claims.flatMap((c) => c.appearances);
    expect(credited.length).toBe(all.filter((a) => a.outlet !== null).length);
    for (const q of credited)
      expect(q.citation).toMatchObject({
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: expect.any(String) },
      });
  });
});
