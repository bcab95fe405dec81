import { describe, expect, test } from 'vitest';
import type { Story } from '../../../src/model/types.ts';
import { cell, CSV_COLUMNS, toCsv } from '../../../src/view/csv.ts';
import { badgeText, buttonTitle } from '../../../src/view/button.ts';
import { count } from '../../../src/view/plural.ts';
import { claimNamed, filterClaims, timeline, timelineLine } from '../../../src/view/story.ts';
import { linkedId, storyPagePath } from '../../../src/extension/story-link.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();

/** RFC 4180 read back: rows of cells, quoted cells unquoted (a quoted cell may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g)) {
    const raw = m[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
      if (m[2] === '') break;
    }
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}
const ALL = new Set(['report', 'statement', 'response', 'context'] as const);

/** The story with only these outlets, each credited by one context claim of its own and no statement. */
function credited(outlets: Story['outlets']): Story {
  const base = story.claims[0];
  const at = base?.appearances[0];
  if (base === undefined || at === undefined) throw new Error('no claim');
  const claims = outlets.map((o, i) => ({
    ...base,
    id: `ccredits${i}`,
    kind: 'context' as const,
    firstReport: { outlet: null, date: null, basis: 'undetermined' as const, earliestSeed: at.seed },
    outlets: [o.id],
    appearances: [{ ...at, outlet: o.id }],
  }));
  return { ...story, outlets, claims, statements: [] };
}
const outletIds = (s: Story): string[] => timeline(s).flatMap((e) => (e.type === 'outlet' ? [e.id] : []));

describe('the story page’s model', () => {
  test('the timeline is a total order: by date, unknown dates last, same-day outlets by name', () => {
    const shuffled = credited([
      { id: 'z', name: 'Zeta', aliases: [], firstReport: '2018-08-07' },
      { id: 'u', name: 'Unknown', aliases: [], firstReport: null },
      { id: 'a', name: 'Alpha', aliases: [], firstReport: '2018-08-07' },
      { id: 'w', name: 'Wire', aliases: [], firstReport: '2018-08-06T20:00-04:00' },
    ]);
    const order = outletIds(shuffled);
    expect(order).toEqual(['w', 'a', 'z', 'u']);
    expect(outletIds({ ...shuffled, outlets: [...shuffled.outlets].reverse() })).toEqual(order);
  });

  test('the timeline orders first reports as instants: a later clock in another zone can be earlier', () => {
    const outlets = [
      { id: 'ny', name: 'New York', aliases: [], firstReport: '2018-08-06T20:00-04:00' },
      { id: 'paris', name: 'Paris', aliases: [], firstReport: '2018-08-06T23:00+02:00' },
      { id: 'day', name: 'A day', aliases: [], firstReport: '2018-08-06' },
    ];
    // 23:00 in Paris is 21:00 UTC, three hours before 20:00 in New York; the day without a time
    // ties with both and goes by name.
    expect(outletIds(credited(outlets))).toEqual(['day', 'paris', 'ny']);
  });

  test('the timeline is the same whatever order story.json lists the outlets in (a day ties with times that do not tie)', () => {
    const outlets = [
      { id: 'ny', name: 'New York', aliases: [], firstReport: '2018-08-06T20:00-04:00' },
      { id: 'paris', name: 'Paris', aliases: [], firstReport: '2018-08-06T23:00+02:00' },
      { id: 'oslo', name: 'Oslo', aliases: [], firstReport: '2018-08-06' },
    ];
    const orders = [0, 1, 2].flatMap((a) =>
      [0, 1, 2].flatMap((b) => [0, 1, 2].filter((c) => c !== a && c !== b && a !== b).map((c) => [a, b, c])),
    );
    const whole = credited(outlets);
    const lists = orders.map((o) =>
      outletIds({ ...whole, outlets: o.map((i) => outlets[i] ?? outlets[0]!) }).join(),
    );
    // A day without a time sorts at its middle (12:00 UTC), before Paris's 21:00 UTC.
    expect(new Set(lists)).toEqual(new Set(['oslo,paris,ny']));
  });

  test('an outlet is listed for the claims the source articles credit it for; one they never credit is not listed', () => {
    const entries = timeline(story);
    const outlets = entries.flatMap((e) => (e.type === 'outlet' ? [e] : []));
    for (const o of outlets)
      expect(o.credited, o.name).toBe(
        story.claims.filter((c) => c.appearances.some((a) => a.outlet === o.id)).length,
      );
    const never = story.outlets.filter(
      (o) => !story.claims.some((c) => c.appearances.some((a) => a.outlet === o.id)),
    );
    // Reuters: story.json dates its first report, and no seed credits it with anything.
    expect(never.map((o) => o.name)).toEqual(['Reuters']);
    expect(outlets.map((o) => o.id)).toEqual(expect.not.arrayContaining(never.map((o) => o.id)));
    expect(outlets.length).toBe(story.outlets.length - never.length);
    const text = entries.map((e) => timelineLine(e, story.subject.name).text).join('\n');
    expect(text).not.toMatch(/repeated the story/);
  });

  test('the first report is the outlet of the earliest of the reports’ first reports, and the counts add up', () => {
    const entries = timeline(story);
    const first = entries[0];
    expect(first).toMatchObject({ type: 'outlet', id: story.brokeBy, broke: true });
    const reports = story.claims.filter((c) => c.kind === 'report' && c.firstReport.outlet !== null);
    expect(first?.date).toBe(reports.find((c) => c.firstReport.outlet === story.brokeBy)?.firstReport.date);
    expect(entries.filter((e) => e.type === 'outlet' && e.broke)).toHaveLength(1);
    expect(entries.reduce((n, e) => n + (e.type === 'outlet' ? e.first : 0), 0)).toBe(reports.length);
    expect(timelineLine(entries[0]!, story.subject.name)).toEqual({
      date: '6 Aug 2018',
      text: `The Wall Street Journal: the first report of the story; the source articles say it reported ${
        story.claims.filter((c) => c.appearances.some((a) => a.outlet === 'wsj')).length
      } claims, ${reports.length} of them first`,
    });
  });

  test('an outlet’s line says in one clause what the articles say it reported and how much of it first', () => {
    const outlet = { type: 'outlet', key: 'outlet:x', id: 'x', name: 'X', date: null, broke: false } as const;
    const line = (credited: number, first: number): string =>
      timelineLine({ ...outlet, credited, first }, 'Facebook').text;
    expect(line(4, 0)).toBe('X: the source articles say it reported 4 claims');
    expect(line(10, 9)).toBe('X: the source articles say it reported 10 claims, 9 of them first');
    expect(line(3, 3)).toBe('X: the source articles say it reported 3 claims, all of them first');
    expect(line(1, 1)).toBe('X: the source articles say it reported 1 claim, first');
  });

  test('timeline lines have unique keys, even for a statement with no claim or a claim with two statements', () => {
    const said = story.statements[0];
    if (said === undefined) throw new Error('no statement');
    const odd = { ...story, statements: [...story.statements, { ...said, claimId: '' }, { ...said }] };
    const entries = timeline(odd);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    const statements = entries.flatMap((e) => (e.type === 'statement' ? [e.claimId] : []));
    expect(statements.filter((id) => id === null)).toHaveLength(1);
    expect(statements.filter((id) => id === said.claimId)).toHaveLength(
      2 + story.statements.filter((s) => s !== said && s.claimId === said.claimId).length,
    );
  });

  test('each of the subject’s recorded statements is a line, with its date and the outlet it was given to', () => {
    const lines = timeline(story).flatMap((e) =>
      e.type === 'statement' ? [timelineLine(e, story.subject.name)] : [],
    );
    expect(lines).toHaveLength(story.statements.length);
    const toAfp = story.statements.find((s) => s.to === 'afp');
    expect(lines).toContainEqual({
      date: '6 Aug 2018',
      text: `Facebook's statement to AFP: “${toAfp?.quote}”`,
    });
    const primary = story.statements.find((s) => s.primary === true);
    expect(lines).toContainEqual({
      date: '6 Aug 2018',
      text: `Facebook's official statement: “${primary?.quote}”`,
    });
    // Said on 6 Aug, before AFP's own first report of 7 Aug: in date order after the first
    // report, the primary statement first, then as story.json records them.
    const order = timeline(story).map((e) => (e.type === 'outlet' ? e.id : e.claimId));
    const records = [...story.statements].sort(
      (a, b) => Number(b.primary === true) - Number(a.primary === true),
    );
    expect(records[0]?.primary).toBe(true);
    expect(order.slice(0, 1 + story.statements.length)).toEqual([
      story.brokeBy,
      ...records.map((s) => s.claimId),
    ]);
  });

  test('the timeline calls one statement official, the primary; another given to no named outlet is a statement', () => {
    const lines = timeline(story).flatMap((e) =>
      e.type === 'statement' ? [timelineLine(e, story.subject.name).text] : [],
    );
    const official = lines.filter((t) => t.startsWith("Facebook's official statement"));
    expect(official).toEqual([
      `Facebook's official statement: “${story.statements.find((s) => s.primary)?.quote}”`,
    ]);
    const other = story.statements.find((s) => s.primary !== true && s.to === null);
    if (other === undefined) throw new Error('no other statement without an outlet in the seeds');
    expect(lines).toContain(`Facebook's statement: “${other.quote}”`);
  });

  test('a line with no date says the sources give none', () => {
    const undated = {
      ...story,
      statements: story.statements.map((s) => ({ ...s, date: null })),
      outlets: story.outlets.map((o) => ({ ...o, firstReport: null })),
    };
    for (const e of timeline(undated).filter((x) => x.type === 'statement' || x.date === null))
      expect(timelineLine(e, 'Facebook').date).toBe('Date not given in the sources');
  });

  test('a statement given to an outlet is not counted as that outlet’s first report', () => {
    const report = story.claims.find((c) => c.kind === 'report' && c.firstReport.outlet !== null);
    if (report === undefined) throw new Error('no credited report');
    const outlet = report.firstReport.outlet;
    const given = { ...report, id: 'cgiven', kind: 'statement' as const };
    const claims = [report, given, { ...given, id: 'cgiven2' }];
    const first = (s: Story): number | undefined =>
      timeline(s).flatMap((o) => (o.type === 'outlet' && o.id === outlet ? [o.first] : []))[0];
    expect(first({ ...story, claims })).toBe(1);
    expect(first({ ...story, claims: [report, { ...given, kind: 'report' as const }] })).toBe(2);
  });

  test('a story link names its claim by id or by alias, and nothing else', () => {
    const claim = story.claims.find((c) => c.aliases.length > 0);
    const alias = claim?.aliases[0];
    if (claim === undefined || alias === undefined) throw new Error('no alias');
    const path = storyPagePath(alias);
    expect(linkedId(path.slice(path.indexOf('#')))).toBe(alias);
    expect(claimNamed(story, alias)).toBe(claim);
    expect(claimNamed(story, claim.id)).toBe(claim);
    expect(claimNamed(story, 'cnothing')).toBeUndefined();
    expect([linkedId('#claim-'), linkedId('#top'), linkedId('#claim-x y')]).toEqual([null, null, null]);
  });

  test('counted nouns are singular for one only', () => {
    expect([count(0, 'claim'), count(1, 'claim'), count(2, 'claim')]).toEqual([
      '0 claims',
      '1 claim',
      '2 claims',
    ]);
  });

  test('a search word is read without the punctuation typed around it (review S16a, 8)', () => {
    const same = (typed: string, bare: string): void => {
      const found = filterClaims(story, typed, ALL);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(filterClaims(story, bare, ALL));
    };
    same('WSJ.', 'wsj');
    same('Citigroup,', 'Citigroup');
    same('\u201CFacebook', 'Facebook');
    same('"Facebook"', 'Facebook');
    same('(Citigroup) \u2014 WSJ!', 'Citigroup WSJ');
    // Linear in the query: 200,000 characters of punctuation, capitals, commas and a word.
    expect(filterClaims(story, `${'.'.repeat(200_000)}wsj${'\u201D'.repeat(200_000)}`, ALL)).toEqual(
      filterClaims(story, 'wsj', ALL),
    );
    expect(filterClaims(story, `${', '.repeat(100_000)}wsj ${'A'.repeat(200_000)}`, ALL)).toEqual([]);
    expect(filterClaims(story, 'wsj '.repeat(50_000), ALL)).toEqual(filterClaims(story, 'wsj', ALL));
  });

  test('search needs every word, in the wording or a seed quote, ignoring case and accents; kinds filter', () => {
    const citi = filterClaims(story, 'CITIGROUP', ALL);
    expect(citi.length).toBeGreaterThan(0);
    for (const c of citi)
      expect([c.text, ...c.appearances.map((a) => a.quote)].join(' ').toLowerCase()).toContain('citigroup');
    expect(filterClaims(story, 'citigroup zzzz', ALL)).toEqual([]);
    expect(filterClaims(story, 'Cítigroup', ALL)).toEqual(citi);
    const statements = filterClaims(story, '', new Set(['statement'] as const));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((c) => c.kind === 'statement')).toBe(true);
  });
  test('a search of an article’s headline finds every claim quoted from that article', () => {
    for (const source of story.sources) {
      const found = new Set(filterClaims(story, source.headline, ALL));
      const quoted = story.claims.filter((c) => c.appearances.some((a) => a.seed === source.seed));
      expect(quoted.length).toBeGreaterThan(0);
      for (const c of quoted) expect(found.has(c), `${c.text} (${source.seed})`).toBe(true);
    }
  });

  test('a search of an outlet’s name or alias finds the claims whose passages credit it, and no claim that names it nowhere', () => {
    for (const [query, id] of [
      ['Ars Technica', 'ars'],
      ['wsj', 'wsj'],
    ] as const) {
      const credited = story.claims.filter((c) => c.appearances.some((a) => a.outlet === id));
      expect(credited.length).toBeGreaterThan(0);
      const found = filterClaims(story, query, ALL);
      expect(found).toEqual(expect.arrayContaining(credited));
      for (const c of found) {
        const named = [...c.outlets, c.said?.to, c.firstReport.outlet, ...c.appearances.map((a) => a.outlet)];
        const quoted = [c.text, ...c.appearances.map((a) => a.quote)].join(' ').toLowerCase();
        expect(named.includes(id) || quoted.includes(query.toLowerCase()), c.text).toBe(true);
      }
    }
    // A headline's words and a claim's together narrow to that article's claims that say them.
    const source = story.sources[1];
    const both = filterClaims(story, `${source?.headline ?? ''} Citigroup`, ALL);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((c) => c.appearances.some((a) => a.seed === source?.seed))).toBe(true);
  });
});

describe('CSV export', () => {
  test('one row per claim, with the header, quoting commas, quotes and line breaks', () => {
    const csv = toCsv(seedIndex());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // Quoted cells never hold a bare line break here, so lines count rows.
    expect(lines.length).toBe(story.claims.length + 1);
    expect(cell('a, "b"')).toBe('"a, ""b"""');
    expect(cell('line\nbreak')).toBe('"line\nbreak"');
  });

  test('each row names the articles the claim is quoted from, by headline and date, and the outlets their text credits', () => {
    const rows = parseCsv(toCsv(seedIndex()));
    const header = rows[0] ?? [];
    const col = (row: string[], name: (typeof CSV_COLUMNS)[number]): string =>
      row[header.indexOf(name)] ?? '';
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header).not.toContain('other_outlets');
    for (const row of rows.slice(1)) {
      const claim = story.claims.find((c) => c.id === col(row, 'claim'));
      if (claim === undefined) throw new Error(`no claim ${col(row, 'claim')}`);
      const seeds = story.sources.filter((s) => claim.appearances.some((a) => a.seed === s.seed));
      expect(col(row, 'articles')).toBe(
        seeds.map((s) => `“${s.headline}” (${s.date ?? 'date not given'})`).join('; '),
      );
      const credited = story.outlets.filter((o) => claim.appearances.some((a) => a.outlet === o.id));
      expect(col(row, 'credited_outlets').split('; ').filter(Boolean).sort()).toEqual(
        credited.map((o) => o.name).sort(),
      );
    }
    // Seed 000 is the one article story.json dates.
    expect(
      rows.some((r) => col(r, 'articles').includes(`“${story.sources[0]?.headline}” (2018-08-08)`)),
    ).toBe(true);
    // A statement story.json records as given to AFP, whose passages credit no outlet: AFP is
    // where it was said, not an outlet the articles credit.
    const given = story.claims.find(
      (c) => c.said?.to === 'afp' && c.appearances.every((a) => a.outlet === null),
    );
    const row = rows.find((r) => col(r, 'claim') === given?.id) ?? [];
    expect([col(row, 'first_outlet'), col(row, 'credited_outlets')]).toEqual(['AFP', '']);
    // A source's own view is told apart from context a page can repeat.
    const opinions = story.claims.filter((c) => c.commentary === true).map((c) => c.id);
    expect(opinions.length).toBeGreaterThan(0);
    expect(rows.filter((r) => col(r, 'kind') === 'context (commentary)').map((r) => col(r, 'claim'))).toEqual(
      opinions,
    );
  });

  test('a cell a spreadsheet would run as a formula is defused', () => {
    expect(cell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cell('+1')).toBe("'+1");
    expect(cell('-2')).toBe("'-2");
  });
});

describe('the toolbar button', () => {
  test('its title carries the claim count in words; no claims, no count', () => {
    expect([buttonTitle(1), buttonTitle(12), buttonTitle(0)]).toEqual([
      'Backstory: 1 claim from the story on this page',
      'Backstory: 12 claims from the story on this page',
      'Backstory',
    ]);
    expect([badgeText(12), badgeText(0)]).toEqual(['12', '']);
  });
});
