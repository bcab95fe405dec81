// A page on another topic that mentions the story in passing ("… shortly after the Journal
// reported that Facebook had asked banks for data") is not about the story; a page whose news is
// the story's own reaction to the report ("Facebook shares climbed 4% after the Journal reported
// that …") is.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const engine = new Engine(seedIndex());
const story = seedStory();
const report = story.claims.find((c) => c.text.startsWith('Facebook has asked large US banks'))?.id ?? '';

describe('a report recalled in passing', () => {
  const survey = [
    'Of 2,000 adults surveyed, most said they trusted their bank with their personal data more than social networks.',
    'The survey was in the field shortly after The Wall Street Journal reported that Facebook had asked large banks for customer data such as card transactions and checking account balances.',
    'Facebook told banks the data could power services that keep users on Messenger longer, the survey authors noted.',
    'The institute said it did not receive funding from banks for the study.',
  ];

  test('is shown on the page but does not make it about the story', () => {
    const recalled = engine.analyse(survey);
    expect(recalled.story).toBeNull();
    // The same sentence telling the report as its news: the page is about the story.
    const told = [...survey];
    told[1] =
      'Facebook had asked large banks for customer data such as card transactions and checking account balances, The Wall Street Journal reported.';
    const page = engine.analyse(told);
    expect(page.story?.id).toBe(story.id);
    expect(page.matches.filter((m) => m.paragraph === 1).map((m) => m.claimId)).toContain(report);
    // On a page the story's other claims make about it, the recalled report is shown.
    const story2 = engine.analyse([
      ...survey,
      'Facebook said it is not actively asking financial services companies for financial transaction data.',
      'Citigroup acknowledged holding talks with Facebook but declined to comment on sharing card transactions.',
    ]);
    expect(story2.story?.id).toBe(story.id);
    expect(story2.matches.filter((m) => m.paragraph === 1).map((m) => m.claimId)).toContain(report);
  });

  test('counts where the sentence’s own news is a reaction to the report, such as the share move', () => {
    const brief = [
      'Facebook shares climbed about 4% on Monday after The Wall Street Journal reported that the company had asked big U.S. banks to share detailed financial information about their customers.',
      'Facebook told banks the data could power services that keep users on Messenger longer, the survey authors noted.',
    ];
    const page = engine.analyse(brief);
    expect(page.story?.id).toBe(story.id);
    expect(page.matches.filter((m) => m.paragraph === 0).map((m) => m.claimId)).toContain(report);
  });

  test('a speaker who only tells the recalled report does not make it the sentence’s news', () => {
    const feature = [
      'Facebook is rolling out a tool that lets people clear the browsing history other sites share with it.',
      'The tool arrives a year after Facebook denied a report that it was asking big banks for their customers’ financial data.',
      'It will reach users in Ireland, South Korea and Spain first.',
    ];
    const page = engine.analyse(feature);
    expect(page.story).toBeNull();
    // On a page the story's other claims make about it, the recalled report is shown, aside.
    const told = engine.analyse([
      feature[1] ?? '',
      'Facebook said it is not actively asking financial services companies for financial transaction data.',
      'Citigroup acknowledged holding talks with Facebook but declined to comment on sharing card transactions.',
    ]);
    expect(told.story?.id).toBe(story.id);
    const recalled = told.matches.filter((m) => m.paragraph === 0);
    expect(recalled.length).toBeGreaterThan(0);
    expect(recalled.every((m) => m.aside === true)).toBe(true);
    // A speaker who also speaks outside the phrase speaks the sentence's news: its answer counts.
    const testimony = engine.analyse([
      'Facebook executive Erin Egan, a week after the company denied a report that it had asked big banks for customers’ financial data, told lawmakers that Facebook is not actively asking financial services companies for transaction data.',
      'JPMorgan Chase said it does not share customers’ off-platform transaction data with these platforms.',
    ]);
    expect(testimony.story?.id).toBe(story.id);
    expect(testimony.matches.some((m) => m.paragraph === 0 && m.aside !== true)).toBe(true);
    // The same with its speech verb before the phrase, which runs to the sentence's end.
    const told2 = engine.analyse([
      'Facebook told lawmakers a week after it denied a report that it had asked big banks for customers’ financial data that it is not actively asking financial services companies for transaction data',
      'JPMorgan Chase said it does not share customers’ off-platform transaction data with these platforms.',
    ]);
    expect(told2.story?.id).toBe(story.id);
    expect(told2.matches.some((m) => m.paragraph === 0 && m.aside !== true)).toBe(true);
  });

  test('counts where the sentence’s news is the subject’s and the page gives its answer, in a paragraph of its own', () => {
    // A market brief: Facebook's share move in ticker notation with the report as its cause, then its answer.
    const answer =
      'Facebook says it is not actively asking financial services companies for transaction data.';
    const brief = [
      'Midday movers',
      'Facebook (NASDAQ:FB) +3.5% after a Wall Street Journal report that the company asked big U.S. banks for their customers’ financial data.',
      answer,
      'Oil steady; Treasuries little changed ahead of the jobs report.',
    ];
    const page = engine.analyse(brief);
    expect(page.story?.id).toBe(story.id);
    expect(page.matches.filter((m) => m.paragraph === 1).map((m) => m.claimId)).toContain(report);
    // Without the answer, the same line is Facebook's share move told after the report: passing.
    expect(engine.analyse(brief.filter((p) => p !== answer)).story).toBeNull();
    // Another company's news after the report stays a passing mention, whatever the page quotes.
    const other = [...brief];
    other[1] =
      'Acme Robotics (NYSE:ACME) +3.5% after a Wall Street Journal report that Facebook asked big U.S. banks for their customers’ financial data.';
    expect(engine.analyse(other).story).toBeNull();
    other[1] =
      'Amazon is in talks with JPMorgan Chase about a checking account for young customers, weeks after a report that Facebook had asked big U.S. banks for their customers’ financial data.';
    expect(engine.analyse(other).story).toBeNull();
  });

  test('counts where the paragraph gives the subject’s answer to the report', () => {
    const wrap = [
      'Stocks ended higher on Monday as technology shares recovered part of last week’s losses.',
      'The tech sector was led by Facebook after The Wall Street Journal reported that the company had asked big U.S. banks to share detailed financial information about their customers. In a statement, Facebook said it is not actively asking financial services companies for financial transaction data.',
      'Energy shares rose with crude oil, and the dollar was little changed.',
    ];
    const page = engine.analyse(wrap);
    expect(page.story?.id).toBe(story.id);
    expect(page.matches.filter((m) => m.paragraph === 1).map((m) => m.claimId)).toContain(report);
  });

  test('counts where the sentence tells what followed the report: a denial-led page stays about the story', () => {
    const page = [
      'After the Journal’s report, Facebook said in a statement that it is not actively asking financial services companies for financial transaction data.',
      'Following the report, a Facebook spokeswoman said the company would not use the bank data for ad-targeting purposes or share it with third parties.',
      'JPMorgan Chase said it does not share customers’ off-platform transaction data with these platforms.',
    ];
    const found = engine.analyse(page);
    expect(found.story?.id).toBe(story.id);
    expect(found.matches.filter((m) => m.paragraph === 0 && m.aside !== true).length).toBeGreaterThan(0);
  });

  test('counts where the claim’s own speaker speaks the sentence: “Facebook said after the report that …”', () => {
    const page = [
      'Facebook said on Monday after The Wall Street Journal’s report that it is not actively asking financial services companies for financial transaction data.',
      'JPMorgan Chase said it does not share customers’ off-platform transaction data with these platforms.',
    ];
    const found = engine.analyse(page);
    expect(found.story?.id).toBe(story.id);
    expect(found.matches.filter((m) => m.paragraph === 0 && m.aside !== true).length).toBeGreaterThan(0);
  });
});
