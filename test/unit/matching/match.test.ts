import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { matchParagraphs, prepare, type PreparedStory } from '../../../src/matching/match.ts';
import { lookupTables } from '../../../src/matching/prepare.ts';
import { couldMatch, leastShared } from '../../../src/matching/score.ts';
import { partCouldStretch, stretchBar, stretchCouldScore } from '../../../src/matching/stretch.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import { ROOT, seedIndex, seedStory } from '../helpers.ts';

const index = seedIndex();
const story = seedStory();
const weight = idfWeights(index);
const prepared = prepare(story, weight);
const claimsOf = (paragraph: string): string[] =>
  matchParagraphs(prepared, [paragraph], weight).map(
    (m) => story.claims.find((c) => c.id === m.claimId)?.text ?? '',
  );
const claimIdWith = (fragment: string): string =>
  story.claims.find((c) => c.appearances.some((a) => a.quote.includes(fragment)))?.id ?? '';
const idsOf = (paragraph: string): string[] =>
  matchParagraphs(prepared, [paragraph], weight).map((m) => m.claimId);

/** The claims met by a page's last paragraph, matched as the extension does: with the page's context. */
const lastOfPage = (...paragraphs: string[]): string[] => {
  const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
  return matchParagraphs(prepare(story, pageWeight), paragraphs, pageWeight, undefined, {
    stated: 0,
    recorded: new Set(),
  })
    .filter((m) => m.paragraph === paragraphs.length - 1)
    .map((m) => m.claimId);
};

describe('matching paragraphs to claims', () => {
  test('a verbatim copy matches with full score and cites its seed', () => {
    const [m] = matchParagraphs(
      prepared,
      [
        'Facebook has asked large US banks to share financial information about their customers as it seeks to offer new services to users, according to The Wall Street Journal.',
      ],
      weight,
    );
    expect(m?.score).toBe(1);
    expect(m?.evidence[0]?.seed).toBe('000_88890d5d2ec139ad.txt');
  });

  test('a partial quote inside a longer paragraph matches', () => {
    expect(
      idsOf(
        'In a lengthy post on Tuesday, the company repeated that "a critical part of these partnerships is keeping people\u2019s information safe and secure" and took no questions.',
      ),
    ).toContain(claimIdWith('A critical part of these partnerships'));
  });

  test('paraphrases: word order, synonyms, British spelling, numbers written out', () => {
    const core = claimIdWith('Facebook has asked large US banks to share financial information');
    expect(
      idsOf(
        'The Wall Street Journal reported that big American lenders had been asked by Facebook to hand over financial details about their clients.',
      ),
    ).toContain(core);
    const ads = claimIdWith('would not use the bank data for ad-targeting purposes');
    expect(
      idsOf(
        'The company said it would not use the bank data for advertising targeting or share it with third parties.',
      ),
    ).toContain(ads);
    const users = claimIdWith('boasts 1.3 billion users');
    expect(idsOf('The smartphone messaging service has 1.3bn users.')).toContain(users);
  });

  test("a short claim of the story's common words is not stated by a paragraph about someone else", () => {
    // "Facebook asks US banks to share customer data" in other words, but of another company.
    const headline = claimIdWith('Facebook asks US banks to share customer data');
    expect(idsOf('Apple was reported to have asked lenders for customer data as well.')).not.toContain(
      headline,
    );
    expect(idsOf('Amazon and Google are also said to have asked banks for data.')).toEqual([
      claimIdWith('Google and Amazon have also reportedly sought banking info'),
    ]);
    // A short claim whose polarity or speaker makes it specific is still met in other words.
    expect(idsOf('Wells Fargo declined to offer any comment.')).toContain(
      claimIdWith('Wells Fargo declined to comment.'),
    );
  });

  test('a paragraph stating part of a claim among words the seeds never use is matched', () => {
    // With the page's own words weighed as the compiler weighs an unseen word, they diluted
    // this paragraph under the score.
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    const paragraph =
      'Funny how everybody shrugs and grins whenever Google and Amazon chase bank data for their voice assistants too.';
    expect(
      matchParagraphs(prepare(story, pageWeight), [paragraph], pageWeight).map((m) => m.claimId),
    ).toEqual([claimIdWith('Google and Amazon have also reportedly sought banking info')]);
  });

  test("a paragraph sharing only the story's cast and common nouns with a claim does not state it", () => {
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    const ids = matchParagraphs(
      prepare(story, pageWeight),
      [
        'At least one big bank walked away from the discussions, citing worries over the privacy of its customers.',
      ],
      pageWeight,
    ).map((m) => m.claimId);
    // The bank that pulled out, not the banks that said they were stepping lightly: both are
    // about customers' privacy worries, only one is about walking away.
    expect(ids).toContain(claimIdWith('pulled away from the discussion'));
    expect(ids).not.toContain(claimIdWith('stepping lightly'));
  });

  test("a sentence stating one stretch of a long claim's sentence is matched", () => {
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    const ids = (paragraph: string): string[] =>
      matchParagraphs(prepare(story, pageWeight), [paragraph], pageWeight).map((m) => m.claimId);
    // The seed sentences say much more ("… facing multiple inquiries from US and British
    // regulators about a scandal involving the now bankrupt British consultancy Cambridge
    // Analytica"; "… by promising them features such as users being able to see their checking
    // account balances or receiving fraud alerts within Facebook Messenger"), which the whole
    // sentence's score counted against these.
    expect(
      ids('Regulators in Britain and the US are still looking into the company over the scandal.'),
    ).toContain(claimIdWith('multiple inquiries from US and British regulators'));
    expect(ids('Seeing your balance or a fraud warning inside a chat window could be handy.')).toContain(
      claimIdWith('receiving fraud alerts within Facebook Messenger'),
    );

    // The first half of a seed sentence whose second half tells why ("…, after the firm missed
    // quarterly revenue forecasts and warned growth would be far weaker …"), copied or reworded.
    const plummet = claimIdWith('Shares in Facebook plummeted last week');
    expect(
      ids('Shares in Facebook plummeted last week, wiping out some $100 billion in market value.'),
    ).toContain(plummet);
    expect(ids("Facebook's stock dropped last week, erasing about $100 billion.")).toContain(plummet);
    // The same fall of another company's, a bank's or the market's shares is not Facebook's.
    for (const p of [
      "The bank's shares plummeted last week, wiping out some $100 billion in market value.",
      "Twitter's share price plummeted last week, wiping out some $100 billion.",
      'Nvidia lost some $100 billion in market value last week as its shares plummeted.',
      'Shares in the chipmaker plunged last week, wiping out some $100 billion in market value.',
      'Stocks fell sharply last week, wiping out some $100 billion in market value.',
    ])
      expect(ids(p), p).not.toContain(plummet);
  });

  test('a sentence stating a stretch with just enough evidence is matched', () => {
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    // It shares three informative terms with the seed sentence ("more user information
    // centralized on one single platform … vulnerable to unauthorized sharing or leaking …"),
    // no more: the least a stretch needs (enoughToStretch), which the lookup must let through too.
    expect(
      matchParagraphs(
        prepare(story, pageWeight),
        ['One platform with all that information is easier to leak from.'],
        pageWeight,
      ).map((m) => m.claimId),
    ).toContain(claimIdWith('vulnerable to unauthorized sharing or leaking'));
  });

  test("a stretch of a claim's sentence that shares only the story's common words is not stated", () => {
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    const ids = (paragraph: string): string[] =>
      matchParagraphs(prepare(story, pageWeight), [paragraph], pageWeight).map((m) => m.claimId);
    // Banks, data, apps and asking are in a third of the story's claims and more: what these share
    // with a stretch of a claim does not say which claim.
    expect(
      ids(
        'Apple and Microsoft have also approached banks about bringing financial data into their digital assistants.',
      ),
    ).not.toContain(claimIdWith('Google and Amazon have also reportedly sought banking info'));
    expect(ids("For many customers, their own bank's app is only a tap away.")).toEqual([]);
  });

  test('a statement that says nothing of ads does not meet the one that does, for a speaker who "added"', () => {
    // "added" was stemmed to "ad", the advertising noun, so this met "We also don't have special
    // relationships … to use their customers' purchase data for ads".
    expect(
      idsOf(
        'The company would not use the bank data, a spokesperson added, adding that it would not share it with anyone.',
      ),
    ).not.toContain(claimIdWith('purchase data for ads'));
  });

  test('shares that rose do not state shares that fell', () => {
    const fell = claimIdWith('Shares in Facebook plummeted last week');
    expect(idsOf('Facebook shares fell after the company missed quarterly revenue forecasts.')).toContain(
      fell,
    );
    expect(idsOf('Facebook shares rose after the company beat quarterly revenue forecasts.')).not.toContain(
      fell,
    );
  });

  const rise = claimIdWith('increased by about 3.5% through midday');
  const story2 =
    "Facebook asked big US banks for their customers' card transactions and checking account balances.";

  test('a share move told in two words is stated once the page has told the story, and only then', () => {
    // A newsletter's item: the request, then the market's answer in four words.
    expect(lastOfPage(story2, 'The stock rose anyway.')).toContain(rise);
    // Markets' plain words for a rise.
    expect(lastOfPage(story2, 'Its stock went up after the report.')).toContain(rise);
    expect(lastOfPage(story2, 'By the close its shares were higher.')).toContain(rise);
    // Alone, a line about a stock rising says nothing about this story; nor does the other way.
    expect(lastOfPage('The stock rose anyway.')).not.toContain(rise);
    expect(lastOfPage(story2, 'The stock fell anyway.')).not.toContain(rise);
    // A direction with some other word of the claim is no share move.
    expect(lastOfPage(story2, 'Advertising revenue rose through midday.')).not.toContain(rise);
    // Two shared words that are not a move (the friends, the place) are not enough.
    expect(lastOfPage(story2, 'A place to chat with friends.')).toEqual([]);
  });

  test("a part of the subject's recorded statement in the writer's words counts once the page has quoted another part", () => {
    const partner = claimIdWith('we partner with banks and credit card companies');
    // A made-up reporter's summary of the statement's "customer chat or account management",
    // diluted by its own words under the score a pair needs alone.
    const pitch =
      'Its whole pitch to lenders, it says, is simply customer chat and a hand with account management.';
    const adsQuoted =
      '"We\'re not using this information beyond enabling these types of experiences, not for advertising or anything else," a spokeswoman said.';
    expect(lastOfPage(pitch)).not.toContain(partner);
    expect(lastOfPage(adsQuoted, pitch)).toContain(partner);
    // In the same paragraph, a sentence after the quoted part.
    const adsTold =
      'It is not using this information beyond enabling these types of experiences, not for advertising or anything else.';
    expect(lastOfPage(`${adsTold} ${pitch}`)).toContain(partner);
    // Nor is the same part: a claim is not its own sibling.
    const partnerQuoted =
      '"Like many online companies with commerce businesses, we partner with banks and credit card companies to offer services like customer chat or account management," it said.';
    expect(lastOfPage(partnerQuoted, pitch)).not.toContain(partner);
    // Another claim of the page, not a part of the statement, is not enough: the report.
    expect(lastOfPage(story2, pitch)).not.toContain(partner);
    // A sentence that states one part shares its words with the others: it does not state them too.
    const ads = claimIdWith('would not use the bank data for ad-targeting purposes');
    const relationships = claimIdWith("We also don't have special relationships");
    const adsDenied =
      'The social network said it will not use bank data for ad-targeting purposes or share it with third parties.';
    expect(lastOfPage(adsQuoted, adsDenied)).toContain(ads);
    expect(lastOfPage(adsQuoted, adsDenied)).not.toContain(relationships);
    // A sentence that states two parts has words for each: the second is met beside the first.
    const twoParts =
      'Facebook said it is not actively asking financial services companies for financial transaction data, and that its whole pitch to lenders is simply customer chat and a hand with account management.';
    expect(lastOfPage(twoParts)).toContain(partner);
    // Words of a part that is about another are not the subject's (review S19a): "rival Google
    // offers credit card customers …" is no second part beside the denial.
    const denialAndRival =
      'Facebook said it is not actively asking financial services companies for financial transaction data, though rival Google offers credit card customers account management features.';
    expect(lastOfPage(adsQuoted, denialAndRival)).not.toContain(relationships);
    // Nor where the sentence states nothing else.
    const pitchOfRival =
      'Its whole pitch to lenders is simple, though rival Google offers customer chat and a hand with account management.';
    expect(lastOfPage(adsQuoted, pitchOfRival)).not.toContain(partner);
    // Another company's words are not the subject's statement, on a page about the story too.
    const google =
      'Google said it would not use the data for ads and that its partnerships with banks were limited to payments.';
    const denial =
      'Facebook called that wrong: "A recent Wall Street Journal story implies incorrectly that we are actively asking financial services companies for financial transaction data - this is not true."';
    expect(lastOfPage(story2, denial, google)).not.toContain(ads);
  });

  test("a person named alone does not speak for the subject, whatever the page called them; another company, through 'According to', does not either", () => {
    const partner = claimIdWith('we partner with banks and credit card companies');
    const adsQuoted =
      '"We\'re not using this information beyond enabling these types of experiences, not for advertising or anything else," a spokeswoman said.';
    // Made-up people, named beside the subject first, then alone: a role read beside a name was
    // as often another's (reviews S19a, S19d), so none ties a person to the subject.
    const pitchBy = (who: string): string =>
      `Its whole pitch to lenders, ${who} said, is simply customer chat and a hand with account management.`;
    expect(lastOfPage(adsQuoted, pitchBy('Doe'))).not.toContain(partner);
    for (const intro of [
      'Facebook CEO Jane Doe spent the week with investors.',
      "Jane Doe, Facebook's chief executive, spent the week with investors.",
      'Google CEO Jane Doe spent the week with investors.',
      'Facebook and Google CEO Jane Doe spent the week with investors.',
      'Jane Doe, who criticised Facebook, spent the week with investors.',
      'Facebook critic Jane Doe spent the week with investors.',
      'Jane Doe, an analyst who covers Facebook, spent the week with investors.',
      'Jane Doe, a senator investigating Facebook, spent the week with investors.',
      'Facebook sued Jane Doe last year.',
      'Former Facebook employee Jane Doe spent the week with investors.',
      'Jane Doe, president of a group of Facebook users, spent the week with investors.',
      'Jane Doe, head of a coalition of Facebook critics, spent the week with investors.',
      'Jane Doe, chief executive of the Facebook Users Union, spent the week with investors.',
      'Jane Doe, the founder of a site for Facebook addicts, spent the week with investors.',
      "Jane Doe, the president of Facebook's biggest rival, spent the week with investors.",
      "Jane Doe, the CEO of Facebook's biggest advertiser, spent the week with investors.",
      "Jane Doe, a spokeswoman for Facebook's critics, spent the week with investors.",
      "Jane Doe, the chief executive of Facebook's rival Google, spent the week with investors.",
      'Jane Doe, a senior executive at Facebook until 2016, spent the week with investors.',
      "Jane Doe, Facebook's president until last year, spent the week with investors.",
    ])
      expect(lastOfPage(intro, adsQuoted, pitchBy('Doe')), intro).not.toContain(partner);
    for (const intro of [
      'In a post on Facebook President Donald Trump said banks should be careful.',
      'Writing on Facebook President Trump said banks should be careful.',
      'Banned from Facebook President Trump said banks should be careful.',
    ])
      expect(lastOfPage(intro, adsQuoted, pitchBy('Trump')), intro).not.toContain(partner);
    // Nor is another company named beside it.
    const pitchByGoogle =
      'Its whole pitch to lenders, Google said, is simply customer chat and a hand with account management.';
    expect(lastOfPage('Facebook rival Google has its own plans.', adsQuoted, pitchByGoogle)).not.toContain(
      partner,
    );
    // A sentence that opens on "According to" names its speaker after it.
    const according = (who: string): string =>
      `According to ${who}, its whole pitch to lenders is simply customer chat and a hand with account management.`;
    expect(lastOfPage(adsQuoted, according('the company'))).toContain(partner);
    expect(lastOfPage(adsQuoted, according('Google'))).not.toContain(partner);
  });

  test("a share move told in two words needs whose stock: the subject's, not the market's", () => {
    for (const p of ['Stocks rose broadly on Monday.', 'Stocks climbed after the report.'])
      expect(lastOfPage(story2, p), p).not.toContain(rise);
    for (const p of [
      'Facebook shares rose on Monday.',
      "Nor is it reassuring that Facebook's stock rose on the news.",
      'Shares of Facebook were higher on Monday.',
      "The company's stock climbed after the report.",
    ])
      expect(lastOfPage(story2, p), p).toContain(rise);
  });

  test("a share move told in two words is the subject's where the stock's owner is, or points back at it", () => {
    // The market, or a company named before the word that points back, owns the stock.
    for (const p of [
      'The stock market rallied on Monday.',
      'The stock index rose on Monday.',
      'JPMorgan said its shares rose on Monday.',
      'JPMorgan Chase reported record profit on Friday. The stock rose.',
    ])
      expect(lastOfPage(story2, p), p).not.toContain(rise);
    // Wire copy's bare "Shares" and the subject's suffixes, tickers and descriptions.
    for (const p of [
      'Shares rose on Monday.',
      'Facebook Inc. shares rose.',
      'Facebook (FB.O) shares rose on Monday.',
      "Facebook Inc's (FB.O) shares rose on Monday.",
      'FB shares rose on Monday.',
      'Shares in the social media giant rose on Monday.',
      // An adverb and its comma opening the sentence names no owner.
      'Meanwhile, its shares rose on Monday.',
    ])
      expect(lastOfPage(story2, p), p).toContain(rise);
  });

  test('evidence cut from a clause cites the whole seed sentence, which says what the clause is about', () => {
    const [m] = matchParagraphs(
      prepared,
      [
        'Facebook wants Messenger to be a place where people buy and sell goods and services, the Journal reported.',
      ],
      weight,
    );
    // The seed's clause alone ("also a place to buy and sell goods and services.") names no one.
    expect(m?.evidence[0]?.quote).toMatch(/^According to WSJ, Facebook .*also a place to buy and sell goods/);
  });

  test('a denial never matches the report it denies, and vice versa', () => {
    const core = claimIdWith('Facebook has asked large US banks to share financial information');
    expect(
      idsOf('Facebook has not asked large US banks to share financial information about their customers.'),
    ).not.toContain(core);
    // The negation of a quotation's clause holds for the quotation, however far before it.
    const asking = claimIdWith('Over the past year, Facebook has reached out');
    const quoted =
      'The company insists the story is wrong. It is not, a spokesperson said, "actively asking financial services companies for financial transaction data."';
    expect(idsOf(quoted)).not.toContain(asking);
    expect(idsOf(quoted)).toContain(claimIdWith('A recent Wall Street Journal story implies incorrectly'));
  });

  test('a denial that names the report it denies carries the report and the denial; a plain denial only the denial', () => {
    const core = claimIdWith('Facebook has asked large US banks to share financial information');
    const denial = claimIdWith('A recent Wall Street Journal story implies incorrectly');
    const denialLed = idsOf(
      'Facebook pushed back on claims that it asked big US banks to share detailed financial information about their customers.',
    );
    expect(denialLed).toContain(core);
    expect(denialLed).toContain(denial);
    // The same denial naming no report states nothing as reported: the reader is not told the
    // paragraph repeats the report.
    const plain = idsOf(
      'Facebook denied that it asked big US banks to share detailed financial information about their customers.',
    );
    expect(plain).not.toContain(core);
    expect(plain).toContain(denial);
    expect(
      idsOf(
        'Facebook did not ask big US banks to share detailed financial information about their customers, the company said.',
      ),
    ).not.toContain(core);
    // A negation inside the reported clause is the report's own: a report of a refusal is not the report of the request.
    expect(
      idsOf(
        'Facebook disputed a report that it had not asked big US banks to share detailed financial information about their customers.',
      ),
    ).not.toContain(core);
  });

  test("one party's answer does not match a sentence in which another party speaks", () => {
    const usBank = claimIdWith('has not shared any customer data or information with Facebook');
    expect(
      idsOf(
        'A spokesman for U.S. Bank said it had shared no customer data with Facebook or any other platform.',
      ),
    ).toContain(usBank);
    // The same words, said by JPMorgan: not U.S. Bank's answer.
    expect(
      idsOf(
        'A JPMorgan spokeswoman said it had shared no customer data with Facebook or any other platform.',
      ),
    ).not.toContain(usBank);
    // Unnamed ("it added") continues the sentence before: still JPMorgan speaking.
    expect(
      idsOf(
        'JPMorgan said it is careful. It added that it had shared no customer data with Facebook or any other platform.',
      ),
    ).not.toContain(usBank);
    // "… a spokeswoman said" after a paragraph named JPMorgan: JPMorgan speaking.
    expect(
      idsOf(
        'JPMorgan Chase was blunt. "We have not shared any customer data or information with Facebook or any other platforms," a spokeswoman said.',
      ),
    ).not.toContain(usBank);
    // A clause that names no bank is about the bank its sentence names.
    expect(
      idsOf(
        'Citigroup confirms talks with Facebook, but it has not shared any customer data or information with Facebook or any other platforms.',
      ),
    ).not.toContain(usBank);
    // A description ("the bank") may be any bank: the paragraph must name U.S. Bank somewhere.
    expect(
      idsOf('The bank said it had shared no customer data with Facebook or any other platform.'),
    ).not.toContain(usBank);
    expect(
      idsOf(
        'U.S. Bank was asked too. The bank said it had shared no customer data with Facebook or any other platform.',
      ),
    ).toContain(usBank);
    const safe = claimIdWith('A critical part of these partnerships is keeping');
    expect(
      idsOf(
        "Citigroup said a critical part of these partnerships is keeping people's information safe and secure.",
      ),
    ).not.toContain(safe);
  });

  test('a wrong figure or the wrong bank is not the claim', () => {
    const users = claimIdWith('boasts 1.3 billion users');
    expect(idsOf('The smartphone texting service boasts 1.3 billion users.')).toContain(users);
    expect(idsOf('The smartphone texting service boasts 2 billion users.')).not.toContain(users);
    const usBank = claimIdWith('has not shared any customer data or information with Facebook');
    expect(
      idsOf(
        'Citigroup has not shared any customer data or information with Facebook or any other platforms.',
      ),
    ).not.toContain(usBank);
  });

  test("a bank's other names are the bank: Citi is Citigroup, Chase is JPMorgan Chase", () => {
    const talks = claimIdWith('has had discussions with JPMorgan Chase, Wells Fargo, Citigroup');
    expect(idsOf('Facebook held talks with Chase, Citi and U.S. Bank.')).toContain(talks);
    // Other banks' names are not these.
    expect(idsOf('Facebook held talks with HSBC, Barclays and Lloyds.')).not.toContain(talks);
  });

  test('sentences that share words but not meaning match nothing', () => {
    expect(claimsOf('Facebook asked users to share photos of their summer holidays.')).toEqual([]);
    expect(claimsOf('Banks share customer data with credit bureaus every month.')).toEqual([]);
    expect(
      claimsOf('Facebook shares rose after the company reported strong quarterly advertising revenue.'),
    ).toEqual([]);
  });

  test('the page is recognised only with enough distinct claims', () => {
    const engine = new Engine(index);
    const nearTopic = parseTextPage(
      fs.readFileSync(path.join(ROOT, 'test/eval/dev/pages/neg-hard-2-bank-messenger-chatbot.txt'), 'utf8'),
    ).paragraphs;
    expect(engine.analyse(nearTopic).story).toBeNull();
    const page = [
      'Facebook has asked large US banks to share financial information about their customers as it seeks to offer new services to users, according to The Wall Street Journal.',
      'A recent Wall Street Journal story implies incorrectly that we are actively asking financial services companies for financial transaction data - this is not true.',
    ];
    expect(engine.analyse(page).story?.id).toBe(story.id);
  });

  test("another part of the subject's statement, met only beside a part the page quoted, never makes the page about the story", () => {
    const engine = new Engine(index);
    const partner = claimIdWith('we partner with banks and credit card companies');
    // A made-up page: the denial quoted, and a summary of the partnership statement that counts
    // only beside it (a claim of its own, the page's second, were it counted).
    const denial =
      'Facebook repeated its line: "A recent Wall Street Journal story implies incorrectly that we are actively asking financial services companies for financial transaction data - this is not true."';
    const pitch =
      'Its whole pitch to lenders, it says, is simply customer chat and a hand with account management.';
    expect(engine.analyse([denial, pitch]).story).toBeNull();
    // On a page about the story without it, it is shown.
    const report =
      'Facebook has asked large US banks to share financial information about their customers as it seeks to offer new services to users, according to The Wall Street Journal.';
    const page = engine.analyse([report, denial, pitch]);
    expect(page.story?.id).toBe(story.id);
    expect(page.matches.filter((m) => m.paragraph === 2).map((m) => m.claimId)).toContain(partner);
  });

  test('in slices, as the background matches, the result is the same, with a pause at least every 8,000 characters', async () => {
    const engine = new Engine(index);
    const dir = path.join(ROOT, 'test/eval/dev/pages');
    const all = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('pos-'))
      .flatMap((f) => parseTextPage(fs.readFileSync(path.join(dir, f), 'utf8')).paragraphs);
    // Long paragraphs (five of the dev set's each), so that size, not count, ends the slices.
    const paragraphs = Array.from({ length: Math.ceil(all.length / 5) }, (_, i) =>
      all.slice(5 * i, 5 * i + 5).join(' '),
    );
    const text = paragraphs.join('\n');
    let pauses = 0;
    const sliced = await engine.analyseInSlices(
      paragraphs,
      engine.candidates(text),
      async () => void pauses++,
    );
    expect(sliced).toEqual(engine.analyse(paragraphs, text));
    expect(sliced.matches.length).toBeGreaterThan(30);
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(text.length / 8_000));
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(paragraphs.length / 20));
  });
});

describe("another company's act or words are never the subject's", () => {
  const byText = (start: string): string => story.claims.find((c) => c.text.startsWith(start))?.id ?? '';
  // The subject's own claims: those it speaks, and its acts (a claim opening on its name).
  const subjects = new Set(
    story.claims.filter((c) => c.speaker === 'Facebook' || /^Facebook\b/.test(c.text)).map((c) => c.id),
  );
  const report =
    'Facebook has asked large U.S. banks to share detailed financial information about their customers, including card transactions and checking-account balances, The Wall Street Journal reported.';
  const subjectsMet = (paragraph: string): string[] =>
    lastOfPage(report, paragraph).filter((id) => subjects.has(id));

  test("another company's act, or its words about itself, meets none of the subject's claims", () => {
    for (const p of [
      'Amazon has been in talks with JPMorgan Chase about offering a checking-account-like product to its customers.',
      'Google offers credit card customers account management features through its assistant.',
      'Amazon said on Monday it is in talks to deepen links with banks and financial firms.',
      'Like Facebook, Amazon said it is in talks to deepen links with banks and financial firms.',
      'E-commerce company Amazon said it is in talks to deepen links with banks and financial firms.',
      'According to Gebhart, the company is in talks to deepen links with banks and financial firms.',
    ])
      expect(subjectsMet(p), p).toEqual([]);
  });

  test("another's act still meets a report that is not the subject's", () => {
    expect(
      lastOfPage(
        report,
        'Google offers credit card customers account management features through its assistant.',
      ),
    ).toContain(byText('Google and Amazon have sought banking info'));
  });

  test("another's words can tell the subject's act: a senator restating the report states it", () => {
    expect(
      lastOfPage(
        report,
        'Senator Mark Warner said Facebook has asked large banks to share detailed financial information about their customers.',
      ),
    ).toContain(byText('Facebook has asked large US banks'));
    const warner = lastOfPage(
      report,
      'Warner said Facebook had asked JPMorgan Chase, Wells Fargo and Citigroup for card transactions and checking account balances.',
    );
    expect(warner).toContain(byText('The financial information asked from the banks'));
    expect(warner).toContain(byText('Facebook is now discussing partnership ideas'));
  });

  test("the subject's world, a paper's attribution and a time stamp make no one else the actor", () => {
    // "Messenger" is written as a name in the seed quotes, but it is the subject's own.
    expect(
      lastOfPage(
        report,
        'Messenger can be used by businesses to help people keep track of account information such as balances, receipts, or shipping dates.',
      ),
    ).toContain(byText('Messenger can be used by businesses'));
    // The subject speaks first; the paper's "said" after it tells whose report it is.
    expect(
      lastOfPage(
        report,
        "The social media company said it wouldn't use the bank data for ad-targeting purposes or share it with third parties, the WSJ said.",
      ),
    ).toContain(byText("Facebook wouldn't use the bank data"));
    expect(
      lastOfPage(
        report,
        '07:31 EDT \u2013 The report says the conversations took place over the past year and involved JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp.',
      ),
    ).toContain(byText('Facebook is now discussing partnership ideas'));
  });
});

describe('matcher properties (fast-check)', () => {
  test('never throws and gives well-formed matches on arbitrary Unicode', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 8 }),
        (paragraphs) => {
          const out = matchParagraphs(prepared, paragraphs, weight);
          for (const m of out) {
            expect(m.paragraph).toBeGreaterThanOrEqual(0);
            expect(m.paragraph).toBeLessThan(paragraphs.length);
            expect(m.score).toBeGreaterThan(0);
            expect(m.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a pair the lookup passes over for sharing less than leastShared could never pass couldMatch', () => {
    // The lookup compares a claim unit's leastShared before it calls couldMatch: a pair it skips
    // must be one couldMatch rules out. Every claim weight up to 60,000 (the seeds' heaviest unit
    // weighs 37,847), against the least weight a pair could share and pass, found by
    // bisection (couldMatch's tests only pass more as the pair shares more) with the evidence and
    // shingles that let the most through.
    const unsound: number[] = [];
    for (let claim = 1; claim <= 60_000; claim++) {
      let lo = 0;
      let hi = claim;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (couldMatch(mid, 12, claim, 12)) hi = mid;
        else lo = mid + 1;
      }
      if (leastShared(claim) > lo) unsound.push(claim);
    }
    expect(unsound).toEqual([]);
  });

  test('what rules a stretch out for a whole sentence never rules one out for a part of it', () => {
    // A part (a clause, a quotation) shares at most what its sentence shares and weighs at least
    // what it shares; the lookup remembers a claim unit for a sentence's parts by partCouldStretch.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (shared, more, extra, from) => {
          if (stretchCouldScore(shared, shared + extra, stretchBar(from)))
            expect(partCouldStretch(shared + more, stretchBar(from))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  test("the index holds the matcher's tables as the engine would make them, and matching from them finds the same", () => {
    // The compiler writes them with the engine's weights so that a background's first page need
    // not make them; were they made with other weights or another share, pages would match otherwise.
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    expect(story.lookup).toEqual(lookupTables(story, pageWeight));
    const fromIndex = prepare(story, pageWeight, undefined, story.lookup);
    const made = prepare(story, pageWeight);
    const dir = path.join(ROOT, 'test/eval/dev2/pages');
    const pages = fs
      .readdirSync(dir)
      .map((f) => parseTextPage(fs.readFileSync(path.join(dir, f), 'utf8')).paragraphs);
    for (const page of pages)
      expect(
        matchParagraphs(fromIndex, page, pageWeight, undefined, {
          stated: 0,
          recorded: new Set(),
        }),
      ).toEqual(
        matchParagraphs(made, page, pageWeight, undefined, {
          stated: 0,
          recorded: new Set(),
        }),
      );
    expect(pages.length).toBeGreaterThan(0);
  });

  test('leaving common terms out of the index never loses or changes a match', () => {
    const everyTerm = prepare(story, weight, 0);
    // With no share to leave out, only weightless terms stay out of the index.
    const leftOut = (p: PreparedStory): string[] => p.unindexed.flat().map((id) => p.terms[id] ?? '');
    expect(leftOut(prepared).some((t) => weight(t) > 0)).toBe(true);
    expect(leftOut(everyTerm).every((t) => weight(t) === 0)).toBe(true);
    // Paragraphs of the dev set and the seeds, alone and spliced together at random, so that
    // claim units meet pages sharing every amount of their vocabulary.
    const dir = path.join(ROOT, 'test/eval/dev/pages');
    const pool = fs
      .readdirSync(dir)
      .flatMap((f) => parseTextPage(fs.readFileSync(path.join(dir, f), 'utf8')).paragraphs)
      .concat(story.claims.flatMap((c) => c.appearances.map((a) => a.quote)));
    expect(matchParagraphs(prepared, pool, weight)).toEqual(matchParagraphs(everyTerm, pool, weight));
    const pieces = pool.flatMap((p) => p.split(/(?<=[,.;])\s+/));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        expect(matchParagraphs(prepared, [text], weight)).toEqual(matchParagraphs(everyTerm, [text], weight));
      }),
      { numRuns: 1000 },
    );
  });

  test("the lookup's bounds never lose a match: every page of both dev sets, as the extension matches it, is matched the same with every pair scored", () => {
    // The extension's weights and page context; the index with nothing left out, and no bound
    // before scoring, on one side.
    const pageWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    const bounded = prepare(story, pageWeight);
    const everyPair = prepare(story, pageWeight, 0);
    for (const set of ['dev', 'dev2']) {
      const dir = path.join(ROOT, 'test/eval', set, 'pages');
      for (const file of fs.readdirSync(dir)) {
        const page = parseTextPage(fs.readFileSync(path.join(dir, file), 'utf8')).paragraphs;
        const fast = matchParagraphs(bounded, page, pageWeight, undefined, {
          stated: 0,
          recorded: new Set(),
        });
        const slow = matchParagraphs(
          everyPair,
          page,
          pageWeight,
          undefined,
          { stated: 0, recorded: new Set() },
          false,
        );
        expect(fast, `${set}/${file}`).toEqual(slow);
      }
    }
    // Pieces of those pages and of the seeds spliced at random: pairs at every distance from the
    // score, where a bound a little too tight would show.
    const pieces = ['dev', 'dev2']
      .flatMap((set) => {
        const dir = path.join(ROOT, 'test/eval', set, 'pages');
        return fs
          .readdirSync(dir)
          .flatMap((f) => parseTextPage(fs.readFileSync(path.join(dir, f), 'utf8')).paragraphs);
      })
      .concat(story.claims.flatMap((c) => c.appearances.map((a) => a.quote)))
      .flatMap((p) => p.split(/(?<=[,.;])\s+/));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = [parts.join(' ')];
        expect(matchParagraphs(bounded, text, pageWeight)).toEqual(
          matchParagraphs(everyPair, text, pageWeight, undefined, undefined, false),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('work grows linearly with input: scored pairs per paragraph stay bounded', () => {
    const para =
      'Facebook has asked banks for data on card transactions and checking account balances, the report said. ';
    const work = (n: number): number => {
      const stats = { units: 0, pairs: 0 };
      matchParagraphs(
        prepared,
        Array.from({ length: n }, () => para.repeat(4)),
        weight,
        stats,
      );
      return stats.pairs;
    };
    expect(work(128)).toBe(16 * work(8));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        const stats = { units: 0, pairs: 0 };
        matchParagraphs(prepared, [text], weight, stats);
        // Each unit is scored against at most every claim unit: a constant for a given index.
        expect(stats.pairs).toBeLessThanOrEqual(
          stats.units * story.claims.reduce((n, c) => n + c.match.length, 0),
        );
        expect(stats.units).toBeLessThanOrEqual(text.length + 1);
      }),
      { numRuns: 500 },
    );
  });
});
