// Paragraphs a reader sees matched or not, for the checks that keep a paragraph from stating a
// claim it shares words with: each test is a sentence of ordinary news prose, not a dev page's.

import { describe, expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
const prepared = prepare(story, weight);
const idsOf = (paragraph: string): string[] =>
  matchParagraphs(prepared, [paragraph], weight).map((m) => m.claimId);
const claimWith = (fragment: string): string =>
  story.claims.find((c) => c.appearances.some((a) => a.quote.includes(fragment)))?.id ?? '';

describe('what a paragraph states', () => {
  test('a bank that did not answer has not declined to comment', () => {
    const declined = claimWith('Wells Fargo declined to comment.');
    expect(idsOf('Wells Fargo declined to comment.')).toContain(declined);
    for (const p of [
      'Wells Fargo did not immediately respond to requests for comment.',
      'Wells Fargo did not return a request for comment on Monday.',
      'Wells Fargo could not be reached for comment.',
    ])
      expect(idsOf(p), p).not.toContain(declined);
  });

  test('a refusal to comment on something the story never mentions is another refusal', () => {
    const declined = claimWith('Wells Fargo declined to comment.');
    expect(idsOf('Wells Fargo declined to comment on the report.')).toContain(declined);
    expect(idsOf('Wells Fargo did not wish to comment.')).toContain(declined);
    expect(idsOf('Wells Fargo declined to comment on the lawsuit.')).not.toContain(declined);
  });

  test('a refusal that names no matter of its own is the bank declining to comment', () => {
    const declined = claimWith('Wells Fargo declined to comment.');
    for (const p of [
      'Wells Fargo declined to comment when contacted.',
      'Wells Fargo declined to comment on its plans.',
      'Wells Fargo declined to comment on specifics.',
      'Wells Fargo declined to comment when contacted by Reuters on Monday.',
      'Wells Fargo declined to comment on the matter.',
    ])
      expect(idsOf(p), p).toContain(declined);
  });

  test('a refusal about a matter named with "a" or an owner is another refusal too', () => {
    const declined = claimWith('Wells Fargo declined to comment.');
    for (const p of [
      'Wells Fargo declined to comment on a letter from two senators.',
      "Wells Fargo declined to comment on Facebook's letter.",
    ])
      expect(idsOf(p), p).not.toContain(declined);
  });
});

describe('organisations the story does not know', () => {
  const pulledOut = claimWith('pulled away from the discussion');
  const request = claimWith('Facebook has asked large US banks to share financial information');

  test('a bank the seeds do not name is not the one that pulled out, nor one of the lenders asked', () => {
    expect(idsOf('One large bank walked away from the talks over privacy concerns.')).toContain(pulledOut);
    for (const p of [
      'Bank of America walked away from the talks over privacy concerns.',
      // A clause naming no one is about its sentence's bank.
      'Bank of America, one of the lenders Facebook approached, pulled out of the talks over concerns about customer privacy.',
      'Cobalt Ridge Bank walked away from the talks over privacy concerns.',
    ])
      expect(idsOf(p), p).not.toContain(pulledOut);
    expect(
      idsOf('Facebook asked large US banks to share financial information about their customers.'),
    ).toContain(request);
    expect(
      idsOf('Bank of America was among the large US banks Facebook asked for financial data.'),
    ).not.toContain(request);
  });

  test('a bank the seeds do not name is still the subject after a time or an attribution', () => {
    for (const p of [
      'On Tuesday, Bank of America walked away from the talks over privacy concerns.',
      'According to the Journal, Bank of America walked away from the talks over privacy concerns.',
      'Meanwhile, Bank of America walked away from the talks over privacy concerns.',
    ])
      expect(idsOf(p), p).not.toContain(pulledOut);
    expect(
      idsOf(
        'Earlier this year, Bank of America was among the large US banks Facebook asked for financial data.',
      ),
    ).not.toContain(request);
  });

  test("another bank's words are not a party's answer; a known party beside another is still itself", () => {
    const wells = claimWith('Wells Fargo declined to comment.');
    expect(idsOf('Bank of America declined to comment.')).not.toContain(wells);
    expect(idsOf('Wells Fargo and Bank of America declined to comment.')).toContain(wells);
  });

  test('a bank named as a source, an analyst or a survey is not what the paragraph is about', () => {
    const rose = claimWith('Facebook shares increased by about 3.5%');
    expect(
      idsOf(
        'Facebook shares increased by about 3.5% through midday, after Deutsche Bank analysts raised their price target.',
      ),
    ).toContain(rose);
    for (const p of [
      'Facebook has asked large US banks to share financial information about their customers, analysts at Bank of America said.',
      'According to analysts at Bank of America, Facebook has asked large US banks to share financial information about their customers.',
    ])
      expect(idsOf(p), p).toContain(request);
    expect(
      idsOf(
        'Bank of America said it was not approached, but one large bank has pulled away from the discussion due to privacy concerns, the Journal reported.',
      ),
    ).toContain(pulledOut);
  });

  test('a headline in title case names no organisation by its capitals', () => {
    expect(idsOf('One Large Bank Walked Away From the Talks Over Privacy Concerns')).toContain(pulledOut);
  });
});

describe('who speaks', () => {
  test("a bank's acknowledgement is something it said, not talks the page reports", () => {
    const acknowledged = claimWith('Citigroup acknowledged holding talks');
    expect(idsOf('Citigroup confirmed it has held talks with Facebook.')).toContain(acknowledged);
    expect(idsOf('Citigroup has held talks with Facebook about Messenger services.')).not.toContain(
      acknowledged,
    );
    // An anonymous source tells the talks; Citigroup said nothing.
    for (const p of [
      'Citigroup has held talks with Facebook, a person familiar with the matter said.',
      'Citigroup has held talks with Facebook, people familiar with the talks said.',
      // What the source knows of is not who speaks.
      "Citigroup has held talks with Facebook about Messenger, people familiar with Citigroup's thinking said.",
      'Citigroup has held talks with Facebook, a person close to Citigroup said.',
      "Citigroup has held talks with Facebook, according to people familiar with Citigroup's thinking.",
    ])
      expect(idsOf(p), p).not.toContain(acknowledged);
    expect(idsOf('Citigroup said it has held talks with Facebook.')).toContain(acknowledged);
    // A source that speaks for Citigroup, or its statement, is Citigroup.
    for (const p of [
      'Citigroup has held talks with Facebook, according to an official statement from Citigroup.',
      'Citigroup has held talks with Facebook, an official for Citigroup said.',
      'Citigroup has held talks with Facebook, officials with Citigroup said.',
      'Citigroup has held talks with Facebook, said official Jane Doe of Citigroup.',
    ])
      expect(idsOf(p), p).toContain(acknowledged);
  });

  test('a speech verb joined by "but" to the sentence\'s predicate has the sentence\'s subject', () => {
    const citi = claimWith('paramount in everything we do');
    expect(
      idsOf(
        'Citigroup would not say whether it had talked about payments with Facebook, but told reporters in an email that "safeguarding the security and privacy of our customers\' data and providing customer choice are paramount in everything we do."',
      ),
    ).toContain(citi);
    // The name in an opening phrase ("Asked about Facebook's request,") is not the subject.
    expect(
      idsOf(
        "Asked about Facebook's request, Citigroup would not be drawn on the talks but told AFP that safeguarding the security and privacy of our customers' data and providing customer choice are paramount.",
      ),
    ).toContain(claimWith('safeguarding the security and privacy'));
  });

  test('a party\'s answer copied word for word is its answer where the paragraph says only "the bank"; in other words it needs the bank named', () => {
    const chase = claimWith("We don't share our customers' off-platform transaction data");
    expect(
      idsOf(
        "\"We don't share our customers' off-platform transaction data with these platforms and have had to say 'No' to some things as a result,\" the bank said.",
      ),
    ).toContain(chase);
    expect(
      idsOf(
        "The bank said it does not pass its customers' transaction data to platforms like these and has turned some requests down.",
      ),
    ).not.toContain(chase);
  });
});

describe('figures', () => {
  test('"1 billion users" is not the 1.3 billion the claim counts', () => {
    const users = claimWith('1.3 billion');
    expect(idsOf('The smartphone texting service boasts 1.3 billion users.')).toContain(users);
    expect(idsOf('The smartphone texting service boasts 1 billion users.')).not.toContain(users);
  });
});

describe('denials', () => {
  test('a report followed by "— a report the company denied" is the denial, never the report', () => {
    const request = claimWith('Facebook has asked large US banks to share financial information');
    for (const p of [
      'Facebook asked large US banks to share financial information about their customers \u2014 a report the company denied.',
      'The Journal reported that Facebook asked large US banks to share financial information about their customers \u2014 a claim the company says is not true.',
    ])
      expect(idsOf(p), p).not.toContain(request);
  });

  test('a noun phrase after a dash that tells what happened to the request leaves the report affirmed', () => {
    const request = claimWith('Facebook has asked large US banks to share financial information');
    for (const p of [
      'Facebook has asked large US banks to share financial information about their customers \u2014 a request several banks rejected.',
      'Facebook has asked large US banks to share financial information about their customers \u2014 an overture most lenders refused.',
    ])
      expect(idsOf(p), p).toContain(request);
  });
});

describe('share moves', () => {
  const rose = claimWith('Facebook shares increased by about 3.5%');

  test('a fall told of the market value is no rise of the shares', () => {
    expect(idsOf('Facebook shares increased by about 3.5% through midday.')).toContain(rose);
    expect(idsOf("Facebook's market value fell by about 3.5% through midday.")).not.toContain(rose);
  });

  test('a move told with "up" is the subject\'s share move; another company\'s is not', () => {
    expect(idsOf('Facebook shares closed up 4 percent.')).toContain(rose);
    expect(idsOf('Shares of Facebook ended the day up 4 percent.')).toContain(rose);
    for (const p of ['Tesla shares closed up 4 percent.', 'Shares of Tesla ended the day up 4 percent.'])
      expect(idsOf(p), p).not.toContain(rose);
  });

  test("a sector's stocks are not the subject's stock", () => {
    for (const p of [
      'Tech stocks rose about 3.5% through midday.',
      'Bank stocks increased by about 3.5% through midday.',
    ])
      expect(idsOf(p), p).not.toContain(rose);
    expect(idsOf('Facebook stock rose about 3.5% through midday.')).toContain(rose);
  });

  test("another company's share price is not the subject's", () => {
    expect(idsOf("Tesla's share price rose about 3.5% through midday.")).not.toContain(rose);
    expect(idsOf("Facebook's share price rose about 3.5% through midday.")).toContain(rose);
  });

  test("a unit that tells the subject's move beside another's is still the subject's move", () => {
    for (const p of [
      'Tech shares rallied on Tuesday and Facebook shares increased by about 3.5% through midday.',
      'Facebook and Twitter shares increased by about 3.5% through midday.',
    ])
      expect(idsOf(p), p).toContain(rose);
  });

  test("a move of earnings or revenue is not the shares' move", () => {
    const plummeted = claimWith('Shares in Facebook plummeted last week');
    for (const p of ['Quarterly earnings fell.', "The company's quarterly revenue dropped."])
      expect(idsOf(p), p).not.toContain(plummeted);
    expect(idsOf("Facebook's advertising revenue rose about 3.5% in the quarter.")).not.toContain(rose);
    // The shares, or the company as what moved (market reports), with what the move followed.
    for (const p of [
      'Facebook shares plummeted last week after quarterly revenue missed forecasts.',
      'Facebook plunged last week after missing quarterly revenue forecasts.',
    ])
      expect(idsOf(p), p).toContain(plummeted);
    expect(idsOf('Facebook rose 3.5% through midday.')).toContain(rose);
  });

  test('a market report names the company as what moved, with its suffix, ticker or description', () => {
    for (const p of [
      'Facebook Inc (FB.O) rose 3.5% through midday.',
      'Facebook Inc. rose about 3.5% through midday.',
      'Facebook (FB.O) rose about 3.5% through midday.',
      'Facebook, which owns Instagram, rose about 3.5% through midday.',
      'Facebook traded about 3.5% higher through midday.',
      'The social network rose about 3.5% through midday.',
      "Facebook's market value rose about 3.5% through midday.",
    ])
      expect(idsOf(p), p).toContain(rose);
    // The company names what moved only as the sentence's subject.
    for (const p of [
      'Facebook said advertising revenue rose about 3.5% through midday.',
      'The social network said its advertising revenue rose about 3.5% through midday.',
    ])
      expect(idsOf(p), p).not.toContain(rose);
  });

  test('"up to 87 million" is a bound, and "lost" no share move, so neither vetoes a count', () => {
    const accessed = claimWith('up to 87 million');
    expect(
      idsOf(
        'Cambridge Analytica accessed data on 87 million Facebook users without their consent before it lost its contracts.',
      ),
    ).toContain(accessed);
  });
});

describe("a claim's event, not its cast", () => {
  const request = claimWith('Facebook has asked large US banks to share financial information');
  const pulledOut = claimWith('pulled away from the discussion');
  const lightly = claimWith('stepping lightly');

  test('how big, how many, where or why does not name what happened', () => {
    expect(idsOf('Facebook has met with several large American lenders in recent months.')).not.toContain(
      request,
    );
    expect(idsOf("Privacy is the biggest concern for banks weighing Facebook's plans.")).not.toContain(
      pulledOut,
    );
    const quit = idsOf("One bank quit the talks, it said, because of worries about its customers' privacy.");
    expect(quit).toContain(pulledOut);
    expect(quit).not.toContain(lightly);
  });

  test('a list of the banks alone tells no event', () => {
    const talks = claimWith('Facebook is now discussing partnership ideas');
    expect(idsOf('Wells Fargo, JPMorgan Chase, Citigroup.')).not.toContain(talks);
    expect(idsOf('Citigroup would not comment on the matter. JPMorgan Chase, Wells Fargo.')).not.toContain(
      talks,
    );
    // A word of the claim's event beside the names still tells it; a word of another event does
    // not ("Banks approached: …" reads as asking, which this claim does not tell).
    expect(idsOf('Partnership talks: JPMorgan Chase, Wells Fargo and Citigroup.')).toContain(talks);
  });

  test('the banks named doing something else tell no event of theirs with Facebook', () => {
    const talks = claimWith('Facebook is now discussing partnership ideas');
    for (const p of [
      'Citigroup and Wells Fargo also reported results on Friday.',
      'JPMorgan Chase and Wells Fargo raised their prime lending rates by a quarter point.',
      "Citigroup, Wells Fargo and JPMorgan Chase all beat analysts' profit forecasts.",
      'Wells Fargo and Citigroup opened new branches in Texas.',
    ])
      expect(idsOf(p), p).not.toContain(talks);
    // What they did with Facebook, in the claim's words, after a sentence that tells it, or in a
    // sentence that names the subject acting with them in other words (review R26a).
    for (const p of [
      'Wells Fargo and Citigroup held partnership talks with Facebook.',
      'Facebook held talks with four banks. JPMorgan Chase and Wells Fargo were among them.',
      'Facebook has approached JPMorgan Chase, Wells Fargo, Citigroup and U.S. Bancorp.',
      'Among the lenders Facebook approached were JPMorgan Chase, Wells Fargo and Citigroup.',
      'The social network has been courting JPMorgan Chase, Wells Fargo and Citigroup.',
    ])
      expect(idsOf(p), p).toContain(talks);
  });

  test("one bank named, with the story's nouns, tells no talks with it and the others; its own answer still stands", () => {
    const talks = claimWith('Facebook is now discussing partnership ideas');
    const answer = claimWith('safeguarding the security and privacy of our customers');
    const found = idsOf("Citigroup said the privacy of its customers' data and their choice matter most.");
    expect(found).toContain(answer);
    expect(found).not.toContain(talks);
    // Two of the banks named are who took part; and a bank's own answer is told by its name.
    expect(idsOf('The paper counts JPMorgan Chase and Wells Fargo among the partners.')).toContain(talks);
    // A modifier of the talks ("this year") with one bank named tells no more (review R28b).
    expect(idsOf('Citigroup said privacy is its top priority this year.')).not.toContain(talks);
    const citiComment = claimWith('Citigroup declined to comment regarding any possible discussions');
    expect(idsOf('Citigroup would not say if it had talked with Facebook about Messenger.')).toContain(
      citiComment,
    );
  });

  test('a list of the banks after a sentence that tells what they did names who did it', () => {
    const talks = claimWith('Facebook is now discussing partnership ideas');
    for (const p of [
      'Facebook held talks with four banks. They were JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp.',
      'Facebook has held talks with banks. Which banks? JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp.',
    ])
      expect(idsOf(p), p).toContain(talks);
    // Not after a sentence that denies it, nor one that tells nothing of it.
    for (const p of [
      'Facebook did not hold talks with banks. JPMorgan Chase, Wells Fargo, Citigroup.',
      'Facebook has about 2 billion users. JPMorgan Chase, Wells Fargo, Citigroup.',
    ])
      expect(idsOf(p), p).not.toContain(talks);
  });

  test("a sentence of the story's cast and common nouns, or a question, tells no event of the list (review S19a)", () => {
    const talks = claimWith('Facebook is now discussing partnership ideas');
    for (const before of [
      'Banks have long guarded customer data.',
      "Facebook's data practices drew scrutiny from regulators.",
      'Regulators fined banks over data breaches last year.',
      'Customers of these banks may be affected by the data breach.',
      'Facebook users can now send money to friends.',
      'Facebook has been asked about data.',
      'Did Facebook ask banks for data?',
      'Did Facebook hold talks with banks?',
    ]) {
      const p = `${before} JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp.`;
      expect(idsOf(p), p).not.toContain(talks);
    }
  });

  test('a list of the banks beside a sentence about another acting, or a question asked or reported, tells no event (review S19d)', () => {
    const talks = claimWith('Facebook is now discussing partnership ideas');
    const list = 'JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp.';
    for (const before of [
      'Rival Google held talks with banks.',
      'Analysts discussed the report.',
      'Regulators discussed new rules with banks.',
      'Banks talk to regulators all the time.',
      'Banks had ideas of their own.',
      '"Did Facebook hold talks with banks?" a senator asked.',
      'A senator asked whether Facebook held talks with banks.',
      'Facebook rival Google held talks with four banks.',
      'Regulators held talks with Facebook and four banks.',
      'Banks held talks with regulators, Facebook said.',
    ]) {
      const p = `${before} ${list}`;
      expect(idsOf(p), p).not.toContain(talks);
    }
    // The subject acting, by name after an opening of time or by its description, still names them.
    for (const before of [
      'In August, Facebook held talks with four banks. They were',
      'The social network held talks with four banks. They were',
      // A verb of asking without "whether" or "if" asks nothing: the banks were asked for data.
      'Facebook held talks with four banks and asked them for data. They were',
    ]) {
      const p = `${before} ${list}`;
      expect(idsOf(p), p).toContain(talks);
    }
  });

  test('pursuing partnerships is not asking for data', () => {
    expect(idsOf('Facebook is pursuing new partnerships with banks to share data.')).not.toContain(request);
  });

  test('the same words beside the event still state the claim', () => {
    expect(idsOf("Facebook asked several large US banks for their customers' financial data.")).toContain(
      request,
    );
    expect(idsOf("Facebook has been chasing big US banks for their customers' financial data.")).toContain(
      request,
    );
  });
});

describe('a word and its look-alike', () => {
  test('criticizing something is not calling it critical', () => {
    const critical = claimWith('A critical part of these partnerships');
    expect(idsOf("Politicians criticized Facebook's track record on data security.")).not.toContain(critical);
    // The adjective and its synonyms still state it.
    expect(idsOf('Keeping information secure is critical to these partnerships.')).toContain(critical);
    // Its adverb is the adjective (review S19a): as strong a match, not the weaker one of a word
    // it only shares a stem with.
    const scoreOf = (p: string): number =>
      matchParagraphs(prepared, [p], weight).find((m) => m.claimId === critical)?.score ?? 0;
    expect(scoreOf('Keeping information secure is critically important to these partnerships.')).toBe(
      scoreOf('Keeping information secure is critical to these partnerships.'),
    );
    expect(
      idsOf("Keeping people's information safe is a vital part of these partnerships, Facebook said."),
    ).toContain(critical);
  });
});

describe('what a page says is lacking', () => {
  const optedIn = claimWith('opted in to accessing');

  test('data taken without consent is not users opting in', () => {
    expect(
      idsOf('A quiz app collected data on 30 million Facebook users without their consent.'),
    ).not.toContain(optedIn);
    for (const page of [
      'A quiz app collected data on 30 million Facebook users without explicit consent.',
      "A quiz app collected data on 30 million Facebook users without users' explicit consent.",
    ])
      expect(idsOf(page)).not.toContain(optedIn);
  });

  test('a bank sharing data without telling its customers is not Facebook asking banks for it', () => {
    expect(idsOf('Banks shared data without telling customers.')).not.toContain(
      claimWith('Facebook asks United States banks to share customer details'),
    );
  });

  test('users choosing to share still is', () => {
    expect(idsOf('Some users chose to let Messenger see their financial records, Facebook said.')).toContain(
      optedIn,
    );
  });
});

describe('a denial beside a refusal is still a denial (review S17b)', () => {
  const jpmDenies = claimWith('off-platform transaction');
  const usBancorp = claimWith('has not shared any customer data or information');
  const adsDenial = claimWith("wouldn't use the bank data for ad-targeting");

  test('a denial followed or preceded by "declined to comment further" meets the denial', () => {
    expect(
      idsOf(
        "JPMorgan said it doesn't share customers' off-platform transaction data with such platforms and declined to comment further.",
      ),
    ).toContain(jpmDenies);
    expect(
      idsOf(
        'U.S. Bancorp, which declined to comment further, said it has not shared any customer data with Facebook.',
      ),
    ).toContain(usBancorp);
    expect(
      idsOf(
        'Facebook said it would not use the data for advertising and declined to say which banks it had approached.',
      ),
    ).toContain(adsDenial);
  });

  test('a verb of acting that is also one of speaking ("disclose") is a denial', () => {
    expect(
      idsOf(
        "JPMorgan said it would not disclose customers' off-platform transaction data to such platforms.",
      ),
    ).toContain(jpmDenies);
    expect(idsOf('U.S. Bancorp said it has not disclosed any customer data to Facebook.')).toContain(
      usBancorp,
    );
  });
});

describe("a refusal's matter is judged by its words, past its determiner (review S17b)", () => {
  const wellsRefuses = claimWith('Wells Fargo decline to address the news.');

  test("a refusal about the story's matter in words the index lacks is the bank's refusal", () => {
    for (const page of [
      'Wells Fargo declined to comment on ongoing talks.',
      'Wells Fargo declined to comment on fintech partnerships.',
      'Wells Fargo declined to comment on reports of talks with Facebook.',
      'Wells Fargo declined to comment on its plans.',
    ])
      expect(idsOf(page)).toContain(wellsRefuses);
  });

  test('a refusal about another matter, behind a possessive or a word pointing back, is not', () => {
    for (const page of [
      'Wells Fargo declined to comment on its mortgage lawsuit.',
      'Wells Fargo declined to comment on these layoffs.',
      'Wells Fargo declined to comment on any lawsuit.',
      'Wells Fargo declined to comment on reports of layoffs.',
      'Wells Fargo declined to comment on speculation about layoffs.',
    ])
      expect(idsOf(page)).not.toContain(wellsRefuses);
  });
});
