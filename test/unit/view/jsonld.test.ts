import { describe, expect, test } from 'vitest';
import { toJsonLd } from '../../../src/view/jsonld.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
type Node = Record<string, unknown>;
// As a consumer reads it: written out and read back (a property left undefined is not there).
const graph = (JSON.parse(JSON.stringify(toJsonLd(seedIndex()))) as { '@graph': Node[] })['@graph'];

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
  'genre',
];
const PROPERTIES: Record<string, string[]> = {
  Claim: [...CREATIVE_WORK, 'appearance', 'firstAppearance', 'claimInterpreter'],
  Comment: [...CREATIVE_WORK, 'parentItem', 'upvoteCount', 'downvoteCount', 'sharedContent'],
  Quotation: [...CREATIVE_WORK, 'spokenByCharacter'],
  CreativeWork: CREATIVE_WORK,
  Organization: THING,
  Person: THING,
};

/**
 * The types a property's values must have, where the export uses one (a node of the graph named by
 * its @id counts with the types it has there): `comment` takes a Comment, `parentItem` a Comment
 * or CreativeWork, and every Claim, Comment and Quotation is a CreativeWork.
 */
const RANGES: Record<string, string[]> = {
  comment: ['Comment'],
  parentItem: ['Comment', 'CreativeWork', 'Claim', 'Quotation'],
  isPartOf: ['CreativeWork', 'Claim', 'Comment', 'Quotation'],
};

/** A node's types: one, or several ("@type": ["Claim", "Comment"]). */
const types = (n: Node): string[] => {
  const t = n['@type'];
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.map(String) : [];
};

/** Every typed node of the export, however deep. */
function nodes(v: unknown): Node[] {
  if (Array.isArray(v)) return v.flatMap(nodes);
  if (typeof v !== 'object' || v === null) return [];
  const n = v as Node;
  return [...(types(n).length > 0 ? [n] : []), ...Object.values(n).flatMap(nodes)];
}

const claims = graph.filter((n) => types(n).includes('Claim'));
/** Every node of the graph by @id: a value that is only {"@id"} is that node. */
const byId = new Map(graph.map((n) => [n['@id'], n]));
/** A property's values as the nodes they are: a reference resolved to the graph's node. */
const values = (n: Node, key: string): Node[] => {
  const v = n[key];
  const list = (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];
  return list.map((x) => (Object.keys(x).length === 1 && '@id' in x ? (byId.get(x['@id']) ?? x) : x));
};
const appearances = claims.flatMap((c) => c.appearance as Node[]);
/** The graph's source articles, by @id. */
const works = new Map(graph.filter((n) => n['@type'] === 'CreativeWork').map((w) => [w['@id'], w]));

describe('the JSON-LD export', () => {
  test('every node is of a schema.org type the export knows, with only properties one of its types has', () => {
    for (const n of nodes(graph)) {
      const known = types(n).map((t) => PROPERTIES[t]);
      expect(known.includes(undefined), types(n).join()).toBe(false);
      const allowed = known.flatMap((p) => p ?? []);
      for (const key of Object.keys(n)) expect(allowed, `${types(n).join()}.${key}`).toContain(key);
    }
  });

  test('every value of comment, parentItem and isPartOf is of a type the property takes', () => {
    let checked = 0;
    for (const n of nodes(graph))
      for (const [key, range] of Object.entries(RANGES))
        for (const v of values(n, key)) {
          checked++;
          expect(
            types(v).some((t) => range.includes(t)),
            `${key} → ${types(v).join()} ${String(v['@id'])}`,
          ).toBe(true);
        }
    expect(checked).toBeGreaterThan(0);
  });

  test("a report's answers are the subject's statements, each a claim and a comment on the reports it answers", () => {
    const reports = story.claims.filter((c) => c.answeredBy.length > 0);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      const node = byId.get(`#${r.id}`);
      if (node === undefined) throw new Error(`no node #${r.id}`);
      // By reference: the answer is its own node of the graph, not a copy of it.
      expect(node.comment).toEqual(r.answeredBy.map((id) => ({ '@id': `#${id}` })));
      for (const answer of values(node, 'comment')) {
        expect(types(answer)).toEqual(['Claim', 'Comment']);
        expect(answer.author).toEqual({ '@type': 'Organization', name: story.subject.name });
        expect(values(answer, 'parentItem')).toContain(node);
        expect(story.claims.find((c) => `#${c.id}` === answer['@id'])?.kind).toBe('statement');
      }
    }
    // A claim that answers no report is a Claim only.
    const answering = new Set(reports.flatMap((r) => r.answeredBy.map((id) => `#${id}`)));
    for (const c of claims) expect(types(c).includes('Comment')).toBe(answering.has(c['@id'] as string));
  });

  test("a source's own view is marked as commentary, and no fact is", () => {
    const commentary = story.claims.filter((c) => c.commentary === true);
    // The seeds hold some (commentary.ts): without them this test would ask nothing.
    expect(commentary.length).toBeGreaterThan(0);
    for (const c of story.claims) {
      const node = byId.get(`#${c.id}`);
      expect(node?.genre, c.text).toBe(c.commentary === true ? 'commentary' : undefined);
      // Still the kind it was compiled as: a context claim.
      expect(node?.additionalType).toBe(c.kind);
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
