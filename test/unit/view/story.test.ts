import { describe, expect, test } from 'vitest';
import type { Story } from '../../../src/model/types.ts';
import { cell, CSV_COLUMNS, toCsv } from '../../../src/view/csv.ts';
import { badgeText, buttonTitle } from '../../../src/view/button.ts';
import { count } from '../../../src/view/plural.ts';
import { claimNamed, filterClaims, timeline } from '../../../src/view/story.ts';
import { linkedId, storyPagePath } from '../../../src/extension/story-link.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
const ALL = new Set(['report', 'statement', 'response', 'context'] as const);

describe('the story page’s model', () => {
  test('the timeline is a total order: by date, unknown dates last, same-day outlets by name', () => {
    const shuffled: Story = {
      ...story,
      outlets: [
        { id: 'z', name: 'Zeta', aliases: [], firstReport: '2018-08-07' },
        { id: 'u', name: 'Unknown', aliases: [], firstReport: null },
        { id: 'a', name: 'Alpha', aliases: [], firstReport: '2018-08-07' },
        { id: 'w', name: 'Wire', aliases: [], firstReport: '2018-08-06T20:00-04:00' },
      ],
    };
    const order = timeline(shuffled).map((o) => o.id);
    expect(order).toEqual(['w', 'a', 'z', 'u']);
    expect(timeline({ ...shuffled, outlets: [...shuffled.outlets].reverse() }).map((o) => o.id)).toEqual(
      order,
    );
  });

  test('the timeline orders first reports as instants: a later clock in another zone can be earlier', () => {
    const outlets = [
      { id: 'ny', name: 'New York', aliases: [], firstReport: '2018-08-06T20:00-04:00' },
      { id: 'paris', name: 'Paris', aliases: [], firstReport: '2018-08-06T23:00+02:00' },
      { id: 'day', name: 'A day', aliases: [], firstReport: '2018-08-06' },
    ];
    // 23:00 in Paris is 21:00 UTC, three hours before 20:00 in New York; the day without a time
    // ties with both and goes by name.
    expect(timeline({ ...story, outlets }).map((o) => o.id)).toEqual(['day', 'paris', 'ny']);
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
    const lists = orders.map((o) =>
      timeline({ ...story, outlets: o.map((i) => outlets[i] ?? outlets[0]!) })
        .map((e) => e.id)
        .join(),
    );
    // A day without a time sorts at its middle (12:00 UTC), before Paris's 21:00 UTC.
    expect(new Set(lists)).toEqual(new Set(['oslo,paris,ny']));
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

  test('each outlet counts the reports it broke first, and the counts add up', () => {
    const entries = timeline(story);
    const credited = story.claims.filter((c) => c.kind === 'report' && c.firstReport.outlet !== null).length;
    expect(entries.reduce((n, o) => n + o.first, 0)).toBe(credited);
    expect(entries[0]?.id).toBe(story.brokeBy);
  });

  test('a statement given to an outlet is not counted as that outlet’s first report', () => {
    const report = story.claims.find((c) => c.kind === 'report' && c.firstReport.outlet !== null);
    if (report === undefined) throw new Error('no credited report');
    const outlet = report.firstReport.outlet;
    const given = { ...report, id: 'cgiven', kind: 'statement' as const };
    const claims = [report, given, { ...given, id: 'cgiven2' }];
    const first = (s: Story): number | undefined => timeline(s).find((o) => o.id === outlet)?.first;
    expect(first({ ...story, claims })).toBe(1);
    expect(first({ ...story, claims: [report, { ...given, kind: 'report' as const }] })).toBe(2);
  });

  test('counted nouns are singular for one only', () => {
    expect([count(0, 'claim'), count(1, 'claim'), count(2, 'claim')]).toEqual([
      '0 claims',
      '1 claim',
      '2 claims',
    ]);
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
