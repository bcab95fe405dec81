import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/text/fold.ts';
import { analyse, analyseSpans, US_FORMS, withNames } from '../../../src/text/terms.ts';
import { stem } from '../../../src/text/stem.ts';
import { LEXICON_TABLE } from '../../../src/text/lexicon-table.ts';
import { idfWeights } from '../../../src/matching/weights.ts';

const terms = (t: string): string[] => analyse(t).terms;

describe('normalisation shared by index and page', () => {
  test('folds curly quotes, dashes, invisible characters and white space', () => {
    expect(fold('\u201CWe\u2019re not\u201D \u2014 said\u200B  Facebook\n')).toBe(
      '"We\'re not" - said Facebook',
    );
  });

  test('British and American spelling, inflections and synonyms meet', () => {
    expect(terms('organisations analysed the programme')).toEqual(
      terms('organizations analyzed the program'),
    );
    expect(terms('Facebook asked banks')).toEqual(terms('Facebook requests lenders'));
    expect(new Set(terms('the talks with lenders'))).toEqual(new Set(terms('discussions with banks')));
    // A capital for its country's government.
    expect(new Set(terms('regulators in Washington and London'))).toEqual(
      new Set(terms('US and British regulators')),
    );
    // Inside a longer name a capital is no government.
    const countries = new Set([...terms('US'), ...terms('British')]);
    for (const name of [
      'The Washington Post reported',
      'Officials in Washington state',
      'the London Stock Exchange',
    ])
      expect(
        terms(name).some((t) => countries.has(t)),
        name,
      ).toBe(false);
  });

  test('numbers written differently are the same term', () => {
    expect(terms('twelve months')).toEqual(terms('12 months'));
    expect(terms('1.3 billion users')).toEqual(terms('1.3bn users'));
    expect(terms('$100 billion')).toContain('#100b');
    expect(terms('as many as eighty-seven million users')).toEqual(terms('as many as 87 million users'));
    expect(terms('3.5 per cent')).toEqual(terms('3.5%'));
    expect(terms('3.5 percent')).toEqual(terms('3.5%'));
    expect(terms('1.3B users')).toEqual(terms('1.3 billion users'));
    expect(terms('$119B')).toEqual(terms('$119 billion'));
    // Any two percentages have their kind in common, whatever their values: "rose 4.4%" and
    // "rose 3.5 percent" both state a rise in per cent.
    expect(terms('rose 4.4%').filter((t) => terms('rose 3.5 percent').includes(t))).toHaveLength(2);
    expect(terms('rose 4.4 million').filter((t) => terms('rose 3.5 percent').includes(t))).toHaveLength(1);
  });

  test('a noun of dispute negates nothing; "quite" is not "quit"', () => {
    expect(analyse('The dispute comes as Facebook faces inquiries').negated).toBe(false);
    expect(terms('quit').length).toBe(1);
    expect(terms("they're quite aware")).not.toEqual(expect.arrayContaining(terms('quit')));
  });

  test('negation is detected, including contractions and denials', () => {
    expect(analyse("We don't share data").negated).toBe(true);
    expect(analyse('Facebook denied the report').negated).toBe(true);
    expect(analyse('Facebook asked banks for data').negated).toBe(false);
  });

  test('declining, refusing and every word for denying negate, in every inflection', () => {
    for (const s of [
      'Wells Fargo declined to comment',
      'The bank declines to share data',
      'Chase refused the request',
      'Citi refuses',
      'Facebook disputed the report',
      'Facebook pushed back against the story',
      'Nobody at Wells Fargo would comment',
    ]) {
      expect(analyse(s).negated, s).toBe(true);
    }
  });

  test('"made no secret", "no doubt" affirm', () => {
    expect(analyse('Facebook has made no secret that it wants Messenger to handle payments').negated).toBe(
      false,
    );
    expect(analyse('There is no doubt the banks were asked').negated).toBe(false);
    expect(analyse('There is no evidence the banks were asked').negated).toBe(true);
  });

  test('"not just" adds, it does not deny; "not surprisingly" comments, it does not deny', () => {
    expect(analyse("Facebook doesn't want to just be a platform for chatting with friends").negated).toBe(
      false,
    );
    expect(analyse('Facebook is not only a chat app').negated).toBe(false);
    // A negated comment on a fact still states it.
    expect(analyse("Not surprisingly, Facebook's shares rose").negated).toBe(false);
    expect(analyse("Nor is it reassuring that Facebook's stock rose").negated).toBe(false);
    expect(analyse('Not least, the banks were asked').negated).toBe(false);
    expect(analyse('It is not true that the banks were asked').negated).toBe(true);
    // Set off by commas, the comment is an aside and the negation is the verb's.
    expect(analyse('Facebook is not, surprisingly, asking banks for data').negated).toBe(true);
  });

  test('a negative yes/no question asks the reader to agree: it states what it asks, where other questions negate', () => {
    expect(analyse("Didn't the Journal say Facebook was asking banks for data?").negated).toBe(false);
    expect(analyse("HOST: Isn't Facebook asking banks for our data?").negated).toBe(false);
    expect(
      analyse('He called it “a fake story.” Didn’t the Journal report that Facebook asked banks?').negated,
    ).toBe(false);
    expect(analyse("Didn't the U.S. government ask banks for data?").negated).toBe(false);
    // Closing quotes, brackets and spaces after the question mark still end a question.
    expect(analyse('HOST: “Didn’t the Journal say Facebook was asking banks for data?” ').negated).toBe(
      false,
    );
    expect(analyse("(Didn't the Journal say so?)").negated).toBe(false);
    // The question's own negation still counts, and so does any other question's or statement's.
    expect(analyse("Didn't Facebook say it wasn't asking banks for data?").negated).toBe(true);
    expect(analyse("Why didn't Facebook ask banks for data?").negated).toBe(true);
    expect(analyse("Facebook didn't ask banks for data?").negated).toBe(true);
    expect(analyse("Didn't ask banks for data, Facebook said.").negated).toBe(true);
    expect(analyse("Facebook didn't ask banks for data. Did it ask anyone?").negated).toBe(true);
    // "Co." ends no sentence: the tag question's statement keeps its negation.
    expect(analyse("Wells Fargo & Co. didn't hand over any data, did it?").negated).toBe(true);
  });

  test('market idioms: a stock that is up or down a figure rose or fell; shares that move are stock', () => {
    expect(terms("Facebook's stock was up about 3.5 percent")).toEqual(
      expect.arrayContaining(terms('Facebook shares increased by about 3.5 percent')),
    );
    expect(terms('Shares in Facebook plummeted').sort()).toEqual(terms('Facebook stock fell').sort());
    expect(terms('The bank shares customer data')).toEqual(expect.arrayContaining(terms('share')));
    expect(terms('The bank shares customer data')).not.toEqual(expect.arrayContaining(terms('stock')));
  });

  test("a verb's irregular past is the verb: a bank that withdrew or has withdrawn pulled out", () => {
    expect(terms('One bank withdrew from the talks')).toEqual(terms('One bank pulled out of the talks'));
    expect(terms('One bank has withdrawn from the talks')).toEqual(
      terms('One bank has pulled out of the talks'),
    );
    expect(terms('The stock sank')).toEqual(terms('The stock fell'));
  });

  test('what a speaker added is no advertisement: "added" and "adding" are the verb, "an ad" the noun', () => {
    const ad = terms('ads');
    expect(terms('The bank would not share the data, a spokesperson added.')).not.toEqual(
      expect.arrayContaining(ad),
    );
    expect(terms('adding that it would not share it')).not.toEqual(expect.arrayContaining(ad));
    expect(terms('The company will not run an ad with the data')).toEqual(expect.arrayContaining(ad));
  });

  test('time spent is not money spent: "spend more time in the app" is staying longer, not a purchase', () => {
    expect(terms('users spend more time in the app')).toEqual(terms('users linger in the app'));
    expect(terms('users spend more time in the app')).not.toEqual(expect.arrayContaining(terms('purchase')));
    expect(terms('users spend more money in the app')).toEqual(expect.arrayContaining(terms('purchase')));
  });

  test('a name found in the text becomes one term in place of its words', () => {
    const text = 'Banks such as Wells Fargo declined.';
    const at = text.indexOf('Wells Fargo');
    const named = withNames(analyseSpans(text), [
      { start: at, end: at + 'Wells Fargo'.length, term: '@wells_fargo' },
    ]);
    expect(named.terms).toEqual([terms('banks')[0], '@wells_fargo']);
    expect(named.at).toEqual([0, at]);
    expect(named.negations).toEqual(analyseSpans(text).negations);
  });

  test("a negation inside an aside is not the sentence's", () => {
    expect(analyse('One large bank, which the paper did not name, pulled out of the talks').negated).toBe(
      false,
    );
    expect(analyse('One large bank (not named) pulled out of the talks').negated).toBe(false);
    expect(
      analyse('One bank \u2014 the paper would not say which \u2014 pulled out of the talks').negated,
    ).toBe(false);
    expect(analyse('One bank - the paper would not say which - pulled out of the talks').negated).toBe(false);
    // A single dash is not an aside: what follows it can deny what came before.
    expect(analyse('Facebook asked banks for transaction data \u2014 this is not true').negated).toBe(true);
    // Unless it opens a noun phrase set beside the sentence, which says something of its own.
    expect(
      analyse('Facebook told banks it could offer more services \u2014 a point the company did not address')
        .negated,
    ).toBe(false);
    expect(analyse('One large bank did not pull out of the talks').negated).toBe(true);
  });

  test('a noun phrase after a dash that denies what came before is a denial, not an aside', () => {
    for (const p of [
      'Facebook asked large US banks for financial data \u2014 a report the company denied.',
      'Facebook asked large US banks for financial data \u2014 a report Facebook disputed.',
      'The Journal reported that Facebook asked banks for data \u2014 a claim the company says is not true.',
    ])
      expect(analyse(p).negated, p).toBe(true);
  });

  test("words that are names of Object's own properties are words like any other", () => {
    for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype']) {
      const t = analyse(`The ${w} of 5 constructor banks`).terms;
      expect(t.every((x) => typeof x === 'string' && !x.includes('function'))).toBe(true);
      expect(typeof stem(w.toLowerCase())).toBe('string');
      expect(idfWeights({ idf: { bank: 1 }, unknownIdf: 2 })(w.toLowerCase())).toBe(2);
    }
  });

  test('an adjective in -ical is not the word its stem shares letters with', () => {
    // "a critical part" (crucial) is not "criticized"; "political" not "polite", "practical" not "practice".
    expect(terms('critical')).not.toEqual(terms('criticized'));
    expect(terms('political')).not.toEqual(terms('polite'));
    expect(terms('practical')).not.toEqual(terms('practices'));
    // Its own family still stems together, and -ology's adjective with -ology.
    expect(terms('criticized')).toEqual(terms('critics'));
    expect(terms('criticism')).toEqual(terms('critics'));
    expect(stem('technological')).toBe(stem('technology'));
    expect(stem('chemicals')).toBe(stem('chemical'));
  });

  test('an adverb in -ically is its -ical adjective, not the word the adjective was kept from (review S19a)', () => {
    expect(terms('critically')).toEqual(terms('critical'));
    expect(terms('critically')).not.toEqual(terms('criticized'));
    expect(terms('politically')).toEqual(terms('political'));
    expect(terms('politically')).not.toEqual(terms('polite'));
    expect(terms('practically')).toEqual(terms('practical'));
    expect(terms('practically')).not.toEqual(terms('practices'));
    expect(stem('technologically')).toBe(stem('technology'));
  });

  test('the country US is not the pronoun us', () => {
    const country = terms('American banks').filter((t) => !terms('banks').includes(t));
    expect(country).toHaveLength(1);
    expect(terms('large US banks')).toEqual(expect.arrayContaining(country));
    expect(terms('tell us more')).not.toEqual(expect.arrayContaining(country));
  });
});

describe('what "without" says is lacking', () => {
  const term = (word: string): string => analyse(word).terms[0] ?? '';

  test('is not stated: "without their consent" gives no term of consenting', () => {
    const consent = term('consent');
    expect(analyse('The members gave their consent.').terms).toContain(consent);
    for (const page of [
      'The club sold data on its members without their consent.',
      "The club sold data without the members' consent.",
      "The club sold data without a member's consent.",
    ])
      expect(analyse(page).terms).not.toContain(consent);
  });

  test('only its own phrase: the words before it and after its noun are read', () => {
    const { terms } = analyse('Members can pay their dues without leaving the clubhouse app.');
    expect(terms).toEqual(
      expect.arrayContaining([term('members'), term('dues'), term('clubhouse'), term('app')]),
    );
    expect(terms).not.toContain(term('leaving'));
  });

  test("up to its noun's head, past its modifiers and owner (review S17b)", () => {
    const consent = term('consent');
    for (const page of [
      'The club sold data on its members without explicit consent.',
      "The club sold data on its members without members' explicit consent.",
      'The club sold data without the prior written consent of its members.',
    ])
      expect(analyse(page).terms).not.toContain(consent);
  });

  test('and no further: a preposition, a gerund or punctuation ends it', () => {
    const members = term('members');
    expect(analyse('The club sold data without the consent of those members.').terms).toContain(members);
    expect(analyse('The club sold data without telling members.').terms).toContain(members);
    expect(analyse('The club sold data without consent, its members said.').terms).toContain(members);
  });
});

describe('US_FORMS', () => {
  test('holds every form of "US" its expression read, and nothing else', () => {
    // Every string of up to six of "U", "S", "A" and "." against /^(U\.?S\.?A?|USA)$/.
    const expression = /^(U\.?S\.?A?|USA)$/;
    let strings = [''];
    const differ: string[] = [];
    for (let n = 0; n < 6; n++) {
      strings = strings.flatMap((s) => ['U', 'S', 'A', '.'].map((c) => s + c));
      for (const s of strings) if (US_FORMS.has(s) !== expression.test(s)) differ.push(s);
    }
    expect(differ).toEqual([]);
  });
});

describe('stop words dropped unstemmed', () => {
  test('are stop words whose stem neither negates nor opens a phrase, and give no term alone or beside others', () => {
    const { stopUnstemmed, stop, negation, phraseParts } = LEXICON_TABLE;
    const negates = new Set(negation);
    const opens = new Set(phraseParts.map(([first]) => first));
    expect(stopUnstemmed.length).toBeGreaterThan(100);
    for (const w of stopUnstemmed) {
      expect(stop, w).toContain(w);
      expect(negates.has(w) || negates.has(stem(w)) || opens.has(stem(w)), w).toBe(false);
      // The words with a context of their own ("up 4%", "without consent") are read on.
      if (['up', 'down', 'shares', 'without'].includes(w)) continue;
      expect(analyse(w), w).toEqual({ terms: [], negated: false });
      expect(analyse(`banks ${w} data`).terms, w).toEqual(analyse('banks data').terms);
    }
  });
});

describe('a figure with a half in words', () => {
  test('is the figure with .5', () => {
    expect(terms('shares climbed three and a half percent')).toEqual(terms('shares climbed 3.5 percent'));
    expect(terms('about 2 and a half billion users')).toEqual(terms('about 2.5 billion users'));
  });
});
