// General English paraphrase knowledge for news text: groups of words that reporters use
// interchangeably, folded to one concept on both sides of the match. Nothing here is about one
// story: these are the verbs of asking and telling, the nouns of money and talks, that any
// rewrite of a business story swaps freely. Multi-word phrases are written with '_'; the
// tokenizer (terms.ts) stems every part and joins adjacent tokens that form one.

import { WEEKDAYS } from './calendar.ts';

export const GROUPS: readonly (readonly string[])[] = [
  [
    'ask',
    'request',
    'seek',
    'sought',
    'approach',
    'petition',
    'solicit',
    'reach_out',
    'want',
    'chase',
    'hunt',
    'go_after',
    'sound_out',
  ],
  [
    'bank',
    'lender',
    'bancorp',
    'financial_institution',
    'financial_firm',
    'financial_services_company',
    'card_issuer',
    'issuer',
  ],
  ['customer', 'client', 'consumer', 'cardholder', 'holder'],
  [
    'share',
    'hand_over',
    'hand_off',
    'pass_on',
    'pass_along',
    'provide',
    'give',
    'pass',
    'disclose',
    'supply',
    'turn_over',
    'send',
    'transfer',
  ],
  ['data', 'information', 'info', 'detail', 'record', 'personal_finance'],
  ['talk', 'discussion', 'conversation', 'negotiation', 'discuss', 'negotiate', 'meeting', 'dialogue'],
  ['transaction', 'purchase', 'spending', 'spend', 'buy', 'payment_history'],
  ['large', 'big', 'major', 'biggest', 'largest', 'top', 'leading', 'huge'],
  ['deny', 'dispute', 'reject', 'refute', 'rebut', 'contest', 'push_back'],
  ['advertising', 'ad', 'ads', 'advert', 'advertiser', 'marketing', 'ad_targeting', 'targeted_advertising'],
  [
    'third_party',
    'outside_party',
    'outsider',
    'other_company',
    'partner_company',
    'anyone_else',
    'anybody_else',
  ],
  [
    'pull_out',
    'withdraw',
    'walk_away',
    'walk_out',
    'back_out',
    'back_away',
    'pull_away',
    'pull_back',
    'step_back',
    'step_away',
    'bow_out',
    'quit',
    'exit',
    'drop_out',
    'abandon',
  ],
  [
    'concern',
    'worry',
    'fear',
    'unease',
    'qualm',
    'anxiety',
    'misgiving',
    'nervous',
    'uneasy',
    'sensitive',
    'cautious',
    'wary',
    'aware',
  ],
  ['feature', 'service', 'tool', 'offering', 'product', 'function'],
  [
    'secure',
    'safe',
    'protect',
    'security',
    'safety',
    'safeguard',
    'safekeeping',
    'protection',
    'private',
    'privacy',
  ],
  ['decline', 'refuse'],
  [
    'fall',
    'plummet',
    'tumble',
    'drop',
    'slide',
    'sink',
    'slump',
    'plunge',
    'dive',
    'lose',
    'erase',
    'wipe',
    'go_down',
    'lower',
  ],
  ['rise', 'climb', 'increase', 'gain', 'jump', 'rally', 'advance', 'surge', 'go_up', 'higher'],
  ['company', 'firm', 'business', 'group', 'corporation'],
  ['location', 'geolocation', 'where', 'whereabouts'],
  ['opt_in', 'optional', 'choose', 'choice', 'voluntary', 'consent', 'take_part', 'sign_up'],
  ['messaging', 'chat', 'message', 'text', 'texting', 'communicate', 'communication'],
  ['balance', 'amount_held', 'fund'],
  ['account_management', 'manage_account', 'account_service'],
  ['report', 'story', 'article'],
  ['platform', 'network', 'site'],
  ['regulator', 'authority', 'lawmaker', 'watchdog', 'investigator', 'official'],
  ['inquiry', 'investigation', 'probe', 'scrutiny'],
  ['scandal', 'incident', 'crisis', 'affair', 'controversy'],
  ['revenue', 'sale', 'income', 'earning'],
  ['year', 'twelve_month', '12_month'],
  ['critical', 'central', 'key', 'crucial', 'essential', 'vital', 'paramount', 'priority', 'important'],
  ['use', 'utilize', 'employ', 'exploit'],
  ['collect', 'gather', 'harvest', 'obtain', 'acquire', 'get'],
  // A capital stands for its country's government in news prose ("regulators in Washington and
  // London"), for the countries the lexicon knows; not inside a longer name (CAPITALS).
  ['us_country', 'usa', 'united_states', 'america', 'american', 'washington'],
  ['uk_country', 'britain', 'british', 'united_kingdom', 'england', 'london'],
  ['assistant', 'voice_assistant', 'virtual_assistant', 'chatbot', 'bot'],
  ['alert', 'warning', 'notification'],
  ['fraud', 'scam'],
  ['checking', 'current_account', 'checking_account'],
  ['financial', 'finance', 'banking', 'money', 'fiscal'],
  ['additional', 'extra', 'more', 'further'],
  ['better', 'preferable', 'superior', 'improve', 'easier'],
  ['wait', 'stuck', 'queue'],
  ['acknowledge', 'confirm', 'admit', 'concede'],
  ['stock', 'share_price', 'stock_price'],
  ['link', 'tie', 'connection', 'relationship'],
  ['comment', 'discuss_the_matter', 'remark'],
  // Wire boilerplate for no answer at all ("did not respond to requests for comment", "could not
  // be reached for comment"): not a refusal to comment, which is an answer ("declined to comment").
  ['request_for_comment', 'reached_for_comment', 'reach_for_comment'],
  ['partnership', 'partner', 'arrangement', 'deal', 'alliance', 'tie_up'],
  ['display', 'show', 'view', 'see', 'check', 'peek', 'glance'],
  ['retailer', 'merchant', 'shop', 'store'],
  ['user', 'people', 'person', 'member', 'account_holder'],
  ['boast', 'count', 'tally', 'claim_to_have'],
  ['longer', 'more_time', 'spend_more_time', 'spend_time', 'hang_around', 'linger', 'stay'],
  ['stress', 'insist', 'emphasize', 'underline', 'maintain'],
  ['suspicious', 'suspected', 'unusual'],
];

// Function words, and the words of the act of speaking ("said in a statement", "a spokeswoman
// clarified"): who spoke and how is read elsewhere (speakers.ts); a claim is what was said.
/**
 * The capitals of GROUPS' countries. A capital before a capitalised word or "state" is part of a
 * longer name ("The Washington Post", "London Stock Exchange", "Washington state"), not its
 * country's government.
 */
export const CAPITALS: readonly string[] = ['washington', 'london'];

/**
 * Function words: articles, conjunctions, prepositions, pronouns, auxiliaries and adverbs of time
 * and degree, a closed class. Unlike the other stop words ("new", "one", "state", "people"), none
 * begins a name: a capitalised one opening a sentence is no part of the name after it ("But Bank
 * of America", "Yesterday Bank of America"; speakers.ts), where "New York Community Bank" is one.
 */
export const FUNCTION_WORDS: readonly string[] = (
  'a an the and or but if then than that this these those there here of to in on at by for with from as into onto ' +
  'over under about after before between through during without within against among upon via per ' +
  'be have do can could will would shall should may might must also just only even still yet so too very ' +
  "it its it's he him his she her hers they them their theirs we us our ours you your yours i me my mine " +
  'who whom whose which what when why how all any both each few more most other some such own same ' +
  'today yesterday now'
).split(' ');

export const STOP_WORDS: readonly string[] = FUNCTION_WORDS.concat(
  (
    'say tell report state add according reportedly citing cite source people familiar matter ' +
    'statement spokesman spokeswoman spokesperson spokespeople representative clarify explain respond response reply ' +
    `mr ms mrs inc co corp ltd plc llc ${WEEKDAYS.join(' ').toLowerCase()} ` +
    'week month day last past previous new one out up off percent cent'
  ).split(' '),
);

/**
 * Words that say how big, how many, where, when or why, never what happened: a paragraph that
 * shares only these with a claim's rarest terms ("the biggest worry for banks", "several big
 * banks", "fined banks last year") does not name the claim's event ("one large bank pulled away",
 * "asked several large US banks", "talks … in the past year"). "week", "month", "day" are stop
 * words already.
 */
export const NON_EVENT_WORDS: readonly string[] = (
  'large several many numerous few least various multiple country nation across area region ' +
  'us_country uk_country because due cause possible likely particular year'
).split(' ');

/**
 * Words of degree: how much, never what ("completely opt-in", "entirely optional", "strictly
 * voluntary"). Not among the non-event words, where a claim unit's event terms would lose them
 * (a page's "completely opt-in" names the seed sentence's unit by them); read where a light
 * clause's own event is sought (match.ts, statesCarried).
 */
export const DEGREE_WORDS: readonly string[] =
  'completely entirely fully strictly totally wholly absolutely'.split(' ');

/** Words that flip a sentence's meaning. A denial must never match the report it denies. */
export const NEGATION_WORDS: readonly string[] = [
  'not',
  'no',
  'never',
  'none',
  'nothing',
  'nobody',
  'deny',
  'neither',
  'nor',
  'decline',
  'refuse',
];
