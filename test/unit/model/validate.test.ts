import { describe, expect, test } from 'vitest';
import {
  gateProblem,
  indexChecksum,
  indexProblem,
  parseGate,
  lookupBoundsProblem,
  parseIndex,
  tablesProblem,
} from '../../../src/model/validate.ts';
import { gateOnly } from '../../../src/compiler/build.ts';
import type { Claim, ClaimIndex, StoryLookup } from '../../../src/model/types.ts';
import { lookupTables } from '../../../src/matching/prepare.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { seedIndex } from '../helpers.ts';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('start-up checks of the bundled data', () => {
  test('the built index and gate pass', () => {
    expect(indexProblem(seedIndex())).toBeNull();
    expect(gateProblem(gateOnly(seedIndex()))).toBeNull();
  });

  test('the pages get the index typed only once checked, else the problem worded for the reader', () => {
    const index = seedIndex();
    expect(parseIndex(index)).toEqual({ ok: true, value: index });
    expect(parseIndex({ ...copy(index), version: 2 })).toEqual({
      ok: false,
      error: 'Unknown claim index version 2',
    });
    expect(parseGate(gateOnly(index))).toEqual({ ok: true, value: gateOnly(index) });
    expect(parseGate({ stories: 'all' })).toEqual({
      ok: false,
      error: 'the gate signature is not an object with stories',
    });
  });

  test('a truncated index is caught', () => {
    const cut = copy(seedIndex());
    cut.stories[0]?.claims.splice(10);
    expect(indexProblem(cut)).toMatch(/checksum/);
    expect(indexProblem({ ...copy(seedIndex()), stories: [] })).toMatch(/checksum/);
    const noWeights = copy(seedIndex()) as unknown as Record<string, unknown>;
    delete noWeights.idf;
    expect(indexProblem(noWeights)).toMatch(/lacks its weights/);
  });

  test('a tampered claim (a changed first outlet, a changed text) is caught', () => {
    const t = copy(seedIndex());
    const c = t.stories[0]?.claims[0];
    if (c !== undefined) c.firstReport.outlet = 'reuters';
    expect(indexProblem(t)).toMatch(/checksum/);
    const u = copy(seedIndex());
    const d = u.stories[0]?.claims[1];
    if (d !== undefined) d.text = 'Facebook never existed.';
    expect(indexProblem(u)).toMatch(/checksum/);
  });

  test('a claim without aliases or a wording source is refused; a changed alias changes the checksum', () => {
    // The index is built with the code that reads it: a claim lacking either is a damaged bundle.
    const named = { aliases: /claim \w+ is malformed/, textSource: /malformed wording source/ };
    for (const field of ['aliases', 'textSource'] as const) {
      const lacking = copy(seedIndex()) as unknown as { stories: { claims: Partial<Claim>[] }[] };
      const claim = lacking.stories[0]?.claims[3];
      if (claim !== undefined) delete claim[field];
      const rechecked = lacking as unknown as ClaimIndex;
      rechecked.checksum = indexChecksum(rechecked);
      expect(indexProblem(rechecked), field).toMatch(named[field]);
    }
    const t = copy(seedIndex());
    const c = t.stories[0]?.claims.find((x) => x.aliases.length > 0);
    if (c !== undefined) c.aliases = ['c0000000'];
    expect(indexProblem(t)).toMatch(/checksum/);
    const bad = copy(seedIndex()) as unknown as { stories: { claims: { aliases: unknown }[] }[] };
    const first = bad.stories[0]?.claims[0];
    if (first !== undefined) first.aliases = 'c0000000';
    expect(indexProblem(bad)).toMatch(/is malformed/);
  });

  test('the source articles a quote is cited with are carried and checked, even with the checksum recomputed', () => {
    // Without them the story page and the popup would have no headline to name a quote's article by.
    const rechecked = (edit: (i: ClaimIndex) => void): string | null => {
      const t = copy(seedIndex());
      edit(t);
      t.checksum = indexChecksum(t);
      return indexProblem(t);
    };
    expect(
      rechecked((i) => delete (i.stories[0] as unknown as Record<string, unknown> | undefined)?.sources),
    ).toMatch(/malformed source articles/);
    expect(
      rechecked((i) => {
        const a = i.stories[0]?.sources[0] as unknown as Record<string, unknown> | undefined;
        if (a !== undefined) a.headline = null;
      }),
    ).toMatch(/malformed source articles/);
    // A quote from an article the story does not name could only be cited by its file name.
    expect(rechecked((i) => i.stories[0]?.sources.shift())).toMatch(
      /appears in an article the story does not name/,
    );
    const t = copy(seedIndex());
    const first = t.stories[0]?.sources[0];
    if (first !== undefined) first.date = null;
    expect(indexProblem(t)).toMatch(/checksum/);
  });

  test('an alias that would open the wrong claim or no claim is caught, even with its checksum recomputed', () => {
    // The checksum is unkeyed: it catches truncation, not a rewritten index.
    const withAlias = (edit: (claims: Claim[]) => void): string | null => {
      const t = copy(seedIndex());
      edit(t.stories[0]?.claims ?? []);
      t.checksum = indexChecksum(t);
      return indexProblem(t);
    };
    const aliased = (claims: Claim[]): Claim => {
      const c = claims.find((x) => x.aliases.length > 0);
      if (c === undefined) throw new Error('no claim has aliases');
      return c;
    };
    expect(withAlias(() => undefined)).toBeNull();
    // Another claim's id: the page would have two claim-<id> anchors.
    expect(withAlias((cs) => (aliased(cs).aliases = [cs.find((x) => x !== aliased(cs))?.id ?? '']))).toMatch(
      /names two claims/,
    );
    expect(withAlias((cs) => (aliased(cs).aliases = [aliased(cs).id]))).toMatch(/names two claims/);
    expect(
      withAlias((cs) => {
        const [a, b] = cs.filter((x) => x.aliases.length > 0);
        if (a !== undefined && b !== undefined) b.aliases = [...b.aliases, ...a.aliases];
      }),
    ).toMatch(/names two claims/);
    for (const junk of ['', '"><img src=x>', 'C0ABC', 'claim-c0abc'])
      expect(withAlias((cs) => (aliased(cs).aliases = [junk]))).toMatch(/malformed alias/);
  });

  test('a claim id that no story-page link can name is caught, even with its checksum recomputed', () => {
    // storyPagePath drops a fragment it could not name, so such a claim's anchor is unreachable.
    for (const junk of ['', 'C1ABC', 'x y', 'claim-c0abc']) {
      const t = copy(seedIndex());
      const c = t.stories[0]?.claims[0];
      if (c !== undefined) c.id = junk;
      t.checksum = indexChecksum(t);
      expect(indexProblem(t), junk).toMatch(/malformed id/);
    }
  });

  test("the story's primary statement is carried and checked: one at most, and only as true", () => {
    expect(seedIndex().stories[0]?.statements.filter((s) => s.primary === true)).toHaveLength(1);
    const withStatements = (edit: (s: Record<string, unknown>[]) => void): string | null => {
      const t = copy(seedIndex());
      const st = t.stories[0]?.statements as unknown as Record<string, unknown>[];
      edit(st);
      t.checksum = indexChecksum(t);
      return indexProblem(t);
    };
    expect(withStatements((st) => st.forEach((s) => (s.primary = true)))).toMatch(/more than one primary/);
    expect(withStatements((st) => st.forEach((s) => (s.primary = 'yes')))).toMatch(/malformed statements/);
    expect(withStatements((st) => st.forEach((s) => delete s.primary))).toBeNull();
  });

  test("ids are unique across stories: a second story holding one of the first's ids is caught", () => {
    // The story page's anchors and JSON-LD @ids of every story share one namespace.
    const t = copy(seedIndex());
    const first = t.stories[0];
    if (first === undefined) throw new Error('no story');
    t.stories.push({ ...copy(first), id: `${first.id}-again` });
    t.checksum = indexChecksum(t);
    expect(indexProblem(t)).toMatch(/names two claims/);
    // With ids of its own, the second story loads.
    const own = { ...copy(first), id: `${first.id}-own` };
    for (const c of own.claims) {
      c.id = `${c.id}0`;
      c.aliases = c.aliases.map((a) => `${a}0`);
    }
    const u = { ...copy(seedIndex()), stories: [first, own] };
    u.checksum = indexChecksum(u);
    expect(indexProblem(u)).toBeNull();
  });

  test('malformed data is named', () => {
    expect(indexProblem(null)).toMatch(/not an object/);
    expect(indexProblem({ ...copy(seedIndex()), version: 2 })).toMatch(/version 2/);
    const bad = copy(seedIndex()) as unknown as { stories: { claims: { kind: string }[] }[] };
    const first = bad.stories[0]?.claims[0];
    if (first !== undefined) first.kind = 'rumour';
    expect(indexProblem(bad)).toMatch(/is malformed/);
    const badSource = copy(seedIndex()) as unknown as { stories: { claims: { textSource: unknown }[] }[] };
    const second = badSource.stories[0]?.claims[1];
    if (second !== undefined) second.textSource = [{ seed: '000.txt', start: 'x' }];
    expect(indexProblem(badSource)).toMatch(/malformed wording source/);
    // A term order pointing past a unit's terms would make the stretch read terms it does not have.
    const badOrder = copy(seedIndex()) as unknown as {
      stories: { claims: { match: { order: number[] }[] }[] }[];
    };
    const unit = badOrder.stories[0]?.claims[0]?.match[0];
    if (unit !== undefined) unit.order = [...unit.order, 999];
    expect(indexProblem(badOrder)).toMatch(/malformed matching data/);
    // An order leaving a term out would make the stretch miss it.
    const shortOrder = copy(seedIndex()) as unknown as {
      stories: { claims: { match: { order: number[] }[] }[] }[];
    };
    const other = shortOrder.stories[0]?.claims[0]?.match[0];
    if (other !== undefined) other.order = [0];
    expect(indexProblem(shortOrder)).toMatch(/malformed matching data/);
    // Matcher tables pointing past a story's units or terms would make the lookup read tables it
    // does not have: caught even with the checksum recomputed.
    const lookups: ((l: StoryLookup) => void)[] = [
      (l) => l.postings[0]?.push(10_000),
      (l) => l.unindexed[0]?.push(l.terms.length),
      (l) => l.event.pop(),
      (l) => l.claimsWith.push(1),
      (l) => (l.weightOf[0] = -1),
      // Numbers read where they are used must still be whole numbers of the right type.
      (l) => (l.weightOf[0] = 0.5),
      (l) => l.unindexed[0]?.push('0' as unknown as number),
      (l) => l.event.find((e) => e.length > 0)?.splice(0, 1, 0.5),
      (l) => (l.postings[0] = [0.5]),
      // A claim's direction is read by claim, and tells a rise from a fall by its sign; the
      // party heads are searched for in the page's text.
      (l) => l.direction.pop(),
      (l) => (l.direction[0] = 2),
      (l) => (l.direction[0] = 0.5),
      (l) => (l.partyHeads = [3 as unknown as string]),
      // An empty head, or one of two words, would make every capitalised run a party's kind.
      (l) => (l.partyHeads = ['']),
      (l) => (l.partyHeads = ['Bank of']),
      (l) => (l.partyHeads = ['bank']),
      (l) => delete (l as Partial<StoryLookup>).partyHeads,
    ];
    for (const spoil of lookups) {
      expect(tablesProblem(withTables(spoil)), spoil.toString()).toMatch(/malformed matcher tables/);
      // The engine's own check at a story's first use refuses them too.
      expect(boundsProblem(withTables(spoil)), spoil.toString()).not.toBeNull();
    }
    expect(gateProblem({ stories: [{ id: 'x', anchors: [[]] }] })).toMatch(/empty or malformed anchor group/);
    expect(gateProblem({ stories: 'all' })).toMatch(/not an object/);
    expect(gateProblem({ stories: [{ id: 'x', anchors: [['facebook']], descriptions: [''] }] })).toMatch(
      /malformed descriptions/,
    );
    expect(gateProblem({ stories: [{ id: 'x', anchors: [['facebook']], descriptions: [] }] })).toBeNull();
  });

  test('matcher tables within bounds but not made from the claims are refused, each with its reason', () => {
    // Each of these once passed and made unrelated pages recognised (postings repeated or posted
    // to every unit, every term left out) or story pages unrecognised (a weight of 0, no
    // postings, terms renumbered).
    const cases: [string, (l: StoryLookup) => void, RegExp][] = [
      [
        'postings listed three times',
        (l) => (l.postings = l.postings.map((p) => p.flatMap((u) => [u, u, u]))),
        /posted to a unit twice/,
      ],
      [
        'every term posted to every unit',
        (l) => (l.postings = l.postings.map(() => l.weightOf.map((_, u) => u))),
        /twice or not its own/,
      ],
      [
        'every term left out of every unit',
        (l) => (l.unindexed = l.unindexed.map(() => l.terms.map((_, t) => t))),
        /twice or not its own/,
      ],
      ['no postings', (l) => (l.postings = l.postings.map(() => [])), /neither posted nor left out/],
      ['every weight 0', (l) => (l.weightOf = l.weightOf.map(() => 0)), /posted but weighs 0/],
      [
        "another unit's event terms",
        (l) => (l.event = [...l.event.slice(1), l.event[0] ?? []]),
        /event terms not its own/,
      ],
      [
        "a unit's posted terms all left out, its weight kept",
        (l) => {
          const u = l.weightOf.findIndex((w) => w > 0);
          const posted = l.postings.flatMap((p, t) => (p.includes(u) ? [t] : []));
          l.postings = l.postings.map((p) => p.filter((x) => x !== u));
          l.unindexed[u] = [...(l.unindexed[u] ?? []), ...posted];
        },
        /weighs \d+ but is posted under no term/,
      ],
      ['terms reversed', (l) => l.terms.reverse(), /not the claims' terms in order/],
      [
        'names paired up',
        (l) => (l.terms = l.terms.map((t, i) => (i % 2 === 1 ? (l.terms[i - 1] ?? t) : t))),
        /not the claims' terms/,
      ],
      ['a term too many', (l) => l.terms.push('extra'), /not the claims' terms/],
      [
        'claim counts past the claims',
        (l) => (l.claimsWith = l.claimsWith.map(() => 1e9)),
        /claim count outside/,
      ],
      ['a claim count of 0', (l) => (l.claimsWith[0] = 0), /claim count outside/],
      [
        // Within bounds, but the commonest term counted as carried by one claim: weighed as telling.
        'claim counts within bounds but not the claims’',
        (l) => (l.claimsWith = l.claimsWith.map((n) => (n === Math.max(...l.claimsWith) ? 1 : n))),
        /term \d+ counted in 1 claims, where \d+ carry it/,
      ],
    ];
    for (const [name, spoil, reason] of cases) {
      const problem = tablesProblem(withTables(spoil));
      expect(problem, name).toMatch(/^story \S+ has malformed matcher tables: /);
      expect(problem, name).toMatch(reason);
      // Checked at the story's first use (the engine), not when the index is loaded: the index is
      // taken, and its other stories match at once (test/unit/matching/tables.test.ts).
      expect(parseIndex(withTables(spoil)).ok, name).toBe(true);
    }
    // Tables of another format are not read (the engine makes its own), so they are not refused.
    expect(
      tablesProblem(withTables((l) => ((l.format += 1), (l.weightOf = l.weightOf.map(() => 0))))),
    ).toBeNull();
    expect(tablesProblem(seedIndex())).toBeNull();
  });

  test("a commentary claim posted under its terms is refused: a page would meet the writer's opinion", () => {
    const t = copy(seedIndex());
    const claim = t.stories[0]?.claims.find((c) => c.commentary !== true && c.kind === 'context');
    if (claim === undefined) throw new Error('the built index has no plain context claim');
    claim.commentary = true;
    t.checksum = indexChecksum(t);
    expect(tablesProblem(t)).toMatch(/unit \d+ of a commentary claim is posted/);
    // The engine's cheaper check too: it would make the tables again rather than let a page meet it.
    expect(boundsProblem(t)).toMatch(/unit \d+ of a commentary claim is posted/);
    // Its tables made again, with the claim left out of the postings, pass.
    const story = t.stories[0];
    if (story === undefined) throw new Error('no story');
    story.lookup = lookupTables(story, idfWeights(t, PAGE_UNKNOWN_WEIGHT));
    t.checksum = indexChecksum(t);
    expect(tablesProblem(t)).toBeNull();
    expect(boundsProblem(t)).toBeNull();
    // Its units are checked like any other's but for the postings (review R28b): a weight that is
    // no whole number, or event terms not its own, are refused by the build's check too.
    const quiet = story.claims.slice(0, story.claims.indexOf(claim)).reduce((n, c) => n + c.match.length, 0);
    const own = new Set(claim.match[0]?.terms ?? []);
    const stranger = story.lookup?.terms.findIndex((term) => !own.has(term)) ?? -1;
    for (const [spoil, reason] of [
      [(l: StoryLookup) => (l.weightOf[quiet] = 1.5), /not a whole number/],
      [(l: StoryLookup) => (l.event[quiet] = [stranger]), /event terms not its own/],
    ] as const) {
      const bad = copy(t);
      const lookup = bad.stories[0]?.lookup;
      if (lookup === undefined) throw new Error('no tables');
      spoil(lookup);
      bad.checksum = indexChecksum(bad);
      expect(tablesProblem(bad)).toMatch(reason);
    }
    // The flag is true or absent.
    const spoilt = copy(t);
    Object.assign(spoilt.stories[0]?.claims.find((c) => c.id === claim.id) ?? {}, { commentary: 'yes' });
    expect(indexProblem(spoilt)).toMatch(new RegExp(`claim ${claim.id} is malformed`));
    // Only context is commentary: a report marked so would silently never be matched.
    const report = copy(t);
    const reported = report.stories[0]?.claims.find((c) => c.kind === 'report');
    if (reported === undefined) throw new Error('no report');
    reported.commentary = true;
    expect(indexProblem(report)).toMatch(new RegExp(`claim ${reported.id} is malformed`));
  });

  test("the engine's cheaper check refuses repeats and weights that do not fit the postings, and takes the built tables", () => {
    // What it refuses of the cases above, with the build's reason: a unit posted twice under a
    // term, posted but weighing 0, weighing but posted nowhere. The others (a term posted to a unit
    // that lacks it, terms renumbered, counts within range) it cannot tell from the tables alone:
    // the build refuses them (above), and the checksum any change after the build.
    const refused: [(l: StoryLookup) => void, RegExp][] = [
      [(l) => (l.postings = l.postings.map((p) => p.flatMap((u) => [u, u]))), /posted to a unit twice/],
      [(l) => (l.postings = l.postings.map((p) => [...p].reverse())), /out of order/],
      [(l) => (l.weightOf = l.weightOf.map(() => 0)), /posted but weighs 0/],
      [(l) => (l.postings = l.postings.map(() => [])), /posted under no term/],
      [(l) => (l.claimsWith[0] = 0), /claim count outside/],
      [(l) => (l.terms[0] = 7 as unknown as string), /no terms/],
    ];
    for (const [spoil, reason] of refused) {
      expect(boundsProblem(withTables(spoil)), spoil.toString()).toMatch(reason);
      expect(tablesProblem(withTables(spoil)), spoil.toString()).not.toBeNull();
    }
    expect(boundsProblem(seedIndex())).toBeNull();
    expect(boundsProblem(withTables((l) => l.terms.reverse()))).toBeNull();
  });
});

/** The engine's check of the first story's tables. */
function boundsProblem(index: ClaimIndex): string | null {
  const story = index.stories[0];
  if (story === undefined) throw new Error('the built index has no story');
  return lookupBoundsProblem(story.lookup, story.claims);
}

/** The built index with its first story's tables spoilt and the checksum made again. */
function withTables(spoil: (l: StoryLookup) => void): ClaimIndex {
  const t = copy(seedIndex());
  const lookup = t.stories[0]?.lookup;
  if (lookup === undefined) throw new Error('the built index has no matcher tables');
  spoil(lookup);
  t.checksum = indexChecksum(t);
  return t;
}
