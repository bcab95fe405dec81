// A page's short quotation of a party's own words anchors the claim whose seed quotes them: "It's
// strictly voluntary," too few words for the scorer, is the subject's statement where a seed
// quotes the subject saying it, and the page gives it in the subject's voice. Story vocabulary in
// quotation marks, words a seed gives outside quotation marks, words two claims' seeds quote,
// another's voice, a denial, a mention of the words and an inch mark anchor nothing. The story is
// made up for this test; each test fails with its guard removed (test/eval/LOG.md, session 22).

import { expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
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
  // "The tech company" is the subject of the sentence before: here Globex.
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
    // "A spokeswoman" speaks for the sentence before's subject: here the hospital.
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
  'Globex, Initech and Hooli all run apps that are "strictly voluntary."',
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

test('a description or a reference means the subject of the sentence before it in the paragraph, and no one else', () => {
  const voluntary = claimWith('strictly voluntary');
  const says = 'The tech company said it is "strictly voluntary."';
  expect(pageClaims([`Globex runs the app. ${says}`])).toEqual([voluntary]);
  expect(pageClaims(['Globex runs the app. "It\'s strictly voluntary," a spokeswoman said.'])).toEqual([
    voluntary,
  ]);
  // Dev2's pos-c06 shape: the party the subject, then an opening adverbial and the description.
  expect(
    pageClaims([
      'Globex has framed its plan in those terms. In a statement, the tech company stressed that joining is "strictly voluntary."',
    ]),
  ).toEqual([voluntary]);
  // Another subject between, or the party's name only in an earlier sentence or paragraph: no.
  expect(pageClaims([`Globex runs the app. Initech launched a rival app last week. ${says}`])).toEqual([]);
  expect(pageClaims(['Globex runs the app.', says])).toEqual([]);
  expect(pageClaims([says])).toEqual([]);
});

// Review S22c's wrong rows (test/eval/LOG.md, session 22; session 23, quote23): an organisation the
// page brings in with lower-case words, the party's name as an owner, a second clause's "it".
test.each([
  // Rows 1 and 8: the party's name owns the previous sentence's subject; "it" is the panel, the group.
  'Globex\'s plan drew a letter from a congressional panel. "Strictly voluntary," it said, "is not enough."',
  'Globex\'s plan alarmed a lobby group. It said in a letter that the plan was anything but "strictly voluntary."',
  // Row 4: the description after a lower-case organisation the owner's sentence brings in.
  'Globex\'s request reached a fintech startup. The tech company, which declined to be named, said it was "strictly voluntary."',
  // Row 13: the party in an opening adverbial, the description modified by its own clause.
  'Globex runs the app. In contrast to Globex, the tech company that owns the search engine says its product is "strictly voluntary."',
  // Row 23: "it" speaks in the sentence's second clause, not in the quotation's.
  'Globex runs the app. The startup told reporters its own app is "strictly voluntary," and it insisted the data stays private.',
  // S22c table 2, row 4: the description's noun names another in the sentence before.
  'Globex approached the payments tech company it works with. "It\'s strictly voluntary," the tech company\'s spokesperson said.',
  // A subject the page names apart from the speaker, or an owner: the words are about it.
  'Globex runs the app. Initech, the tech company said, is "strictly voluntary."',
  'Globex runs the app. The tech company said Initech\'s app is "strictly voluntary."',
  'Globex runs the app. The tech company said Mercy Hospital calls it "strictly voluntary."',
  // Another name after the antecedent: a nearer organisation "it" may mean.
  'Globex pitched the app to Initech on Monday. "It\'s strictly voluntary," it said.',
  'Globex wrote to a lobby group. It said the pilot was "strictly voluntary."',
  // Row 10: the quotation's clause ends at its closing mark; "it" speaks in the next one.
  'Globex declined to comment. A rival, however, said its app is "strictly voluntary," and it stressed that point.',
  'Globex runs the app. The startup\'s app is "strictly voluntary," and it said so.',
  // The first speech verb's speaker, or the subject where it has none ("A rival, however, said"):
  // not a later verb's.
  'Globex runs the app. A rival, however, said its pilot is "strictly voluntary," a spokeswoman said.',
  // Another speaker between commas: the subject is spoken of, not speaking.
  'Globex runs the app. The tech company, critics say, is "strictly voluntary" in name only.',
  // A second clause's "it" means the first clause's subject, not the sentence before's.
  'Globex runs the app. The startup copied it, and it said its app is "strictly voluntary."',
  // "It is …" is the reporter's, no reference.
  'Globex runs the app. It is "strictly voluntary" only in name.',
])('a description or reference after another subject meets nothing: %s', (page) => {
  expect(claimsOf(page)).toEqual([]);
});

test("review S22c's row 9: a reference never reaches the paragraph before", () => {
  expect(
    pageClaims([
      "Globex's plan alarmed a lobby group.",
      'It said in a letter that the plan was anything but "strictly voluntary."',
    ]),
  ).toEqual([]);
  expect(pageClaims(['Globex runs the app.', '"It\'s strictly voluntary," it said.'])).toEqual([]);
});

test.each([
  'Globex said the pilot is anything but "strictly voluntary."',
  'Globex runs the app. The tech company called the pilot far from "strictly voluntary."',
])('a frame that turns the words round meets nothing: %s', (page) => {
  expect(claimsOf(page)).toEqual([]);
});

test('the same page in the slices the extension matches meets the same pairs', async () => {
  const voluntary = claimWith('strictly voluntary');
  const engine = new Engine(index);
  // Nineteen paragraphs (three of the story, so that the page is recognised), then the party
  // named at the end of the first slice of twenty and the description opening the second: read
  // across the edge, the pair would depend on where the page is cut.
  const story3 = [
    'Globex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported.',
    'Regulators in Europe opened an inquiry into the app.',
    'Privacy advocates warned that one platform holding every record invites leaks.',
  ];
  const filler = Array.from({ length: 16 }, (_, i) => `Nothing else happened on day ${i + 1}.`);
  const paragraphs = [
    ...story3,
    ...filler,
    'Globex runs the app.',
    'The tech company said it is "strictly voluntary."',
    'Globex runs the app. The tech company said it is "strictly voluntary."',
  ];
  const whole = engine.analyseAgainst(paragraphs, [story]);
  const sliced = await engine.analyseInSlices(paragraphs, [story], () => Promise.resolve());
  expect(sliced.matches).toEqual(whole.matches);
  expect(whole.matches.filter((m) => m.claimId === voluntary).map((m) => m.paragraph)).toEqual([21]);
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
