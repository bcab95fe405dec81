import { describe, expect, test } from 'vitest';
import { articleOf, describeClaim, describePage, formatDate } from '../../../src/view/describe.ts';
import {
  articleCitation,
  articleName,
  creditedLine,
  passageCredit,
  passageFrom,
  passageSentence,
} from '../../../src/view/sources.ts';
import { appearancesByArticle } from '../../../src/view/story.ts';
import { seedStory } from '../helpers.ts';

const story = seedStory();
const dated = { headline: 'Globex asks hospitals for records', date: '2018-08-08', byline: 'A. Writer' };
const undated = { headline: 'Globex denies it', date: null, byline: null };

describe('how a source article is named where its quote is cited', () => {
  test('by its headline in quotes, with its date (and byline in a list) only where known', () => {
    expect(articleName(dated)).toBe('“Globex asks hospitals for records” (8 Aug 2018)');
    expect(articleName(undated)).toBe('“Globex denies it”');
    expect(articleCitation(dated)).toBe('“Globex asks hospitals for records” (8 Aug 2018, by A. Writer)');
    expect(articleCitation({ ...dated, date: null })).toBe(
      '“Globex asks hospitals for records” (by A. Writer)',
    );
    expect(articleCitation(undated)).toBe('“Globex denies it”');
  });

  test('a passage is from its article; a passage that is the headline is not quoted twice', () => {
    const body = {
      quote: 'Globex asked hospitals for patient records.',
      outlet: 'The Daily',
      article: dated,
      inHeadline: false,
    };
    expect(passageFrom(body)).toBe('from “Globex asks hospitals for records” (8 Aug 2018)');
    expect(passageFrom({ ...body, quote: 'Globex asks hospitals for records', inHeadline: true })).toBe(
      'the headline of a source article of 8 Aug 2018',
    );
    expect(passageFrom({ quote: 'Globex denies it', outlet: null, article: undated, inHeadline: true })).toBe(
      'the headline of a source article',
    );
    expect(passageFrom({ ...body, article: null })).toBe('from a source article');
  });

  test('a clause of a headline is said to be part of it, not quoted and then "from" the whole headline', () => {
    // Seed 001's headline is two clauses, each its own appearance; a page line matching the first.
    const source = story.sources.find((s) => s.headline.includes(';'));
    if (source === undefined) throw new Error('no headline of two clauses');
    const claim = story.claims.find((c) =>
      c.appearances.some((a) => a.seed === source.seed && a.start === source.start && a.end < source.end),
    );
    const at = claim?.appearances.find((a) => a.seed === source.seed && a.start === source.start);
    if (claim === undefined || at === undefined) throw new Error('no claim on the headline’s first clause');
    const evidence = [{ seed: at.seed, quote: at.quote }];
    const why = describePage(story, [{ paragraph: 0, claimId: claim.id, score: 1, evidence }], 1).claims[0]
      ?.why;
    if (why == null) throw new Error('no why');
    expect(why.inHeadline).toBe(true);
    expect(passageFrom(why)).toBe(
      `part of the headline of a source article${source.date === null ? '' : ` of ${formatDate(source.date)}`}`,
    );
    expect(passageFrom(why)).not.toContain(source.headline);
  });

  test('the card says it as a sentence of its own', () => {
    expect(
      passageSentence({ quote: 'Globex asked.', outlet: 'The Daily', article: dated, inHeadline: false }),
    ).toBe('From “Globex asks hospitals for records” (8 Aug 2018), which says The Daily reported it.');
    expect(
      passageSentence({ quote: 'Globex denies it', outlet: null, article: undated, inHeadline: true }),
    ).toBe('The headline of a source article, which names no outlet.');
  });

  test('an outlet a passage names is said to have reported it, never to have said it or published the article', () => {
    expect(passageCredit({ outlet: 'The Daily' })).toBe('which says The Daily reported it');
    expect(passageCredit({ outlet: null })).toBe('which names no outlet');
    expect(creditedLine({ otherOutlets: [], firstCredited: true })).toBe('');
    expect(creditedLine({ otherOutlets: ['AFP'], firstCredited: true })).toBe(
      'The source articles say AFP also reported it.',
    );
    expect(creditedLine({ otherOutlets: ['AFP', 'CNBC', 'Reuters'], firstCredited: false })).toBe(
      'The source articles say AFP, CNBC and Reuters reported it.',
    );
  });

  test('a statement whose outlet only its record names: the articles credit the others, not "also"', () => {
    // Said to AFP by story.json's record; the seeds credit another outlet, never AFP.
    const said = story.claims.filter(
      (c) =>
        c.firstReport.basis === 'statement-record' &&
        c.firstReport.outlet !== null &&
        c.appearances.every((a) => a.outlet !== c.firstReport.outlet) &&
        c.outlets.length > 1,
    );
    expect(said.length).toBeGreaterThan(0);
    for (const c of said) {
      const v = describeClaim(story, c.id);
      if (v === null) throw new Error(c.id);
      expect(v.firstOutlet).not.toBeNull();
      expect(creditedLine(v)).toMatch(/^The source articles say [^.]+ reported it\.$/);
    }
    // A report whose first reporter the articles credit says the others are credited too.
    const credited = story.claims.find((c) => c.firstReport.basis === 'attribution' && c.outlets.length > 1);
    const v = credited === undefined ? null : describeClaim(story, credited.id);
    expect(v === null ? '' : creditedLine(v)).toMatch(/^The source articles say .+ also reported it\.$/);
  });
});

describe("a claim's appearances, by article", () => {
  test('the core report is quoted in all five seed articles, each named once by its own headline', () => {
    const core = story.claims.find((c) =>
      c.appearances.some((a) => a.quote.includes('Facebook has asked large US banks to share financial')),
    );
    if (core === undefined) throw new Error('no core claim');
    const by = appearancesByArticle(story, core);
    expect(by.map((a) => a.article?.headline)).toEqual(story.sources.map((s) => s.headline));
    // Every quote once, under the article it is from, in the article's order.
    expect(by.flatMap((a) => a.quotes).length).toBe(core.appearances.length);
    for (const a of by) {
      expect(a.article).toEqual(articleOf(story, a.seed));
      const starts = a.quotes.map((q) => q.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
    expect(by[0]?.article).toEqual({
      headline: 'Facebook asks United States banks to share customer details',
      date: '2018-08-08',
      byline: 'Melissa Porter',
    });
  });
});
