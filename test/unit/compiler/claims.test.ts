// The claim index on small hand-written seed sets: one claim per fact, worded from its own seed
// text, with ids that a new seed leaves alone. The story is made up for these tests.

import { describe, expect, test } from 'vitest';
import { claimId } from '../../../src/compiler/claim-id.ts';
import { compileIndex } from '../../../src/compiler/compile.ts';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import type { StoryFile } from '../../../src/compiler/story-file.ts';
import type { Claim, ClaimIndex, Story } from '../../../src/model/types.ts';
import { GLOBEX } from '../globex.ts';
import { lostIds } from '../helpers.ts';

const STORY = GLOBEX;

const compileWhole = (seeds: Record<string, string>, story: Partial<StoryFile> = {}): ClaimIndex =>
  compileIndex([
    {
      dir: '/tmp/globex',
      story: { ...STORY, ...story },
      seeds: Object.entries(seeds).map(([name, text]) => ({ name, text })),
    },
  ]);
const compile = (seeds: Record<string, string>, story: Partial<StoryFile> = {}): Story => {
  const s = compileWhole(seeds, story).stories[0];
  if (s === undefined) throw new Error('no story compiled');
  return s;
};
const carrying = (story: Story, fragment: string): Claim[] =>
  story.claims.filter((c) => c.appearances.some((a) => a.quote.includes(fragment)));
const only = (story: Story, fragment: string): Claim => {
  const found = carrying(story, fragment);
  expect(found).toHaveLength(1);
  return found[0] as Claim;
};

const REQUEST = {
  '001_ledger.txt':
    'Globex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported.\n',
  '002_wire.txt':
    'Globex asked major hospitals to share patient records for a new health app, according to the Ledger.\n',
  '003_blog.txt':
    'The tech company has asked large hospitals to share their patient records for its health app.\n',
};

describe('one claim per fact', () => {
  test('one fact in three wordings across three seeds is one claim, first reported by the outlet credited', () => {
    const story = compile(REQUEST);
    const claim = only(story, 'Globex has asked large hospitals');
    expect(new Set(claim.appearances.map((a) => a.seed))).toEqual(new Set(Object.keys(REQUEST)));
    expect(story.claims).toHaveLength(1);
    expect(claim.kind).toBe('report');
    expect(claim.firstReport).toMatchObject({ outlet: 'ledger', basis: 'attribution' });
  });

  test('a report and its denial are two claims, and the denial answers the report', () => {
    const story = compile({
      ...REQUEST,
      '004_denial.txt':
        'Globex denied that it had asked hospitals to share patient records for its health app.\n',
    });
    const report = only(story, 'Globex has asked large hospitals');
    const denial = only(story, 'Globex denied');
    expect(denial.id).not.toBe(report.id);
    expect(denial.kind).toBe('statement');
    expect(report.answeredBy).toEqual([denial.id]);
  });

  test('a wording the term overlap leaves apart joins its claim where the matcher finds the claim in it', () => {
    // The third seed's sentence is mostly about something else; its last clause is the request.
    const story = compile({
      '001_ledger.txt':
        'Globex wants patient records\n\nGlobex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported. Mercy Hospital acknowledged holding talks with Globex. Lakeside Clinic declined to comment.\n',
      '002_wire.txt':
        'Hospitals asked for records\n\nGlobex asked major hospitals to share patient records for a new health app, according to the Ledger. Mercy Hospital said it pulled out of the talks last week.\n',
      '003_blog.txt':
        'Globex and your health\n\nGlobex, maker of a fitness tracker worn by millions of runners across Europe and Asia and of a popular sleep app for night-shift nurses, has asked hospitals to share patient records.\n',
    });
    const request = only(story, 'Globex has asked large hospitals');
    expect(request.appearances.map((a) => a.quote)).toContain(
      'Globex, maker of a fitness tracker worn by millions of runners across Europe and Asia and of a popular sleep app for night-shift nurses, has asked hospitals to share patient records.',
    );
    expect(new Set(request.appearances.map((a) => a.seed))).toEqual(
      new Set(['001_ledger.txt', '002_wire.txt', '003_blog.txt']),
    );
  });

  test('holding talks, pulling out of them and declining to comment are three facts; two wordings of the talks are one', () => {
    const story = compile({
      '001_ledger.txt':
        'Globex wants patient records\n\nGlobex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported. Mercy Hospital acknowledged holding talks with Globex but declined to comment on sharing patient records.\n',
      '002_wire.txt':
        'Hospitals asked for records\n\nGlobex asked major hospitals to share patient records for a new health app, according to the Ledger. At least one large hospital pulled out of the talks, City Wire reported.\n',
      '003_blog.txt':
        'Globex and your health\n\nMercy Hospital told City Wire it was in talks with Globex. Lakeside Clinic declined to comment.\n',
    });
    const talks = only(story, 'acknowledged holding talks');
    expect(talks.appearances.map((a) => a.seed)).toEqual(['001_ledger.txt', '003_blog.txt']);
    const pulledOut = only(story, 'pulled out of the talks');
    const declined = only(story, 'declined to comment on sharing');
    expect(new Set([talks.id, pulledOut.id, declined.id]).size).toBe(3);
    expect(only(story, 'Lakeside Clinic declined').id).not.toBe(declined.id);
  });

  test("a bank's own words are not an outlet's report of the same talks", () => {
    const story = compile({
      '001_ledger.txt':
        'Globex wants patient records\n\nGlobex is in talks with Mercy Hospital and Lakeside Clinic about patient records, The Daily Ledger reported. Mercy Hospital acknowledged holding talks with Globex.\n',
    });
    const report = only(story, 'Globex is in talks with');
    const response = only(story, 'Mercy Hospital acknowledged');
    expect(report.id).not.toBe(response.id);
    expect([report.kind, response.kind]).toEqual(['report', 'response']);
  });

  test("two parties' words are two facts, however alike", () => {
    const story = compile({
      '001_ledger.txt':
        'Globex wants patient records\n\nMercy Hospital acknowledged holding talks with Globex about patient records.\n',
      '002_wire.txt':
        'Hospitals asked for records\n\nLakeside Clinic confirmed it had held talks with Globex about patient records.\n' +
        'Mercy Hospital said it held talks with Globex about patient records.\n',
    });
    const mercy = only(story, 'Mercy Hospital acknowledged');
    expect(only(story, 'Lakeside Clinic confirmed')).toMatchObject({
      kind: 'response',
      speaker: 'Lakeside Clinic',
    });
    expect(only(story, 'Lakeside Clinic confirmed').id).not.toBe(mercy.id);
    // The same party's two wordings are one.
    expect(only(story, 'Mercy Hospital said it held talks').id).toBe(mercy.id);
  });

  test('a bank pulling out of the talks is not the talks, though the matcher finds the bank and the talks in it', () => {
    const story = compile({
      '001_ledger.txt':
        'Globex wants patient records\n\nGlobex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported. Mercy Hospital acknowledged holding talks with Globex.\n',
      '002_wire.txt':
        'Hospitals asked for records\n\nGlobex asked major hospitals to share patient records for a new health app, according to the Ledger. Mercy Hospital said on Friday it had pulled out of the talks, after its board raised grave concerns about the privacy of elderly patients, the security of billing systems and the cost of new staff training.\n',
    });
    expect(only(story, 'pulled out of the talks').id).not.toBe(only(story, 'acknowledged holding talks').id);
  });

  test('two facts in one sentence are two claims, each worded from its own clause with its actor', () => {
    const story = compile({
      '001_ledger.txt':
        'Mercy Hospital acknowledged holding talks with Globex but declined to comment on sharing patient records with the app.\n',
    });
    expect(story.claims.map((c) => c.text).sort()).toEqual([
      'Mercy Hospital acknowledged holding talks with Globex.',
      'Mercy Hospital declined to comment on sharing patient records with the app.',
    ]);
    expect(story.claims.every((c) => c.kind === 'response' && c.speaker === 'Mercy Hospital')).toBe(true);
  });

  const COUNTS = {
    '001_ledger.txt':
      'Globex and your health\n\nEarlier this year, regulators fined Globex after the medical records of as many as 2 million people ended up with an insurance broker.\n',
    '002_wire.txt':
      'Records copied\n\nDatamine Labs copied the records of up to 2 million Globex patients without their consent, City Wire reported.\n',
    '003_blog.txt':
      'Globex grows\n\nGlobex now counts 2 million members across Europe and Asia.\n' +
      'Globex denied that the records of 2 million patients were ever copied.\n',
  };

  test('the same count of the same thing is one fact, however differently the rest is worded', () => {
    const story = compile(COUNTS);
    const copied = only(story, 'Datamine Labs copied');
    expect(only(story, 'regulators fined Globex').id).toBe(copied.id);
    // The same figure with nothing else shared is another fact, and a denial never joins.
    expect(only(story, 'counts 2 million members').id).not.toBe(copied.id);
    expect(only(story, 'Globex denied').id).not.toBe(copied.id);
  });

  test('the same figure of another unit, moving the other way, or disputed, is another fact', () => {
    const story = compile({
      ...COUNTS,
      '004_money.txt':
        'Globex money\n\nGlobex paid a $2 million settlement to Lakeside Clinic over the records of its patients.\n' +
        'Globex paid 2 million dollars to Mercy Hospital for a study of its patients.\n' +
        'Globex has pulled in $4.2 billion in advertising revenue in Europe so far this year.\n' +
        'Globex has spent $4.2 billion on new data centres so far this decade.\n',
      '005_shares.txt':
        'Globex shares\n\nShares in Globex plummeted last week, wiping out some $30 billion.\n' +
        'Globex stock recovered in the autumn, regaining $30 billion in market value.\n' +
        'The broker said the figure of 2 million patients was wildly overstated.\n',
    });
    const copied = only(story, 'Datamine Labs copied');
    // "$2 million" is money, "2 million patients" people.
    expect(only(story, 'paid a $2 million settlement').id).not.toBe(copied.id);
    expect(only(story, 'paid 2 million dollars').id).not.toBe(copied.id);
    // "so far this year" and "so far this decade" say when, not what the sum is.
    expect(only(story, 'advertising revenue').id).not.toBe(only(story, 'data centres').id);
    // A fall of $30 billion is not a rise of it.
    expect(only(story, 'wiping out').id).not.toBe(only(story, 'regaining').id);
    // Calling the figure overstated disputes it.
    expect(only(story, 'wildly overstated').id).not.toBe(copied.id);
  });

  test('a count\'s noun is what it counts, past names, "of its" and adjectives', () => {
    const story = compile({
      '001_ledger.txt':
        'Globex and your health\n\nEarlier this year, regulators fined Globex after the medical records of as many as 2 million of its members ended up with an insurance broker.\n',
      '002_wire.txt':
        'Records copied\n\nDatamine Labs copied the records of up to 2 million active Globex patients without their consent, City Wire reported.\n',
      '003_blog.txt':
        'Globex visits\n\nInsurers paid Datamine Labs for the records of 2 million patient visits.\n',
    });
    const copied = only(story, 'Datamine Labs copied');
    // Members and patients are people, however the figure reaches them.
    expect(only(story, 'regulators fined Globex').id).toBe(copied.id);
    // Visits are not patients.
    expect(only(story, 'patient visits').id).not.toBe(copied.id);
  });

  test("a count's noun is the head of the figure's own noun phrase", () => {
    const story = compile({
      '001_ledger.txt':
        'Globex and your health\n\nEarlier this year, regulators fined Globex after the medical records of as many as 2 million of its members ended up with an insurance broker.\n',
      '002_wire.txt':
        'Records copied\n\nDatamine Labs copied the records of up to 2 million Globex social media users without their consent, City Wire reported.\n',
    });
    // "social media users" counts users, people as members are, not media.
    expect(only(story, 'social media users').id).toBe(only(story, 'regulators fined Globex').id);
  });

  test('one sum set in two places or two times is two facts, however many words they share', () => {
    const story = compile({
      '001_ledger.txt':
        'Globex money\n\nGlobex has pulled in $4.2 billion in advertising revenue in the USA and Canada so far in 2021.\n',
      '002_wire.txt':
        'Globex plans\n\nGlobex expects to pull in $4.2 billion in advertising revenue from Europe next year.\n' +
        'Globex has pulled in $4.2 billion in advertising revenue in Asia so far in 2021.\n' +
        'Globex has pulled in $4.2 billion in advertising revenue in the USA and Canada so far in 2022.\n' +
        'Globex has taken $4.2 billion in advertising revenue in the USA and Canada so far in 2021, City Wire reported.\n',
      '003_blog.txt':
        'Globex sums\n\nGlobex has pulled in $5.1 billion in advertising revenue in the USA and Canada so far in 2021.\n' +
        'Globex has made some $4 billion in advertising revenue in the USA and Canada so far in 2021.\n',
    });
    const usa = only(
      story,
      'has pulled in $4.2 billion in advertising revenue in the USA and Canada so far in 2021',
    );
    // Another region, another year, the year to come: other facts.
    expect(only(story, 'from Europe next year').id).not.toBe(usa.id);
    expect(only(story, 'in Asia').id).not.toBe(usa.id);
    expect(only(story, 'so far in 2022').id).not.toBe(usa.id);
    // Another sum is another fact, unless one is only rounded.
    expect(only(story, '$5.1 billion').id).not.toBe(usa.id);
    expect(only(story, 'some $4 billion').id).toBe(usa.id);
    // The same sum, place and time in other words is the same fact.
    expect(only(story, 'has taken $4.2 billion').id).toBe(usa.id);
  });

  // Whether the claims giving the two seeds' sums are one.
  const pair = (a: string, b: string): boolean => {
    const story = compile({ '001_a.txt': `Globex money\n\n${a}\n`, '002_b.txt': `Globex plans\n\n${b}\n` });
    const sum = (seed: string): Claim | undefined =>
      story.claims.find((c) => c.appearances.some((x) => x.seed === seed && /\d/.test(x.quote)));
    const [x, y] = [sum('001_a.txt'), sum('002_b.txt')];
    expect(x && y).toBeDefined();
    return x?.id === y?.id;
  };

  test('only the figure\'s own clause sets its sum: a month, another clause\'s year or "will", or a rounding is not another fact', () => {
    const lost = 'Globex shares lost $100 billion in market value';
    expect(
      pair(`${lost} last week.`, `Globex shares lost some $100 billion in market value on July 26.`),
    ).toBe(true);
    expect(pair(`${lost} last week.`, `${lost} after it warned that growth will slow.`)).toBe(true);
    expect(
      pair(`${lost} last week.`, 'Globex shares lost $100 billion after it warned growth will slow.'),
    ).toBe(true);
    expect(pair(`${lost} in July.`, `${lost} in New York trading.`)).toBe(true);
    expect(
      pair(
        'Datamine Labs, which worked for a 2016 campaign, copied the records of 2 million Globex patients.',
        'Datamine Labs copied the records of 2 million Globex patients, the 2021 inquiry found.',
      ),
    ).toBe(true);
    const thursday = (sum: string): string => `Globex shares lost ${sum} in market value on Thursday.`;
    expect(pair(thursday('$119 billion'), thursday('$119.1 billion'))).toBe(true);
    expect(pair(thursday('$119 billion'), thursday('$120 billion'))).toBe(true);
    // A round figure is not any figure: half of it is another sum.
    expect(pair(thursday('some $100 billion'), thursday('$50 billion'))).toBe(false);
  });

  test('an opening phrase sets the main clause, months and dates are times, and a figure in another clause is no other sum', () => {
    const paid = (year: string): string =>
      `In ${year}, Globex paid $5 million to settle the patient records case.`;
    expect(pair(paid('2020'), paid('2021'))).toBe(false);
    const lost = 'Globex shares lost $100 billion in market value';
    expect(pair(`${lost} in March.`, `${lost} in July.`)).toBe(false);
    expect(pair(`${lost} on March 3.`, `${lost} on March 9.`)).toBe(false);
    expect(pair(`${lost} in March.`, `${lost} on March 3.`)).toBe(true);
    const fled = 'Globex lost $119 billion in market value on Thursday as investors fled.';
    expect(pair(`Globex, which was fined $2 million last year, lost ${fled.slice(12)}`, fled)).toBe(true);
    expect(pair(`After 2 billion users signed up, ${fled}`, fled)).toBe(true);
    const rose = 'Globex revenue rose to $13.2 billion from';
    expect(pair(`${rose} $9.3 billion a year earlier.`, `${rose} $11.9 billion a quarter earlier.`)).toBe(
      false,
    );
  });

  test('a sentence or a headline with two counts joins no two facts, and renames no claim', () => {
    const seeds = {
      ...COUNTS,
      '004_shares.txt':
        'Globex shares\n\nShares in Globex plummeted last week, wiping out some $30 billion.\n',
    };
    const before = compile(seeds);
    for (const late of [
      'Globex news\n\nGlobex lost some $30 billion in value last week after the records of 2 million patients were copied.\n',
      "Globex's $30 billion fall and the copied records of 2 million patients\n\nGlobex is a health company.\n",
    ]) {
      const after = compile({ ...seeds, '005_late.txt': late });
      const ids = new Set(after.claims.map((c) => c.id));
      for (const c of before.claims) expect(ids.has(c.id)).toBe(true);
      expect(only(after, 'wiping out').id).not.toBe(only(after, 'Datamine Labs copied').id);
    }
  });

  test('the halves of "not just X, but also Y" are one claim, worded whole', () => {
    const story = compile({
      '001_ledger.txt':
        "Globex and your health\n\nAccording to the Ledger, Globex doesn't want to just be an app where you can track your runs, but also a place to book a doctor.\n",
    });
    const claim = only(story, 'track your runs');
    expect(claim.appearances.map((a) => a.quote)).toEqual([
      "According to the Ledger, Globex doesn't want to just be an app where you can track your runs",
      'also a place to book a doctor.',
    ]);
    expect(claim.text).toBe(
      "Globex doesn't want to just be an app where you can track your runs, but also a place to book a doctor.",
    );
  });
});

describe('statements and answers', () => {
  test("one speaker's denials of one act are one claim, worded apart; another act denied in the same words is another", () => {
    const story = compile({
      '001_ledger.txt':
        'Globex on records\n\n"We are not using these records beyond running the app — not for advertising or anything else," Globex explained in its statement.\n',
      '002_wire.txt':
        'Globex says no ads\n\nGlobex said it would not use the patient records for ad-targeting purposes or sell them to insurers, the Ledger said.\n' +
        '"We also do not have special relationships, partnerships or contracts with hospitals or clinics to use their patients\' billing data for ads," Globex said.\n',
    });
    const ads = only(story, 'would not use the patient records');
    expect(only(story, 'We are not using these records').id).toBe(ads.id);
    expect(only(story, 'special relationships').id).not.toBe(ads.id);
  });

  test('one verb denied for two purposes is two promises', () => {
    const story = compile({
      '001_a.txt':
        'Globex on records\n\n"We are not using these patient records for advertising, marketing campaigns or anything else beyond running the app," Globex explained.\n',
      '002_b.txt':
        'Globex on prices\n\nGlobex said it would not use the patient records to set insurance premiums or decide which hospitals get discounts.\n',
    });
    expect(only(story, 'for advertising, marketing campaigns').id).not.toBe(
      only(story, 'to set insurance premiums').id,
    );
  });

  test('one verb denied for two purposes or to two recipients is two facts, however few other words they have', () => {
    const story = compile({
      '001_a.txt':
        'Globex on records\n\n"We do not use patient records for advertising," Globex said in a statement.\n' +
        '"We will never share patient records with insurers," Globex said in a statement.\n',
      '002_b.txt':
        'Globex on prices\n\nGlobex said it does not use patient records to set insurance premiums for its customers.\n' +
        'Globex said it would never share patient records with advertisers or data brokers.\n',
    });
    expect(only(story, 'for advertising,"').id).not.toBe(only(story, 'to set insurance premiums').id);
    expect(only(story, 'with insurers').id).not.toBe(only(story, 'with advertisers').id);
  });

  test('one promise worded with other purpose words is one claim; one act promised to two named recipients is two', () => {
    const records = 'Globex on records\n\nGlobex said it would not use the patient records from hospitals';
    const ads = compile({
      '001_a.txt': `${records} for ads.\n`,
      '002_b.txt': `${records} for promotional purposes.\n`,
    });
    expect(only(ads, 'for ads').id).toBe(only(ads, 'for promotional purposes').id);
    const app = compile({
      '001_a.txt': `${records} for advertising.\n`,
      '002_b.txt': `${records} for anything other than running the health app.\n`,
    });
    expect(only(app, 'for advertising').id).toBe(only(app, 'for anything other').id);
    const shared =
      'Globex on records\n\nGlobex said it will never share the patient records it gets from hospitals with';
    const named = compile({
      '001_a.txt': `${shared} Mercy Hospital.\n`,
      '002_b.txt': `${shared} Lakeside Clinic.\n`,
    });
    expect(only(named, 'with Mercy Hospital').id).not.toBe(only(named, 'with Lakeside Clinic').id);
  });

  test('what a sentence answers ("in response to the Ledger\'s story") is no part of what the matcher looks for', () => {
    const index = compileWhole({
      ...REQUEST,
      '004_blog.txt':
        "Globex and your health\n\nWhile Globex insisted in response to the Ledger's story that it doesn't want to use any of these records for advertising or sell them to insurers, many pointed out that there is no reason to trust it.\n",
    });
    const story = index.stories[0] as Story;
    const weight = idfWeights(index);
    const insisted = only(story, 'While Globex insisted');
    // A paragraph disputing the story says nothing of advertising or insurers.
    const found = matchParagraphs(
      prepare(story, weight),
      ["Globex insisted the Ledger's story was wrong and that it does not want hospitals' records."],
      weight,
    );
    expect(found.map((m) => m.claimId)).not.toContain(insisted.id);
  });

  test('a wire\'s exchange codes ("Mercy Hospital (MRC.N)") are no part of what the matcher looks for', () => {
    const index = compileWhole({
      ...REQUEST,
      '004_wire.txt':
        "The tech company said patients of chains such as Mercy Hospital (MRC.N), Lakeside Clinic (LKS.O) and Riverside Health (RVH.N) could link their records with Globex's app and chat with a nurse.\n",
    });
    const story = index.stories[0] as Story;
    const chains = only(story, 'Mercy Hospital (MRC.N)');
    const terms = chains.match.flatMap((m) => m.terms);
    expect(terms).toContain('patient');
    for (const code of ['mrcn', 'lkso', 'rvhn']) expect(terms).not.toContain(code);
    // The wording shown drops them too, so what is shown is what is matched.
    expect(chains.text).not.toMatch(/MRC\.N|LKS\.O/);
    // A page naming the chains without their codes, as most outlets rewriting the wire do, meets it.
    const weight = idfWeights(index);
    const found = matchParagraphs(
      prepare(story, weight),
      [
        'Mercy Hospital and Riverside Health patients could already hook their accounts up to the app.',
        'Some chains, Mercy Hospital among them, already let patients connect their accounts to the app.',
      ],
      weight,
    );
    expect(found.filter((m) => m.claimId === chains.id).map((m) => m.paragraph)).toEqual([0, 1]);
  });

  const QUOTE =
    'We are not asking hospitals for patient records and we never will, whatever the Ledger says about our health app';
  /** The request's three seeds, a fourth quoting Globex's statement whole, and `more`. */
  const withStatement = (more: Record<string, string>): Story =>
    compile(
      { ...REQUEST, '004_statement.txt': `"${QUOTE}," Globex said in a statement.\n`, ...more },
      { statements: [{ quote: QUOTE, date: '2021-03-01', to: 'wire', primary: true, line: 1 }] },
    );

  test('a statement quoted whole by one seed and in part by another is one claim, said as its record says, reported when its outlet first reported', () => {
    const story = withStatement({
      '005_partial.txt':
        'A Globex spokesperson insisted that it is "not asking hospitals for patient records and never will".\n',
    });
    const claim = only(story, 'We are not asking hospitals');
    expect(claim.appearances.map((a) => a.seed)).toContain('005_partial.txt');
    expect(claim.kind).toBe('statement');
    // Given to City Wire on 1 March; City Wire's first report of the story is 2 March, so that is
    // when it was first reported: the index does not date an outlet's report before its first.
    expect(claim.firstReport).toMatchObject({
      outlet: 'wire',
      date: '2021-03-02',
      basis: 'statement-record',
    });
    expect(claim.said).toEqual({ by: 'Globex', to: 'wire', date: '2021-03-01' });
    expect(story.statements[0]?.claimId).toBe(claim.id);
    // A record dated after its outlet's first report is first reported on its own date.
    const later = compile(
      { ...REQUEST, '004_statement.txt': `"${QUOTE}," Globex said in a statement.\n` },
      { statements: [{ quote: QUOTE, date: '2021-03-05', to: 'wire', primary: true, line: 1 }] },
    );
    expect(only(later, 'We are not asking hospitals').firstReport.date).toBe('2021-03-05');
  });

  test('a denial answers only the reports of what the subject did', () => {
    const story = withStatement({
      '005_other.txt':
        'Initech has also sought patient records from large hospitals for an app of its own, the Ledger reported.\n',
    });
    const denial = only(story, 'We are not asking hospitals');
    expect(only(story, 'Globex has asked large hospitals').answeredBy).toEqual([denial.id]);
    expect(only(story, 'Initech has also sought').answeredBy).toEqual([]);
  });

  test('where story.json records statements, a denial it does not record answers no report', () => {
    const story = withStatement({
      '005_reassure.txt':
        'Globex told City Wire that it would never sell the data that large hospitals share with it to insurers.\n',
    });
    const reassurance = only(story, 'it would never sell the data');
    expect(reassurance.kind).toBe('statement');
    const denial = only(story, 'We are not asking hospitals');
    expect(only(story, 'Globex has asked large hospitals').answeredBy).toEqual([denial.id]);
  });
});

describe('kinds', () => {
  test('commentary about the subject, and what it said before the story, are context, not its statements', () => {
    const story = compile({
      '001_blog.txt':
        'While Globex insisted that it does not want patient records for advertising, critics pointed out that there is no reason to trust its privacy promises after an earlier leak.\n' +
        'Globex acknowledged last month that it was facing inquiries from two regulators over that earlier data leak.\n',
    });
    expect(only(story, 'While Globex insisted').kind).toBe('statement');
    expect(only(story, 'critics pointed out').kind).toBe('context');
    expect(only(story, 'acknowledged last month').kind).toBe('context');
  });
});

describe('whose words a sentence gives', () => {
  test('what the subject told a party it deals with is reported, what it told the press is its statement', () => {
    const story = compile({
      '001_blog.txt':
        'Globex has told hospitals that the extra patient records could power services that keep members in its app longer.\n' +
        'Globex told the Ledger that it is not asking hospitals for patient records to sell advertising.\n' +
        'Globex told reporters that members choose whether to link their records with its app.\n',
    });
    expect(only(story, 'told hospitals').kind).toBe('report');
    expect(only(story, 'told the Ledger').kind).toBe('statement');
    expect(only(story, 'told reporters').kind).toBe('statement');
  });

  test('a clause after "but" with a speaker of its own is a claim of its own, in its own voice', () => {
    const story = compile({
      '001_blog.txt':
        'Globex said it would not simply hand over patient records to insurers, but hospitals said the records would stay with them.\n' +
        'Globex asked hospitals for patient records on members, but Mercy Hospital said it would not take part in the scheme.\n',
    });
    const promise = only(story, 'would not simply hand over');
    const hospitals = only(story, 'hospitals said the records');
    expect(hospitals.id).not.toBe(promise.id);
    expect([promise.kind, promise.speaker]).toEqual(['statement', 'Globex']);
    // "hospitals" names no one: the words are nobody's statement.
    expect([hospitals.kind, hospitals.speaker]).toEqual(['context', null]);
    // Its subject is its own: the wording does not lend it the sentence's first name.
    const alone = compile({
      '001_blog.txt':
        'Globex said it would not simply hand over patient records to insurers, but hospitals said the records would stay with them.\n',
    });
    expect(only(alone, 'hospitals said the records').text).toBe(
      'Hospitals said the records would stay with them.',
    );
    // Mercy Hospital's refusal does not make the request before it Mercy Hospital's words, nor
    // Globex's: no one speaks in it and no outlet is credited.
    expect(only(story, 'asked hospitals for patient records')).toMatchObject({
      kind: 'context',
      speaker: null,
    });
    expect(only(story, 'would not take part')).toMatchObject({ kind: 'response', speaker: 'Mercy Hospital' });
  });

  test('a speaker of its own after "; but", "; " or ", and" speaks for itself too', () => {
    for (const join of ['; but', ';', ', and']) {
      const story = compile({
        '001_blog.txt': `Globex asked Lakeside Clinic for patient billing codes${join} Mercy Hospital said it would not take part in the scheme.\n`,
      });
      expect(only(story, 'asked Lakeside Clinic')).toMatchObject({ kind: 'context', speaker: null });
      expect(only(story, 'would not take part')).toMatchObject({
        kind: 'response',
        speaker: 'Mercy Hospital',
      });
    }
  });

  test('"the hospital" after a named hospital is its voice, and is worded with its name', () => {
    const seed =
      'Mercy Hospital confirmed talks with Globex, but the hospital said it would not share patient records.\n' +
      'Globex asked Lakeside Clinic for patient billing codes, but the clinic said it would not hand over the billing codes.\n';
    const story = compile({ '001_blog.txt': seed });
    const refusal = only(story, 'would not share patient records');
    expect(refusal).toMatchObject({
      kind: 'response',
      speaker: 'Mercy Hospital',
      text: 'Mercy Hospital would not share patient records.',
    });
    // The name comes from where the sentence gives it; the words from what the hospital said.
    expect(refusal.textSource.map((s) => seed.slice(s.start, s.end))).toEqual([
      'Mercy Hospital',
      'it would not share patient records.',
    ]);
    expect(only(story, 'would not hand over the billing codes')).toMatchObject({
      kind: 'response',
      speaker: 'Lakeside Clinic',
    });
    expect(only(story, 'asked Lakeside Clinic')).toMatchObject({ kind: 'context', speaker: null });
  });

  test('"the insurer" is the party story.json says it may describe; a description it gives no party is no one\'s', () => {
    const parties = [
      ...STORY.parties,
      { name: 'Northwind', aliases: ['Northwind', 'Northwind Health'], descriptions: ['the insurer'] },
    ];
    const story = compile(
      {
        '001_blog.txt':
          'Globex asked Northwind for patient billing codes, but the insurer said it would not hand over the billing codes.\n' +
          'Globex asked Mercy Hospital for patient scans, but the regulator said the request broke the law.\n' +
          'Globex asked Mercy Hospital for patient addresses, but the clinic said it would not take part in the scheme.\n',
      },
      { parties },
    );
    expect(only(story, 'would not hand over the billing codes')).toMatchObject({
      kind: 'response',
      speaker: 'Northwind',
      text: 'Northwind would not hand over the billing codes.',
    });
    // A regulator may be anyone outside the story: not Mercy Hospital's words.
    expect(only(story, 'broke the law')).toMatchObject({ speaker: null });
    // "the clinic" may be Lakeside Clinic, not named here, rather than Mercy Hospital.
    expect(only(story, 'would not take part')).toMatchObject({ kind: 'context', speaker: null });
  });

  test("the subject's own description after a named party is the subject's voice, not the party's", () => {
    const story = compile({
      '001_blog.txt':
        'Globex asked Mercy Hospital for patient records, but the tech company said it would not use them for ads.\n',
    });
    expect(only(story, 'would not use them for ads')).toMatchObject({ kind: 'statement', speaker: 'Globex' });
  });

  test('a quotation cut at its "but" is still its speaker\'s, whoever it names inside', () => {
    const story = compile({
      ...REQUEST,
      '004_quote.txt':
        'Globex on records\n\n"We asked hospitals for patient records, but we never said we would sell them," Globex said.\n' +
        'Mercy Hospital said: "We have talked with Globex about patient records, but we told them we will not share billing codes."\n' +
        '"We are not selling patient records to insurers, but hospitals told us they want to offer chat," a Globex spokesperson said.\n',
    });
    const quoted = only(story, '"We asked hospitals for patient records');
    expect(quoted).toMatchObject({ kind: 'statement', speaker: 'Globex' });
    // Worded with its speaker, its own opening quote mark replaced, not doubled.
    expect(quoted.text).toBe('Globex: "We asked hospitals for patient records".');
    // Its words are not the Ledger's report of the request.
    expect(quoted.id).not.toBe(only(story, 'Globex has asked large hospitals').id);
    // "told us" inside the quotation is not Globex telling a party in private.
    expect(only(story, 'hospitals told us')).toMatchObject({ kind: 'statement', speaker: 'Globex' });
    expect(only(story, 'we told them we will not share')).toMatchObject({
      kind: 'response',
      speaker: 'Mercy Hospital',
    });
  });

  test('a leading "While …," clause is read without the main clause after it', () => {
    const story = compile({
      '001_blog.txt':
        'While hospitals said they were wary of the scheme, Globex insisted it wants patient records only for chat.\n',
    });
    // "hospitals" names no one, and Globex's "insisted" comes after the clause.
    expect(only(story, 'hospitals said they were wary')).toMatchObject({ kind: 'context', speaker: null });
    expect(only(story, 'Globex insisted')).toMatchObject({ kind: 'statement', speaker: 'Globex' });
    // Cut from its main clause, it is worded without its "While".
    expect(only(story, 'hospitals said they were wary').text).toBe(
      'Hospitals said they were wary of the scheme.',
    );
  });

  test('a sentence opening on "Though" with no comma keeps it: only a clause cut from its main clause loses it', () => {
    const story = compile({
      '001_blog.txt':
        'Though Globex has denied asking hospitals for patient records it asked Lakeside Clinic for lab results.\n',
    });
    expect(only(story, 'Lakeside Clinic for lab results').text).toMatch(/^Though Globex has denied/);
  });

  test('"Though" or "While" is dropped only at its clause\'s real end, and never makes commentary the subject\'s statement', () => {
    const story = compile({
      '001_blog.txt':
        'Though Globex denied asking hospitals for patient records it asked Lakeside Clinic, a private hospital, for lab results.\n' +
        'But while Globex insisted that it does not want to use patient records for ads, many pointed out that there is no reason to trust the tech company.\n' +
        'Although Globex says the app is completely opt-in, patients were never asked for consent, the Ledger reported.\n',
    });
    // An appositive's comma is no end of the "Though" clause: the sentence stays whole.
    expect(only(story, 'a private hospital').text).toMatch(/^Though Globex denied .* for lab results\.$/);
    expect(only(story, 'no reason to trust')).toMatchObject({ kind: 'context', speaker: null });
    expect(only(story, 'Globex insisted')).toMatchObject({ kind: 'statement', speaker: 'Globex' });
    expect(only(story, 'never asked for consent')).toMatchObject({ kind: 'report' });
    // Cut from its main clause, it is Globex's statement, worded without "Although" and "Globex says".
    expect(only(story, 'completely opt-in')).toMatchObject({
      kind: 'statement',
      speaker: 'Globex',
      text: 'The app is completely opt-in.',
    });
  });

  test('the report only named ("since the report was published") credits no outlet', () => {
    const story = compile({
      '001_blog.txt':
        'Since the report was published, Globex has been criticized for the rumoured hospital partnerships.\n' +
        'Globex has asked hospitals for patient records on members, according to the report.\n',
    });
    expect(only(story, 'Since the report').firstReport.outlet).toBeNull();
    expect(only(story, 'for patient records on members').firstReport.outlet).toBe('ledger');
  });
});

describe('a claim is worded from the seed text, short and neutral', () => {
  test('a lead-in connective, an attribution and a ticker are stripped', () => {
    const story = compile({
      '001_ledger.txt':
        'However, Globex Corp (GBX.O) has asked hospitals to share patient records for its health app, the Ledger said.\n',
      '002_wire.txt':
        'According to City Wire, Lakeside Clinic refused to share any patient records with outside firms.\n',
    });
    expect(story.claims.map((c) => c.text).sort()).toEqual([
      'Globex has asked hospitals to share patient records for its health app.',
      'Lakeside Clinic refused to share any patient records with outside firms.',
    ]);
  });

  test('a perspective is an attribution, and a wording ending on a quotation ends on a full stop', () => {
    const story = compile({
      '001_blog.txt':
        "Globex and your health\n\nFrom Globex's perspective, the tech company believes that more patient records mean better bookings. " +
        'Globex has asked hospitals "to discuss new services it could offer their patients in its app"\n',
    });
    expect(only(story, 'better bookings').text).toBe(
      'Globex believes that more patient records mean better bookings.',
    );
    expect(only(story, 'to discuss new services').text).toBe(
      'Globex has asked hospitals "to discuss new services it could offer their patients in its app".',
    );
  });

  test('a reporting frame ("word is", "rumour has it", "the news is that") keeps its words: it says the fact is unconfirmed, and the card must not drop that', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nRumour has it that Lakeside Clinic will open a second wing in the spring. ' +
        'Word is Mercy Hospital fined two nurses for reading patient files. ' +
        'The news is that Globex had hired a privacy chief.\n',
    });
    expect(only(story, 'second wing').text).toBe(
      'Rumour has it that Lakeside Clinic will open a second wing in the spring.',
    );
    expect(only(story, 'fined two nurses').text).toBe(
      'Word is Mercy Hospital fined two nurses for reading patient files.',
    );
    expect(only(story, 'privacy chief').text).toBe('The news is that Globex had hired a privacy chief.');
  });

  test('a frame that is the subject, or a passive "word was received", keeps its words: the news is not the fact, nor its date the fact\'s (review S16a, 3)', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nBut word Globex is courting hospitals for patient records comes amid concerns it has not guarded private data.\n\n' +
        'Word was received from Mercy Hospital that the talks had ended.\n\n' +
        'Word is expected from Lakeside Clinic by Friday on the new wing.\n\n' +
        'The news that Globex might sell the app came as no surprise.\n\n' +
        'Rumours that Lakeside Clinic was sold came after the deal.\n',
    });
    expect(only(story, 'courting hospitals').text).toBe(
      'Word Globex is courting hospitals for patient records comes amid concerns it has not guarded private data.',
    );
    expect(only(story, 'talks had ended').text).toMatch(/^Word was received from Mercy Hospital/);
    expect(only(story, 'by Friday').text).toMatch(/^Word is expected from Lakeside Clinic/);
    expect(only(story, 'sell the app').text).toBe(
      'The news that Globex might sell the app came as no surprise.',
    );
    expect(only(story, 'was sold').text).toBe('Rumours that Lakeside Clinic was sold came after the deal.');
  });

  test('news that is itself the subject keeps its words ("News of …", "The news was welcomed …")', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nNews of the hospital partnership came as a surprise to Lakeside Clinic staff. ' +
        'The news was welcomed by patients of Mercy Hospital across the state.\n',
    });
    expect(only(story, 'came as a surprise').text).toBe(
      'News of the hospital partnership came as a surprise to Lakeside Clinic staff.',
    );
    expect(only(story, 'was welcomed').text).toBe(
      'The news was welcomed by patients of Mercy Hospital across the state.',
    );
  });

  test('a leading time, a phrase or a clause, is not worded; the quote keeps it', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nEarlier this year, Lakeside Clinic fined two nurses for reading patient records. ' +
        'When news of the partnership became public, Globex shares rose by about 4% through midday. ' +
        'Currently, members can book a doctor through the Globex app.\n',
    });
    expect(only(story, 'fined two nurses').text).toBe(
      'Lakeside Clinic fined two nurses for reading patient records.',
    );
    expect(only(story, 'shares rose').text).toBe('Globex shares rose by about 4% through midday.');
    expect(only(story, 'shares rose').appearances[0]?.quote).toMatch(
      /^When news of the partnership became public,/,
    );
    expect(only(story, 'book a doctor').text).toBe('Members can book a doctor through the Globex app.');
  });

  test("a time told from the article's day inside the clause is not worded; the quote keeps it", () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nShares in Globex plummeted last week, wiping out some $2 billion. ' +
        'Lakeside Clinic fined two nurses on Monday for reading patient records. ' +
        "This week's filing shows Globex asked hospitals for patient records.\n",
    });
    expect(only(story, 'plummeted').text).toBe('Shares in Globex plummeted, wiping out some $2 billion.');
    expect(only(story, 'plummeted').appearances[0]?.quote).toMatch(/plummeted last week,/);
    expect(only(story, 'fined two nurses').text).toBe(
      'Lakeside Clinic fined two nurses for reading patient records.',
    );
    // A time that is part of a name ("this week's filing") is not a time the clause is set in.
    expect(only(story, 'filing shows').text).toMatch(/^This week's filing shows/);
  });

  test('a name written with a lower-case first letter keeps it when the wording opens on it', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nCurrently, iPhone owners can book a doctor through the Globex app in minutes.\n',
    });
    expect(only(story, 'book a doctor').text).toBe(
      'iPhone owners can book a doctor through the Globex app in minutes.',
    );
  });

  test('a leading clause that names someone states a fact of its own and stays in the wording', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nAfter Mercy Hospital refused, Globex asked Lakeside Clinic for patient records.\n',
    });
    expect(only(story, 'asked Lakeside').text).toBe(
      'After Mercy Hospital refused, Globex asked Lakeside Clinic for patient records.',
    );
  });

  test("a relative clause that closes before its name's own predicate stays an aside in the wording", () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nThe request, which went out to dozens of hospitals across the state, is sure to draw criticism from patient groups.\n',
    });
    expect(only(story, 'is sure to draw').text).toBe(
      'The request, which went out to dozens of hospitals across the state, is sure to draw criticism from patient groups.',
    );
  });

  test("a relative clause between a sentence's opening name and its predicate, in any tense, stays an aside", () => {
    const story = compile({
      '001_blog.txt':
        'Globex money\n\nGlobex, which was fined $2 million last year, lost $119 billion in market value on Thursday as investors fled.\n',
    });
    expect(only(story, 'lost $119 billion').text).toBe(
      // The times go (the article's day dates nothing on a card); the aside stays.
      'Globex, which was fined $2 million, lost $119 billion in market value as investors fled.',
    );
  });

  test('a relative clause whose list goes on past a comma is the predicate the wording gives its name', () => {
    const story = compile({
      '001_blog.txt':
        'Globex and your health\n\nGlobex sent its request for patient records to the hospital network, which forwarded it to Lakeside Clinic, nurses and doctors across the state.\n',
    });
    expect(only(story, 'forwarded it').text).toBe(
      'The hospital network forwarded it to Lakeside Clinic, nurses and doctors across the state.',
    );
  });

  test('an opening pronoun is the actor the seed named before it, and the wording says where it came from', () => {
    const seed =
      'Globex has denied wanting any patient records. Instead, it hopes to grow its health app with new clinics.\n';
    const story = compile({ '001_ledger.txt': seed });
    const claim = only(story, 'it hopes to grow');
    expect(claim.text).toBe('Globex hopes to grow its health app with new clinics.');
    // The wording's words come from the clause and from the name before it.
    expect(claim.textSource.map((s) => seed.slice(s.start, s.end))).toEqual([
      'Globex',
      'Instead, it hopes to grow its health app with new clinics.',
    ]);
  });

  test('an appositive is worded as what the name it describes did, and is not the sentence around it', () => {
    const seed =
      'Globex faces inquiries over its ties to Datamine Labs, the research firm that copied records of 2 million patients.\n';
    const story = compile({ '001_ledger.txt': seed });
    const claim = only(story, 'the research firm that copied');
    expect(claim.text).toBe('Datamine Labs copied records of 2 million patients.');
    expect(claim.textSource.map((s) => seed.slice(s.start, s.end))).toEqual([
      'Datamine Labs',
      'copied records of 2 million patients.',
    ]);
    expect(only(story, 'Globex faces inquiries').id).not.toBe(claim.id);
  });

  test('a name described mid-sentence keeps its own predicate, worded with the name', () => {
    const seed =
      'Globex, the insurer that has 2 million members, asked hospitals for detailed patient records.\n';
    const story = compile({ '001_ledger.txt': seed });
    expect(only(story, 'asked hospitals').text).toBe('Globex asked hospitals for detailed patient records.');
    expect(story.claims.some((c) => /^However/.test(c.text))).toBe(false);
  });

  test('a wording past 25 words loses its aside, never a list nor a second "and" (review S16a, 4)', () => {
    const worded = (sentence: string): string =>
      only(compile({ '001_ledger.txt': `${sentence}\n` }), 'Globex').text;
    expect(
      worded(
        'Globex has asked hospitals in six states to share detailed patient records for its new health app, particularly the prescriptions, test results, visit dates and billing codes of older members.',
      ),
    ).toBe(
      'Globex has asked hospitals in six states to share detailed patient records for its new health app.',
    );
    // Without an aside, the words stay (up to 30): nothing in the words tells a verb after "and"
    // ("chat with a nurse") from a noun ("children in six large states", "staff from").
    expect(
      worded(
        'Globex said patients of hospitals such as Mercy Hospital, Lakeside Clinic, Saint Anne and Northgate could link their records with its new health app and chat with a nurse.',
      ),
    ).toMatch(/with its new health app and chat with a nurse\.$/);
    expect(
      worded(
        'Globex said patients of large hospitals such as Mercy Hospital, Lakeside Clinic and Saint Anne could soon share their full records with visiting nurses and children in six large states.',
      ),
    ).toMatch(/with visiting nurses and children in six large states\.$/);
    expect(
      worded(
        'Globex said members of large hospitals such as Mercy Hospital, Lakeside Clinic and Saint Anne could soon share their full records with visiting nurses and staff from six large states.',
      ),
    ).toMatch(/with visiting nurses and staff from six large states\.$/);
  });
});

describe('a wording read alone says who and what it is about, where the seed says it', () => {
  test('an additive "also" goes; "but also" and a speaker\'s quoted words keep theirs', () => {
    const story = compile({
      '001_blog.txt':
        'Globex has asked hospitals for patient records. ' +
        'Initech has also sought patient records from clinics for its insurance app. ' +
        '"The app also keeps every patient record encrypted on the phone," Globex said.\n',
    });
    expect(only(story, 'Initech has also sought').text).toBe(
      'Initech has sought patient records from clinics for its insurance app.',
    );
    expect(only(story, 'The app also keeps').text).toBe(
      'The app also keeps every patient record encrypted on the phone.',
    );
  });

  test('"also" after "US", the country, goes like any other; "us" keeps a speaker\'s own (review S16a, 9)', () => {
    const story = compile({
      '001_blog.txt':
        'Globex has asked hospitals for patient records. ' +
        'Initech is also seeking patient records from US hospitals for its insurance app.\n\n' +
        'Mercy Hospital said patients also trust us with their records.\n',
    });
    expect(only(story, 'US hospitals').text).toBe(
      'Initech is seeking patient records from US hospitals for its insurance app.',
    );
    expect(only(story, 'trust us').text).toMatch(/also trust us/);
  });

  test('"its" in words said, their speaker\'s lead-in gone, is the speaker\'s, traced to the lead-in; not after a name or any noun phrase (review S16a, 2)', () => {
    const seed =
      'Globex said patients opted in to sharing records in its health app. ' +
      'Globex said patients of Mercy Hospital could see their lab results in its app.\n\n' +
      'Globex said a small rural clinic had lost its license.\n\n' +
      'Globex said the new app keeps its data on the phone.\n\n' +
      'Globex said some nurses shared their notes in its portal.\n';
    const story = compile({ '001_blog.txt': seed });
    const opted = only(story, 'opted in');
    expect(opted.text).toBe("Patients opted in to sharing records in Globex's health app.");
    expect(opted.textSource.map((s) => seed.slice(s.start, s.end))).toEqual([
      'Globex',
      'patients opted in to sharing records in its health app.',
    ]);
    // "its" after Mercy Hospital, a clinic, an app or some nurses may be theirs: it stays.
    const stays: [string, string][] = [
      ['lab results', 'lab results in its app.'],
      ['rural clinic', 'lost its license.'],
      ['keeps its data', 'keeps its data on the phone.'],
      ['shared their notes', 'notes in its portal.'],
    ];
    for (const [fragment, rest] of stays) expect(only(story, fragment).text.endsWith(rest)).toBe(true);
  });

  test("the subject's description inside a clause cut from its sentence is the name the sentence gave before it", () => {
    const seed =
      'Globex is still dealing with the fallout of the Datamine scandal, which caused a lot of distrust in how the tech company handles patient records.\n';
    const story = compile({ '001_blog.txt': seed });
    const claim = only(story, 'caused a lot of distrust');
    expect(claim.text).toBe(
      'The Datamine scandal caused a lot of distrust in how Globex handles patient records.',
    );
    expect(claim.textSource.map((s) => seed.slice(s.start, s.end))[0]).toBe('Globex');
    // After a party named in the sentence, the description is not read as the subject's name.
    const other = compile({
      '001_blog.txt':
        'Mercy Hospital said the talks raised doubts about how the tech company would store patient records.\n',
    });
    expect(only(other, 'raised doubts').text).toMatch(/the tech company would store/);
  });

  test('a description opening a sentence keeps its words: the seed cannot tell a name from an owner (review S16a, 1)', () => {
    const story = compile({
      '001_blog.txt':
        'Globex runs the Pulse booking app for clinics across the state. ' +
        'The popular booking app has 2 million members in six states.\n\n' +
        'Mercy Hospital patient records were shared with Globex last year.\n\n' +
        'The federal patient privacy law was passed in 1996.\n\n' +
        'Lakeside Clinic privacy officers raised concerns about the deal.\n\n' +
        'The hospital privacy policy was changed in May.\n\n' +
        'The online petition went out to dozens of large hospitals last spring.\n',
    });
    // Even where the head noun is the one the name was written with ("the Pulse booking app"),
    // "Mercy Hospital patient records" shows the same words can name an owner: the words stay.
    expect(only(story, '2 million members').text).toBe(
      'The popular booking app has 2 million members in six states.',
    );
    expect(only(story, 'passed in 1996').text).toBe('The federal patient privacy law was passed in 1996.');
    expect(only(story, 'changed in May').text).toBe('The hospital privacy policy was changed in May.');
    expect(only(story, 'petition went out').text).toMatch(/^The online petition went out/);
  });

  test("a goal opening a reported sentence is the goal of the actor named before it; a speaker's own idea is theirs", () => {
    const seed =
      'Globex confirmed the effort in a statement to City Wire. ' +
      'The goal was to weave the health app into visits between doctors and patients, according to the reports.\n\n' +
      '"The idea is that booking a doctor in an app beats waiting on the phone," Globex said.\n';
    const story = compile({ '001_blog.txt': seed });
    const goal = only(story, 'The goal was');
    expect(goal.text).toBe(
      "Globex's goal was to weave the health app into visits between doctors and patients.",
    );
    expect(goal.textSource.map((s) => seed.slice(s.start, s.end))[0]).toBe('Globex');
    expect(only(story, 'The idea is').text).toMatch(/^The idea is that booking/);
  });

  test('a goal is never given to an object of the sentence before, nor where its own sentence names another actor (review S16a, 5)', () => {
    const story = compile({
      '001_blog.txt':
        'Mercy Hospital has asked Globex for a partnership on patient records. The plan was to share lab results within a week.\n\n' +
        'Lakeside Clinic wrote to Globex about its new wing. The idea was dismissed by Globex as premature.\n\n' +
        'Globex has hired a privacy chief for its health app. The plan was rejected by Mercy Hospital in March.\n',
    });
    // The sentence before's subject, Mercy Hospital, not its object, Globex.
    expect(only(story, 'share lab results').text).toBe(
      "Mercy Hospital's plan was to share lab results within a week.",
    );
    expect(only(story, 'dismissed by Globex').text).toBe('The idea was dismissed by Globex as premature.');
    expect(only(story, 'rejected by Mercy').text).toBe('The plan was rejected by Mercy Hospital in March.');
  });
});

describe('who "they" are, and whose words a statement is', () => {
  test('"they" after a sentence whose actor is a bank\'s spokeswoman is the bank: its words, worded with its name', () => {
    const seed =
      'A Mercy Hospital spokeswoman said the hospital is not "sharing our patients\' records with these apps". ' +
      'But they also said they were moving slowly because of possible patient concerns about privacy.\n';
    const story = compile({ '001_blog.txt': seed });
    const slowly = only(story, 'moving slowly');
    expect(slowly).toMatchObject({
      kind: 'response',
      speaker: 'Mercy Hospital',
      text: 'Mercy Hospital was moving slowly because of possible patient concerns about privacy.',
    });
    // The name comes from the sentence before, the words from what they said.
    expect(slowly.textSource.map((s) => seed.slice(s.start, s.end))).toEqual([
      'Mercy Hospital',
      'they were moving slowly because of possible patient concerns about privacy.',
    ]);
  });

  test('"they" after a sentence about the subject\'s description is the subject: its statement to the outlet they told', () => {
    const story = compile({
      '001_blog.txt':
        'While the tech company has been answering patient concerns with privacy pledges, it is also looking at ways to deepen its ties with clinics. ' +
        "But they told the Ledger they are aware of the privacy concerns, and would not want to risk the safety of patients' records.\n",
    });
    const risk = only(story, 'would not want to risk');
    expect(risk).toMatchObject({
      kind: 'statement',
      speaker: 'Globex',
      text: "Globex would not want to risk the safety of patients' records.",
    });
    expect(risk.said).toMatchObject({ by: 'Globex', to: 'ledger' });
  });

  test('"they" after a party described in the sentence before is that party', () => {
    const story = compile({
      '001_blog.txt':
        'Globex asked Mercy Hospital for patient records, but the hospital said it would not share the records. ' +
        'They also said they were worried about patient privacy.\n',
    });
    expect(only(story, 'worried about patient privacy')).toMatchObject({
      kind: 'response',
      speaker: 'Mercy Hospital',
      text: 'Mercy Hospital was worried about patient privacy.',
    });
  });

  test('"they" after a sentence with no actor, one naming the subject only as an object, or not speaking, stays "they"', () => {
    const story = compile({
      '001_blog.txt':
        'Patient groups have raised privacy concerns about health apps for years. ' +
        'But they also said they were hopeful about faster doctor bookings through apps.\n\n' +
        'Regulators in two states questioned Globex about the patient records. ' +
        'They said the health app had broken no privacy rule so far.\n\n' +
        'Globex asked several large hospitals for detailed patient records. ' +
        'But they refused to hand over any patient records at all.\n',
    });
    // "they" who do not speak may be the hospitals as well as Globex.
    expect(only(story, 'refused to hand over').text).toMatch(/^They refused/);
    expect(only(story, 'hopeful about faster')).toMatchObject({
      kind: 'context',
      speaker: null,
      // The card is read alone: the additive "also" goes, "they" stays.
      text: 'They said they were hopeful about faster doctor bookings through apps.',
    });
    expect(only(story, 'broken no privacy rule')).toMatchObject({ speaker: null });
    expect(only(story, 'broken no privacy rule').text).toMatch(/^They said/);
  });

  test('a statement and a response are worded without their speech lead-in, quotation marks balanced', () => {
    const story = compile({
      '001_blog.txt':
        'A Globex spokesperson clarified that the tech company is not "actively asking hospitals for patient records". ' +
        'Globex said on Monday it is in talks to link its health app with more clinics. ' +
        'A Mercy Hospital spokesman said the hospital "has not shared any patient records with Globex".\n',
    });
    expect(only(story, 'actively asking')).toMatchObject({
      kind: 'statement',
      text: 'Globex is not "actively asking hospitals for patient records".',
    });
    expect(only(story, 'in talks to link')).toMatchObject({
      kind: 'statement',
      text: 'Globex is in talks to link its health app with more clinics.',
    });
    expect(only(story, 'has not shared')).toMatchObject({
      kind: 'response',
      speaker: 'Mercy Hospital',
      text: 'Mercy Hospital "has not shared any patient records with Globex".',
    });
  });

  test('when and how a statement was given go with its lead-in; "it\'s" is the speaker\'s; a quotation is worded with its speaker', () => {
    const story = compile({
      '001_blog.txt':
        'Globex said in an email on Tuesday that it does not sell patient records to insurers.\n',
      '002_wire.txt':
        'A Globex spokesperson said: "We only partner with clinics that ask our members first."\n',
      '003_blog.txt': "Globex said it's opening two new clinics in Ohio this spring.\n",
    });
    // "it's" is "it is", not a possessive.
    expect(only(story, 'two new clinics').text).toBe(
      'Globex is opening two new clinics in Ohio this spring.',
    );
    expect(only(story, 'does not sell').text).toBe('Globex does not sell patient records to insurers.');
    expect(only(story, 'We only partner').text).toBe(
      'Globex: "We only partner with clinics that ask our members first".',
    );
  });

  test('what the subject told a party, what it denied, and words whose verb would not agree keep their lead-in', () => {
    const story = compile({
      '001_blog.txt':
        'Globex has told hospitals that the extra patient records could power services that keep members in its app longer. ' +
        'Globex denied that it sells patient records to insurers for profit. ' +
        'Mercy Hospital said they want more safeguards for patient records first.\n\n' +
        'Globex said Lakeside Clinic had turned down its offer of a booking service.\n\n' +
        'Lakeside Clinic said the tech company had asked it for X-ray scans.\n',
    });
    expect(only(story, 'told hospitals').text).toMatch(/^Globex has told hospitals that/);
    expect(only(story, 'denied that').text).toMatch(/^Globex denied that/);
    expect(only(story, 'more safeguards').text).toMatch(/^Mercy Hospital said they want/);
    // Words about another actor keep whose words they are: not Lakeside Clinic's own fact.
    expect(only(story, 'turned down').text).toMatch(/^Globex said Lakeside Clinic/);
    expect(only(story, 'X-ray scans').text).toMatch(/^Lakeside Clinic said the tech company/);
  });
});

describe('claim ids', () => {
  test('adding a seed renames no claim; its copy of a fact joins the existing claim', () => {
    const before = compile({
      ...REQUEST,
      '004_denial.txt':
        'Globex denied that it had asked hospitals to share patient records for its health app.\n',
    });
    const after = compile({
      ...REQUEST,
      '004_denial.txt':
        'Globex denied that it had asked hospitals to share patient records for its health app.\n',
      '005_late.txt':
        'Globex has asked big hospitals to share patient records for its health app, City Wire reported. Lakeside Clinic said it would not take part in the scheme.\n',
    });
    const ids = new Set(after.claims.map((c) => c.id));
    for (const c of before.claims) expect(ids.has(c.id)).toBe(true);
    const request = only(after, 'Globex has asked large hospitals');
    expect(request.id).toBe(only(before, 'Globex has asked large hospitals').id);
    expect(request.appearances.map((a) => a.seed)).toContain('005_late.txt');
    // The first outlet stays the one that was first; the later one follows.
    expect(request.outlets).toEqual(['ledger', 'wire']);
  });

  test('a later sentence denying two acts renames no denial claim', () => {
    const seeds = {
      '001_a.txt':
        'Globex on records\n\nGlobex said it will never sell patient records to insurers, data brokers or pharmaceutical marketers.\n',
      '002_b.txt':
        'Globex on ads\n\n"We are not using the billing data we get from hospitals and clinics for advertising or anything else beyond the app," Globex explained.\n',
    };
    const before = compile(seeds);
    const sell = 'sell patient records to insurers, data brokers or pharmaceutical marketers.';
    for (const recap of [
      `Globex said it is not using billing data for advertising and will never ${sell}`,
      `Globex said it isn't using billing data for advertising and won't ${sell}`,
      `Globex said it is not using billing data for advertising and it never ${sell.replace('sell', 'sells')}`,
    ]) {
      const after = compile({ ...seeds, '003_n.txt': `Globex recap\n\n${recap}\n` });
      const ids = new Set(after.claims.map((c) => c.id));
      for (const c of before.claims) expect(ids.has(c.id)).toBe(true);
    }
  });

  test('a later sentence stating two known facts joins their claims; both ids still find it', () => {
    const seeds = {
      '001_a.txt':
        'Globex app\n\nGlobex wants to be a health records service for hospitals.\nGlobex shares rose two percent on Tuesday.\n',
      '002_b.txt':
        'Globex shop\n\nGlobex wants to be a marketplace to buy and sell medical supplies.\nRegulators in Europe have opened an inquiry.\n',
    };
    const before = compile(seeds);
    const after = compile({
      ...seeds,
      '003_c.txt':
        'Globex plans\n\nGlobex wants to be not just a health records service for hospitals, but also a marketplace to buy and sell medical supplies.\n',
    });
    const service = only(before, 'health records service').id;
    const shop = only(before, 'marketplace').id;
    expect(service).not.toBe(shop);
    // The new sentence is one fact in two clauses: the two claims are now one, which keeps the
    // earlier head's id.
    const joined = only(after, 'Globex wants to be a health records service');
    expect(joined.id).toBe(service);
    expect(joined.aliases).toContain(shop);
    expect(lostIds(before, after)).toEqual([]);
  });

  test('a seed added with its statement record joins a report to a statement; both ids still find it', () => {
    const seeds = {
      '001_a.txt':
        'Globex news\n\nGlobex said it will never sell patient records to insurers.\nGlobex will never sell patient records to insurers or data brokers, the Ledger reported.\n',
      '002_b.txt':
        'Globex app\n\nGlobex plans to launch the health app in six states next spring, City Wire reported.\n',
    };
    const quote = 'will never sell patient records to insurers or data brokers';
    const before = compile(seeds);
    const after = compile(
      {
        ...seeds,
        '003_c.txt': `Globex statement\n\n"We will never sell patient records to insurers or data brokers," Globex told City Wire on Tuesday.\n`,
      },
      { statements: [{ quote, date: '2021-03-03', to: 'wire', primary: true, line: 1 }] },
    );
    expect(new Set(carrying(before, 'never sell').map((c) => c.id)).size).toBe(2);
    // The record makes the report the subject's words, and it joins the statement.
    expect(carrying(after, 'never sell').map((c) => c.kind)).toEqual(['statement']);
    expect(lostIds(before, after)).toEqual([]);
  });

  test('a new outlet whose name was all an earlier clause said loses that one claim, and only it', () => {
    // A limit, stated in the README: names alone make no claim, so adding "Kestrel News" to the
    // outlets (with its seed, as the workflow does) leaves "The tech company briefed Kestrel News."
    // stating nothing, and its id names nothing. Every other id still finds its claim.
    const first = {
      '001_a.txt':
        'Globex news\n\nGlobex asked hospitals for patient billing records, the Ledger reported.\n' +
        'Mercy Hospital said it will not share patient billing records with Globex.\n' +
        'The tech company briefed Kestrel News.\n',
    };
    const kestrel = {
      id: 'kestrel',
      name: 'Kestrel News',
      aliases: ['Kestrel News', 'Kestrel'],
      firstReport: '2021-03-02',
    };
    const before = compile(first);
    const after = compile(
      {
        ...first,
        '002_b.txt':
          'Kestrel\n\nGlobex asked Mercy Hospital for patient billing records, Kestrel reported.\n',
      },
      { outlets: [...STORY.outlets, kestrel] },
    );
    const briefed = only(before, 'briefed Kestrel News').id;
    expect(lostIds(before, after)).toEqual([`${briefed} "The tech company briefed Kestrel News."`]);
    expect(before.claims.length).toBeGreaterThan(2);
  });

  test('two stories with a seed of one name holding the same sentence stop the build: one anchor namespace', () => {
    const seeds = [
      { name: '001_a.txt', text: 'Globex news\n\nGlobex declined to comment on the hospital talks.\n' },
    ];
    const two = () =>
      compileIndex([
        { dir: '/tmp/globex', story: STORY, seeds },
        { dir: '/tmp/other', story: { ...STORY, id: 'globex-other' }, seeds },
      ]);
    expect(two).toThrow(/\/tmp\/other: the id c[0-9a-z]+ names two claims \(\/tmp\/globex\/001_a\.txt/);
    // The appearance whose id collided, where it stands, and the fix for two stories.
    expect(two).toThrow(
      '/tmp/other/001_a.txt at offset 13: "Globex declined to comment on the hospital talks."',
    );
    expect(two).toThrow('Rename whichever of the two seed files was added most recently');
  });

  // The clause after "but" is the same words in two sentences.
  const REPEATED = 'the hospital said it will not share patient billing records.';
  const MERCY_LAKESIDE =
    'Globex news\n\nGlobex asked hospitals for patient billing records, the Ledger reported.\n' +
    'Mercy Hospital said it will not share patient billing records with Globex.\n' +
    'Another hospital said it will not share patient billing records either.\n' +
    `Mercy Hospital met Globex in May, but ${REPEATED}\n` +
    `Lakeside Clinic met Globex in June, but ${REPEATED}\n`;

  test('the same words twice in one seed, in two claims: each copy has its own id, naming its claim', () => {
    // The clause after "but" is the same words in two sentences: about Mercy (a response that joins
    // Mercy's other one) and about Lakeside (context of its own).
    const story = compile({ '001_a.txt': MERCY_LAKESIDE });
    const copies = story.claims.filter((c) => c.appearances.some((a) => a.quote === REPEATED));
    expect(copies).toHaveLength(2);
    // A link a build gave either copy (as a claim's first appearance) opens the claim holding it:
    // each claim has one id per appearance, and no id is on two claims.
    for (const c of copies) expect([c.id, ...c.aliases]).toHaveLength(c.appearances.length);
    const ids = story.claims.flatMap((c) => [c.id, ...c.aliases]);
    expect(new Set(ids).size).toBe(ids.length);
    // The first copy keeps the id it had before copies were counted, so no link an earlier build
    // gave to it changes.
    const firstCopy = copies
      .flatMap((c) => c.appearances.filter((a) => a.quote === REPEATED).map((a) => ({ c, a })))
      .sort((x, y) => x.a.start - y.a.start)[0];
    if (firstCopy === undefined) throw new Error('no copy');
    expect([firstCopy.c.id, ...firstCopy.c.aliases]).toContain(
      claimId({ seed: '001_a.txt', text: REPEATED }),
    );
  });

  test("a copy's count cannot be spelled by a piece's words: no two appearances share an id", () => {
    // Folded text keeps "|", so a count joined by "|" would make the second copy of "x" hash as
    // the first of "x|1".
    const at = { seed: '001_a.txt', text: 'Globex paid Mercy' };
    expect(claimId(at, 1)).not.toBe(claimId({ ...at, text: `${at.text}|1` }));
    expect(claimId(at, 1)).not.toBe(claimId(at, 2));
    expect(claimId(at, 1)).not.toBe(claimId(at));
  });

  test('copies are counted per seed: a seed repeating the same words, added last or in the middle, moves no id', () => {
    const seed = (who: string): string =>
      `Globex news\n\n${who} met Globex in May, but the hospital said it will not share patient billing records.\n`;
    const a = { '001_a.txt': MERCY_LAKESIDE };
    const c = { '003_c.txt': seed('Lakeside Clinic') };
    const b = { '002_b.txt': seed('Mercy Hospital') };
    // Added last: the earlier seeds' copies keep their counts.
    expect(lostIds(compile(a), compile({ ...a, ...b }))).toEqual([]);
    // Added between two seeds that hold the words: the later seed's copy keeps its count too.
    const before = compile({ ...a, ...c });
    expect(carrying(before, REPEATED).length).toBeGreaterThan(1);
    expect(lostIds(before, compile({ ...a, ...b, ...c }))).toEqual([]);
  });
});
