// A page's short quotation of a party's own words anchors the claim whose seed quotes them: "It's
// strictly voluntary," too few words for the scorer, is the subject's statement where a seed
// quotes the subject saying it, and the page gives it in the subject's voice. Story vocabulary in
// quotation marks, words a seed gives outside quotation marks, words two claims' seeds quote,
// another's voice, a denial, a mention of the words and an inch mark anchor nothing. The story is
// made up for this test; each test fails with its guard removed (test/eval/LOG.md, session 22).

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { QUOTED, quotedClaim } from '../../../src/matching/quoted.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { analyse } from '../../../src/text/terms.ts';
import { globexWith } from '../globex.ts';

const STATEMENT =
  'Globex denied seeking diagnoses and said in a statement: "The app keeps patient records safe, and joining is strictly voluntary."';
const { index, story } = globexWith(
  `${STATEMENT} Globex said its engineers test every feature with great care. Globex shares fell two percent on Tuesday. Regulators in Europe opened an inquiry into the app. Privacy advocates warned that one platform holding every record invites leaks. Globex has about 900 million users worldwide.`,
);
const weight = idfWeights(index);
const prepared = prepare(story, weight);

/** The claim whose seed clause holds `words`. */
function claimWith(words: string, of = story): string {
  const claim = of.claims.find((c) => c.appearances.some((a) => a.quote.includes(words)));
  if (claim === undefined) throw new Error(`no claim compiled with "${words}"`);
  return claim.id;
}

const claimsOf = (page: string): string[] => matchParagraphs(prepared, [page], weight).map((m) => m.claimId);

test("a short quotation of the subject's own words meets the claim its seed quotes them in", () => {
  const voluntary = claimWith('strictly voluntary');
  // "The tech company" is whoever the page last named: here Globex.
  const named = 'Globex runs the app.';
  expect(claimsOf(`${named} "It's strictly voluntary," the tech company stressed.`)).toEqual([voluntary]);
  expect(claimsOf('Globex insisted that joining is "strictly voluntary."')).toEqual([voluntary]);
  // Curly quotation marks, and a curly one closing a straight one.
  expect(claimsOf(`${named} The tech company said it is \u201Cstrictly voluntary.\u201D`)).toEqual([
    voluntary,
  ]);
  expect(claimsOf(`${named} The tech company said it is "strictly voluntary.\u201D`)).toEqual([voluntary]);
});

test("a quotation of the story's own vocabulary meets nothing, though the subject's quotation holds it", () => {
  claimWith('patient records');
  expect(claimsOf('"Patient records," the tech company said.')).toEqual([]);
  expect(quotedClaim(prepared.quotes, analyse('patient records').terms, weight, prepared.quoteRare)).toBe(-1);
});

test('words a seed gives outside quotation marks are no quotation of the party', () => {
  claimWith('great care');
  expect(claimsOf('"With great care," the tech company said.')).toEqual([]);
});

test("words two claims' seeds quote anchor neither claim", () => {
  const two = globexWith(
    `${STATEMENT} Mercy Hospital said in a statement: "For our patients, the pilot is strictly voluntary." Globex shares fell two percent on Tuesday.`,
  );
  const twoWeight = idfWeights(two.index);
  const twoPrepared = prepare(two.story, twoWeight);
  claimWith('pilot is strictly voluntary', two.story);
  const span = analyse('strictly voluntary').terms;
  expect(quotedClaim(twoPrepared.quotes, span, twoWeight, twoPrepared.quoteRare)).toBe(-1);
  const page = 'Joining is "strictly voluntary," Globex said.';
  expect(matchParagraphs(twoPrepared, [page], twoWeight).map((m) => m.claimId)).toEqual([]);
});

test('a denial that the party said the words meets nothing', () => {
  expect(claimsOf('Globex never said it was "strictly voluntary."')).toEqual([]);
});

test("the party's words in another's voice meet nothing", () => {
  // A company, a group or a description the story does not know, speaking or acting: its own
  // app's "strictly voluntary" is no statement of Globex's.
  for (const page of [
    'Initech said its app is "strictly voluntary."',
    'Umbrella, too, insists its clinic app is "strictly voluntary."',
    'Hooli says its hospital tie-up is "strictly voluntary."',
    'The clinic called its rival program "strictly voluntary" as well.',
    'Critics scoffed at the claim that it is "strictly voluntary."',
    // "It" is whoever the paragraph last heard: here the hospital.
    'Mercy Hospital was blunt. "It\'s strictly voluntary," a spokeswoman said.',
  ])
    expect(claimsOf(page), page).toEqual([]);
});

test('a mention of the words is no statement of them', () => {
  expect(claimsOf('Globex touts its so-called "strictly voluntary" sign-up.')).toEqual([]);
  expect(claimsOf('Privacy groups said the word "strictly voluntary" means nothing.')).toEqual([]);
});

test('a straight quotation mark pairs only where it can open and close: an inch mark pairs with nothing', () => {
  const quoted = (text: string): string[] => [...text.matchAll(QUOTED)].map((q) => q[1] ?? q[2] ?? '');
  expect(quoted('A 27" strictly voluntary "smart" app.')).toEqual(['smart']);
  expect(claimsOf('A 27" strictly voluntary "smart" app.')).toEqual([]);
  expect(claimsOf('The tech company sells a 27" strictly voluntary "smart" screen.')).toEqual([]);
});

const pageClaims = (paragraphs: string[]): string[] =>
  matchParagraphs(prepared, paragraphs, weight).map((m) => m.claimId);

// Review S22a's findings (test/eval/LOG.md, session 22, quotefix22): each group fails with its
// guard removed.

test.each([
  'Globex users say its app is "strictly voluntary."',
  'Globex critics say the app is "strictly voluntary" in name only.',
  'Globex\'s rival Initech said its app is "strictly voluntary."',
  'Unlike Globex, Initech says its app is "strictly voluntary."',
  '"It\'s strictly voluntary," said one Globex user.',
  '"It\'s strictly voluntary," a former Globex engineer said.',
])("the party's name as a modifier is not its voice: %s", (page) => {
  expect(claimsOf(page)).toEqual([]);
});

test.each([
  'Globex said joining is "strictly voluntary."',
  '"It\'s strictly voluntary," a Globex spokesperson told reporters.',
  'Globex\'s spokesperson said joining is "strictly voluntary."',
  'Globex spokeswoman Jane Roe said joining is "strictly voluntary."',
])("the party's name heading the speaker is its voice: %s", (page) => {
  expect(claimsOf(page)).toEqual([claimWith('strictly voluntary')]);
});

test.each([
  'Globex runs the app. "It\'s strictly voluntary," the tech company\'s rival said.',
  'Globex runs the app. The startup, like the tech company, says it is "strictly voluntary."',
])('a description is the voice only as the subject: %s', (page) => {
  expect(claimsOf(page)).toEqual([]);
});

test("a description means the organisation the page last named, the story's or not", () => {
  const voluntary = claimWith('strictly voluntary');
  const says = 'The tech company said it is "strictly voluntary."';
  expect(pageClaims([`Globex runs the app. Initech launched a rival app last week. ${says}`])).toEqual([]);
  expect(pageClaims(['Globex runs the app.', 'Initech launched a rival app last week.', says])).toEqual([]);
  expect(pageClaims([says])).toEqual([]);
  expect(pageClaims(['Initech launched a rival app last week.', 'Globex runs the app.', says])).toEqual([
    voluntary,
  ]);
});

test('an opening adverbial names no one: the subject after it speaks', () => {
  const voluntary = claimWith('strictly voluntary');
  for (const opening of ['However,', 'Separately,', 'Asked about the inquiry,'])
    expect(
      claimsOf(`Globex runs the app. ${opening} the tech company said it is "strictly voluntary."`),
      opening,
    ).toEqual([voluntary]);
  // A capitalised subject that is no name still refuses.
  expect(claimsOf('Globex runs the app. Initech, the tech company said, is "strictly voluntary."')).toEqual(
    [],
  );
});

test('"they" after the party refers to no one: a plural may be the clinics', () => {
  for (const page of [
    'Globex asked clinics for records. They say the program is "strictly voluntary."',
    'Globex asked clinics for records. The program is "strictly voluntary," they said.',
  ])
    expect(claimsOf(page), page).toEqual([]);
});
