import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildIndex, writeOutputs } from '../../../src/compiler/build.ts';
import { BuildError } from '../../../src/compiler/errors.ts';
import { CONTENT_SHAPES } from '../../../src/extension/messages.ts';
import { MAX_STORY_ID_CHARS } from '../../../src/model/guards.ts';
import { toJsonLd } from '../../../src/view/jsonld.ts';
import { copySeeds, SEEDS, seedIndex, seedStory, seedText } from '../helpers.ts';

const story = seedStory();
const claimWith = (fragment: string) => {
  const c = story.claims.find((x) => x.appearances.some((a) => a.quote.includes(fragment)));
  if (c === undefined) throw new Error(`no claim carries "${fragment}"`);
  return c;
};

/** Edits a copied seeds folder's story.json, and finds a line in it. */
const storyFile = (dir: string) => path.join(dir, 'story.json');
const edit = (dir: string, f: (s: string) => string) =>
  fs.writeFileSync(storyFile(dir), f(fs.readFileSync(storyFile(dir), 'utf8')));
const lineOf = (dir: string, text: string): number =>
  fs
    .readFileSync(storyFile(dir), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('claim index from the real seeds', () => {
  test('the core report is one claim carried by all five seeds, first reported by the WSJ', () => {
    const core = claimWith('Facebook has asked large US banks to share financial information');
    expect(core.kind).toBe('report');
    expect(new Set(core.appearances.map((a) => a.seed)).size).toBe(5);
    expect(core.firstReport).toMatchObject({
      outlet: 'wsj',
      basis: 'attribution',
      date: '2018-08-06T20:00-04:00',
    });
    // The same claim, reworded in each seed:
    for (const fragment of [
      'Facebook has asked major US banks to share customer data',
      'Facebook has reportedly approached several of the biggest US banks',
    ]) {
      expect(claimWith(fragment).id).toBe(core.id);
    }
  });

  test("Facebook's statement to AFP is a statement, and the reports it answers link to it", () => {
    const ads = claimWith("We're not using this information beyond enabling these types of experiences");
    expect(ads.kind).toBe('statement');
    // AFP and CNBC reported the same denial on the same day: one claim, and the seeds cannot
    // say which outlet had it first; story.json records the statement as made on 6 Aug to no
    // outlet in particular, and that is what the claim says.
    const denial = claimWith('said it was not asking for transaction data');
    expect(denial.kind).toBe('statement');
    expect(denial.id).toBe(claimWith('In a statement reported by CNBC').id);
    expect(denial.outlets).toEqual(expect.arrayContaining(['afp', 'cnbc']));
    expect(denial.firstReport).toMatchObject({ outlet: null, date: '2018-08-06', basis: 'statement-record' });
    expect(denial.said).toEqual({ by: 'Facebook', to: null, date: '2018-08-06' });
    const linked = story.claims.filter((c) => c.answeredBy.includes(denial.id));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((c) => c.kind === 'report')).toBe(true);
    const primary = story.statements.find((s) => s.quote.startsWith('A recent Wall Street Journal story'));
    expect(story.claims.find((c) => c.id === primary?.claimId)?.kind).toBe('statement');
    // The denial as CNBC reported it is Facebook's statement, credited to CNBC: the Journal is
    // named in it as what is denied, not as its source. Reports are answered by the official one.
    const cnbc = claimWith('In a statement reported by CNBC');
    expect(cnbc.kind).toBe('statement');
    expect(cnbc.outlets).toContain('cnbc');
    expect(cnbc.outlets).not.toContain('wsj');
    expect(story.claims.filter((c) => c.answeredBy.includes(primary?.claimId ?? '')).length).toBeGreaterThan(
      0,
    );
  });

  test('bank replies are responses, credited to the outlet they were given to', () => {
    const citi = claimWith('safeguarding the security and privacy of our customers');
    expect(citi.kind).toBe('response');
    expect(citi.firstReport.outlet).toBe('afp');
    expect(claimWith('Wells Fargo declined to comment').kind).toBe('response');
    // "…with JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp …, the reports said": the
    // reports speak, not the last bank named.
    const talks = claimWith('has had discussions with JPMorgan Chase, Wells Fargo');
    expect(talks).toMatchObject({ kind: 'report', speaker: null });
  });

  test("every appearance's offsets slice exactly its quote out of its seed file", () => {
    const files = new Map<string, string>();
    for (const c of story.claims) {
      for (const a of c.appearances) {
        const text = files.get(a.seed) ?? seedText(a.seed);
        files.set(a.seed, text);
        expect(text.slice(a.start, a.end)).toBe(a.quote);
      }
    }
  });

  test('page furniture is not a claim', () => {
    const all = story.claims.flatMap((c) => c.appearances.map((a) => a.quote));
    // A line of names left over from a stock ticker, "(JPM), Wells Fargo & Co.", says nothing.
    for (const junk of [
      /^Like this:/,
      /^Share$/,
      /^Related news$/,
      /\| By Melissa Porter/,
      /^More news:/,
      /^Published:/,
      /^\(JPM\), Wells Fargo & Co\.$/,
    ]) {
      expect(all.filter((q) => junk.test(q))).toEqual([]);
    }
  });

  test('where the seeds cannot decide the first outlet, the index says so and names the earliest known seed', () => {
    const undecided = story.claims.filter((c) => c.firstReport.basis === 'undetermined');
    expect(undecided.length).toBeGreaterThan(0);
    for (const c of undecided) {
      expect(c.firstReport.outlet).toBeNull();
      expect(c.appearances.map((a) => a.seed)).toContain(c.firstReport.earliestSeed);
    }
  });

  test('rebuilding gives byte-identical output, with unique ids', () => {
    const a = fs.mkdtempSync('/tmp/bs-a-');
    const b = fs.mkdtempSync('/tmp/bs-b-');
    writeOutputs(buildIndex([SEEDS]), a);
    writeOutputs(buildIndex([SEEDS]), b);
    for (const f of ['claim-index.json', 'story.jsonld', 'gate.json'])
      expect(fs.readFileSync(path.join(a, f))).toEqual(fs.readFileSync(path.join(b, f)));
    expect(new Set(story.claims.map((c) => c.id)).size).toBe(story.claims.length);
  });

  test('a sixth seed that rewords one paragraph merges into existing claims', () => {
    const dir = copySeeds();
    fs.writeFileSync(
      path.join(dir, '005_reworded.txt'),
      'Facebook asked big U.S. banks to share financial details about their customers as it looks to offer new services, The Wall Street Journal reported.\n',
    );
    edit(dir, (s) =>
      s.replace('"seeds": {', '"seeds": {\n    "005_reworded.txt": { "byline": null, "date": null },'),
    );
    const before = seedStory();
    const after = buildIndex([dir]).stories[0];
    expect(after?.claims.length).toBe(before.claims.length);
    const core = after?.claims.find((c) => c.appearances.some((a) => a.seed === '005_reworded.txt'));
    expect(core?.id).toBe(claimWith('Facebook has asked large US banks to share financial information').id);
  });

  test('an index the extension would refuse at start-up stops the build, and nothing is written', () => {
    const dir = fs.mkdtempSync('/tmp/bs-refused-');
    const index = buildIndex([SEEDS]);
    const first = index.stories[0]?.claims[0];
    if (first === undefined) throw new Error('no claim');
    first.aliases = [first.id];
    expect(() => writeOutputs(index, dir)).toThrow(BuildError);
    expect(() => writeOutputs(index, dir)).toThrow(/fails the extension's start-up check .*names two claims/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("each source article is named by its headline, traceable to the seed, with story.json's date and byline", () => {
    expect(story.sources.map((a) => a.seed)).toEqual(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')));
    for (const a of story.sources) expect(seedText(a.seed).slice(a.start, a.end)).toBe(a.headline);
    // Seed 000 opens with a section label, a timestamp and a byline: its headline is the line after.
    expect(story.sources[0]).toMatchObject({
      headline: 'Facebook asks United States banks to share customer details',
      byline: 'Melissa Porter',
      date: '2018-08-08',
    });
    expect(story.sources[2]).toMatchObject({
      headline: "Facebook denies seeking users' bank data",
      byline: null,
      date: null,
    });
  });

  test('the JSON-LD export describes claims with their first appearance', () => {
    const dir = fs.mkdtempSync('/tmp/bs-ld-');
    writeOutputs(buildIndex([SEEDS]), dir);
    const ld = JSON.parse(fs.readFileSync(path.join(dir, 'story.jsonld'), 'utf8')) as {
      '@graph': { '@type': string | string[]; firstAppearance?: { publisher: { name: string } } }[];
    };
    // The claims, after the source articles their quotes reference; a statement that answers
    // reports is a Comment too (["Claim", "Comment"]).
    const claim = (n: { '@type': string | string[] }): boolean => [n['@type']].flat().includes('Claim');
    expect(ld['@graph'].filter(claim).length).toBe(story.claims.length);
    expect(ld['@graph'].filter((n) => !claim(n)).length).toBe(story.sources.length);
    expect(ld['@graph'].some((n) => n.firstAppearance?.publisher.name === 'The Wall Street Journal')).toBe(
      true,
    );
  });

  test('the JSON-LD export names each claim by its aliases too: an old @id finds one claim', () => {
    const graph = (toJsonLd(seedIndex()) as { '@graph': { '@id': string; sameAs?: string[] }[] })['@graph'];
    const ids = new Set(graph.map((n) => n['@id']));
    const aliased = story.claims.filter((c) => c.aliases.length > 0);
    expect(aliased.length).toBeGreaterThan(0);
    for (const c of aliased)
      for (const a of c.aliases) {
        expect(ids.has(`#${a}`)).toBe(false);
        expect(graph.filter((n) => n.sameAs?.includes(`#${a}`)).map((n) => n['@id'])).toEqual([`#${c.id}`]);
      }
  });
});

describe('bad input stops the build with the file, the line and what to fix', () => {
  const fails = (dir: string): BuildError => {
    try {
      buildIndex([dir]);
    } catch (e) {
      if (e instanceof BuildError) return e;
      throw e;
    }
    throw new Error('the build did not fail');
  };

  test('missing or empty seeds folder', () => {
    expect(fails('/tmp/does-not-exist-backstory').message).toMatch(/seeds folder is missing/);
    expect(fails(fs.mkdtempSync('/tmp/bs-empty-')).message).toMatch(/no \.txt articles/);
  });

  /** The build's error for a pasted seed `009_paste.txt` of this text, listed in story.json. */
  function pasted(text: string): BuildError {
    const dir = copySeeds();
    fs.writeFileSync(path.join(dir, '009_paste.txt'), text);
    // Listed in story.json as a real seed would be, so only its text is wrong.
    edit(dir, (s) =>
      s.replace('"seeds": {', '"seeds": {\n    "009_paste.txt": { "byline": null, "date": null },'),
    );
    const e = fails(dir);
    expect(e.file).toMatch(/009_paste\.txt$/);
    return e;
  }

  test('a seed that is empty, or only page furniture', () => {
    expect(pasted(' \n\n').message).toMatch(/is empty/);
    const e = pasted('\nShare\nTweet\n\nRelated stories\nPublished: 6 Aug 2018\n');
    expect(e.message).toMatch(/no article text after furniture/);
    // The first line dropped, quoted, and what it was taken for.
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/"Share" was read as a share button/);
  });

  test('a whole article pasted as one line, byline inside it, is blamed on the byline rule', () => {
    const e = pasted(
      'Facebook asked banks for data | By Emily Glazer, Deepa Seetharaman and AnnaMaria Andriotis. ' +
        'Facebook Inc. has asked large U.S. banks to share detailed financial information about their customers.\n',
    );
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/"Facebook asked banks for data \| By Emily/);
    expect(e.message).toMatch(/read as a byline \("\| By E"\)/);
  });

  test('a seed that is not UTF-8', () => {
    const dir = copySeeds();
    fs.writeFileSync(
      path.join(dir, '009_bad.txt'),
      Buffer.from([0x46, 0x61, 0x63, 0x65, 0x0a, 0x62, 0x6f, 0xff, 0xfe, 0x6b]),
    );
    const e = fails(dir);
    expect(e.file).toMatch(/009_bad\.txt$/);
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/not UTF-8/);
  });

  test('malformed story.json names the line', () => {
    const dir = copySeeds();
    edit(dir, (s) => s.replace('"brokeBy": "wsj",', '"brokeBy": "wsj"'));
    const e = fails(dir);
    expect(e.file).toMatch(/story\.json$/);
    expect(e.line).toBe(6);
    expect(e.message).toMatch(/not valid JSON/);
  });

  test('schema-invalid story.json names the field and its line', () => {
    const dir = copySeeds();
    edit(dir, (s) => s.replace('"broke": "2018-08-06"', '"broke": "August 6"'));
    const e = fails(dir);
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/broke: "August 6" is not a date/);
  });

  test('a date that does not exist, or a time without its offset', () => {
    const cases: [string, RegExp][] = [
      [
        '"2018-02-31"',
        /outlets\[1\]\.firstReport: "2018-02-31" is not a date: there is no day 31 in February 2018/,
      ],
      [
        '"2018-08-07T09:00"',
        /outlets\[1\]\.firstReport: "2018-08-07T09:00" is not a date: a time needs its offset/,
      ],
    ];
    for (const [date, message] of cases) {
      const dir = copySeeds();
      edit(dir, (s) => s.replace('"firstReport": "2018-08-07"', `"firstReport": ${date}`));
      const e = fails(dir);
      expect(e.message).toMatch(message);
      expect(e.line).toBe(lineOf(dir, date));
    }
  });

  test('a byline that is no name stops the build at its line: the story page shows it beside its article', () => {
    for (const byline of ['5', '""', '["Melissa Porter"]']) {
      const dir = copySeeds();
      edit(dir, (s) => s.replace('"byline": "Melissa Porter"', `"byline": ${byline}`));
      const e = fails(dir);
      expect(e.message).toMatch(/seeds\.000_88890d5d2ec139ad\.txt\.byline: must be a non-empty string/);
      expect(e.line).toBe(lineOf(dir, `"byline": ${byline}`));
    }
  });

  test('a statement quote that is in no seed', () => {
    const dir = copySeeds();
    edit(dir, (s) =>
      s.replace('we partner with banks and credit card companies', 'we partner with every bank on earth'),
    );
    const e = fails(dir);
    expect(e.message).toMatch(/statements\[1\]\.quote is not in any seed/);
    expect(e.line).toBe(lineOf(dir, 'every bank on earth'));
  });

  test("a party's descriptions that are not a list of strings", () => {
    const dir = copySeeds();
    edit(dir, (s) =>
      s.replace('"aliases": ["Wells Fargo"]', '"aliases": ["Wells Fargo"], "descriptions": "the lender"'),
    );
    const e = fails(dir);
    expect(e.message).toMatch(/parties\[2\]\.descriptions.*must be a non-empty list of strings/);
    expect(e.line).toBe(lineOf(dir, '"the lender"'));
  });

  test("a party's description that two parties share, that names another voice, or a misspelt key", () => {
    const cases: [string, string, RegExp][] = [
      [
        '"descriptions": ["the bank"]',
        '"Wells Fargo"',
        /parties\[2\]\.descriptions\[0\].*describes two parties/,
      ],
      [
        '"descriptions": ["the company"]',
        '"Wells Fargo"',
        /parties\[2\]\.descriptions\[0\].*alias of the subject/,
      ],
      ['"description": ["the lender"]', '"Wells Fargo"', /parties\[2\]\.description: unknown key/],
    ];
    for (const [added, line, message] of cases) {
      const dir = copySeeds();
      edit(dir, (s) =>
        s
          .replace(
            '"aliases": ["Citigroup", "Citibank", "Citi"]',
            '"aliases": ["Citigroup", "Citibank", "Citi"], "descriptions": ["the bank"]',
          )
          .replace('"aliases": ["Wells Fargo"]', `"aliases": ["Wells Fargo"], ${added}`),
      );
      const e = fails(dir);
      expect(e.message).toMatch(message);
      expect(e.line).toBe(lineOf(dir, line));
    }
  });

  test('a misspelt key in any record names the key, its line and the keys the record has', () => {
    // Each misspelling would otherwise be read as an absent field: an outlet's date lost moves
    // claims to another first reporter.
    const cases: [string, string, RegExp][] = [
      [
        '"firstReport": "2018-08-06T20:00-04:00"',
        '"firstreport": "2018-08-06T20:00-04:00"',
        /outlets\[0\]\.firstreport: unknown key "firstreport": an outlet has id, name, aliases, firstReport/,
      ],
      ['"brokeBy": "wsj"', '"brokeby": "wsj"', /brokeby: unknown key "brokeby": the story has id,/],
      ['"statements": [', '"statement": [', /statement: unknown key/],
      [
        '"name": "Facebook"',
        '"nmae": "Facebook"',
        /subject\.nmae: unknown key "nmae": the subject has name, aliases/,
      ],
      [
        '"byline": "Melissa Porter"',
        '"author": "Melissa Porter"',
        /seeds\.000_88890d5d2ec139ad\.txt\.author: unknown key/,
      ],
      [
        '"primary": true',
        '"primray": true',
        /statements\[0\]\.primray: unknown key "primray": a statement has quote, date, to, primary/,
      ],
    ];
    for (const [from, to, message] of cases) {
      const dir = copySeeds();
      edit(dir, (s) => s.replace(from, to));
      const e = fails(dir);
      expect(e.file).toMatch(/story\.json$/);
      expect(e.message).toMatch(message);
      expect(e.line).toBe(lineOf(dir, to));
    }
  });

  test('a seeds entry that names no seed file in the folder', () => {
    const dir = copySeeds();
    edit(dir, (s) => s.replace('"000_88890d5d2ec139ad.txt"', '"000_88890d5d2ec139ad.text"'));
    const e = fails(dir);
    expect(e.message).toMatch(
      /seeds\.000_88890d5d2ec139ad\.text: "000_88890d5d2ec139ad\.text" is not a seed file/,
    );
    expect(e.line).toBe(lineOf(dir, '.text"'));
  });

  test('a seed file with no entry in seeds', () => {
    const dir = copySeeds();
    edit(dir, (s) => s.replace(/\n *"003_ca23866fceaee3e2\.txt": \{[^}]*\},/, ''));
    const e = fails(dir);
    expect(e.message).toMatch(/seeds: seed file "003_ca23866fceaee3e2\.txt" has no entry/);
    expect(e.line).toBe(lineOf(dir, '"seeds": {'));
  });

  test('a seed entry, an outlet or a statement without its date key: null says unknown, a key left out stops the build', () => {
    const cases: [(s: string) => string, RegExp, string][] = [
      [
        (s) =>
          s.replace(
            '"004_413432ba44839a80.txt": { "byline": null, "date": null }',
            '"004_413432ba44839a80.txt": {}',
          ),
        /seeds\.004_413432ba44839a80\.txt: has no "date": add "date": null where it is unknown/,
        '"004_413432ba44839a80.txt": {}',
      ],
      [
        (s) => s.replace('"aliases": ["Reuters"], "firstReport": "2018-08-07"', '"aliases": ["Reuters"]'),
        /outlets\[2\]: has no "firstReport": add "firstReport": null where it is unknown/,
        '"id": "reuters"',
      ],
      [
        (s) => s.replace('safe and secure.", "date": "2018-08-06",', 'safe and secure.",'),
        /statements\[4\]: has no "date": add "date": null where it is unknown/,
        'safe and secure.",',
      ],
    ];
    for (const [change, message, line] of cases) {
      const dir = copySeeds();
      edit(dir, change);
      const e = fails(dir);
      expect(e.message).toMatch(message);
      expect(e.line).toBe(lineOf(dir, line));
    }
  });

  test('a story.json without "seeds" names the top level\'s line', () => {
    const dir = copySeeds();
    edit(dir, (s) => s.replace(/ *"seeds": \{[\s\S]*?\n {2}\},\n/, ''));
    const e = fails(dir);
    expect(e.message).toMatch(/seeds: seed file "000_88890d5d2ec139ad\.txt" has no entry/);
    expect(e.line).toBe(1);
  });

  test('a story id longer than a page may name in its match request, and the longest it may', () => {
    const dir = copySeeds();
    const line = lineOf(dir, '"id": "facebook-bank-data-2018"');
    const withId = (id: string) => edit(dir, (s) => s.replace(/"id": "[a-z0-9-]*"/, `"id": "${id}"`));
    withId('a'.repeat(MAX_STORY_ID_CHARS + 1));
    const e = fails(dir);
    expect(e.file).toMatch(/story\.json$/);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(/id: is 129 characters long: a story id may have at most 128/);
    // The longest id the build takes is one the background takes from a page.
    const longest = 'a'.repeat(MAX_STORY_ID_CHARS);
    withId(longest);
    expect(buildIndex([dir]).stories.map((s) => s.id)).toEqual([longest]);
    expect(CONTENT_SHAPES.match.ids([longest])).toBe(true);
    expect(CONTENT_SHAPES.match.ids([`${longest}a`])).toBe(false);
  });

  test('an alias that resolves to two outlets', () => {
    const dir = copySeeds();
    edit(dir, (s) => s.replace('"aliases": ["Reuters"]', '"aliases": ["Reuters", "WSJ"]'));
    expect(fails(dir).message).toMatch(/alias "WSJ" resolves to two outlets \("wsj" and "reuters"\)/);
  });
});
