// Another party that speaks of itself ("A smaller hospital said it would not share …") states its
// own position, never the subject's statement; the subject's own shapes keep their pairs. The
// story is made up (Globex, test/unit/globex.ts).

import { describe, expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { speaksOfItself, storyWords } from '../../../src/matching/own-voice.ts';
import { storyNames } from '../../../src/matching/speakers.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { GLOBEX, globexWith } from '../globex.ts';

const names = storyNames(GLOBEX);
const words = storyWords(GLOBEX);
const ownVoice = (sentence: string): boolean =>
  speaksOfItself(
    sentence,
    () => names.mentions(sentence),
    () => words,
  );

describe('another party speaking of itself', () => {
  test('a description that is none of the subject, with "it" or "its" after its verb', () => {
    for (const s of [
      'A smaller hospital said it would not share its patients’ records with any app.',
      'The insurer said its partnerships with clinics offer patient chat.',
      'One regional insurer says it does not use patient records for advertising.',
      'But the insurer has also said it does not use patient records for advertising.',
      'The insurer said on Tuesday that it does not use patient records for advertising.',
      'The insurer said in a statement that it does not use patient records for advertising.',
      'The insurer told reporters it does not use patient records for advertising.',
      'The insurer told the Ledger it does not use patient records for advertising.',
      'The insurer said: "We do not use patient records for advertising."',
      'The clinic, which asked not to be named, said it would not share patient records.',
    ])
      expect(ownVoice(s), s).toBe(true);
  });

  test('a plural description with "they"; a single capitalised word only before the plural "say"', () => {
    expect(ownVoice('Privacy advocates say they do not trust the app with patient records.')).toBe(true);
    expect(ownVoice('Regulators say they do not trust the app with patient records.')).toBe(true);
    // A plural with "it", a singular with "they": the pronoun is someone else.
    expect(ownVoice('Many critics said it would not use patient records for advertising.')).toBe(false);
    expect(ownVoice('The insurer said they would not use patient records for advertising.')).toBe(false);
  });

  test('a party of the story, or an organisation of its kind, by name', () => {
    expect(ownVoice('Mercy Hospital said it partners with Globex to offer patient chat.')).toBe(true);
    expect(ownVoice('Mercy said it partners with Globex to offer patient chat.')).toBe(true);
  });

  test('the subject by its name, its descriptions or a company word, and its people, are not another', () => {
    for (const s of [
      'Globex said it does not use patient records for advertising.',
      'Globex Corp said it does not use patient records for advertising.',
      'The tech company said it does not use patient records for advertising.',
      'The firm said it does not use patient records for advertising.',
      'The health-app giant said it does not use patient records for advertising.',
      'The app maker’s messaging arm said it does not use patient records for advertising.',
      'The chipmaker said it does not use patient records for advertising.',
      'A Globex spokeswoman said it does not use patient records for advertising.',
      'A spokeswoman said it does not use patient records for advertising.',
      'Company executives said they do not use patient records for advertising.',
      'Globex executives said they do not use patient records for advertising.',
      "Globex's lawyers said they do not use patient records for advertising.",
    ])
      expect(ownVoice(s), s).toBe(false);
  });

  test('a description story.json gives the subject is the subject, whatever its head', () => {
    const s = 'The records broker said it does not use patient records for advertising.';
    const described = storyWords({
      ...GLOBEX,
      subject: { ...GLOBEX.subject, aliases: ['Globex', 'the records broker'] },
    });
    expect(
      speaksOfItself(
        s,
        () => names.mentions(s),
        () => described,
      ),
    ).toBe(false);
    expect(ownVoice(s)).toBe(true);
  });

  test('a person, named or described, is never "it"; a text speaks of the one it is about', () => {
    for (const s of [
      'Doe said it does not use patient records for advertising.',
      'Jane Doe, a Globex spokeswoman, said the company does not use patient records for advertising.',
      'The senator said it had promised not to use patient records for advertising.',
      'The economist said it had promised not to use patient records for advertising.',
      'The statement said it does not use patient records for advertising.',
      'The Ledger said it does not use patient records for advertising.',
    ])
      expect(ownVoice(s), s).toBe(false);
  });

  test('a name the story does not know is left open: a company and a person read the same', () => {
    expect(ownVoice('Acme said it does not use patient records for advertising.')).toBe(false);
  });

  test('the reported clause must open on the pronoun; a second speech verb leaves the sentence unread', () => {
    for (const s of [
      'The insurer said Globex does not use patient records for advertising.',
      'Analysts said Globex has promised not to use patient records for advertising.',
      'People familiar with the matter said Globex would not use patient records for advertising.',
      'The insurer said it would wait, and Globex said it does not use patient records for advertising.',
      '"It does not use patient records for advertising," the insurer said.',
    ])
      expect(ownVoice(s), s).toBe(false);
  });

  test('a sentence of any length is read in time linear in it', () => {
    const long = `The insurer said it ${'would not share records, '.repeat(4000)}.`;
    const words = 'an insurer '.repeat(20000);
    expect(ownVoice(long)).toBe(true);
    expect(ownVoice(`${words}said it would not share records.`)).toBe(false);
    expect(ownVoice(`${'x'.repeat(100000)} said it would not share records.`)).toBe(false);
  });
});

describe("the subject's statement against another's words", () => {
  const STATED = 'Globex said it would not use the patient records for advertising or sell them to insurers.';
  const { index, story } = globexWith(STATED);
  const weight = idfWeights(index);
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('would not use')));
  const meets = (page: string): boolean =>
    matchParagraphs(prepare(story, weight), [page], weight).some((m) => m.claimId === claim?.id);

  test('the statement is compiled as the subject speaking', () => {
    expect(claim?.speaker).toBe('Globex');
  });

  test('another party saying the same of itself does not state it', () => {
    for (const page of [
      'A smaller hospital said it would not use the patient records for advertising or sell them to insurers.',
      'The insurer said on Monday that it would not use the patient records for advertising or sell them to insurers.',
      'Mercy Hospital said it would not use the patient records for advertising or sell them to insurers.',
      'Privacy advocates say they would not use the patient records for advertising or sell them to insurers.',
    ])
      expect(meets(page), page).toBe(false);
  });

  test('the subject saying it, by any of its shapes, still does', () => {
    for (const page of [
      STATED,
      'The tech company said it would not use the patient records for advertising or sell them to insurers.',
      'A Globex spokeswoman said it would not use the patient records for advertising or sell them to insurers.',
      'Jane Doe, a Globex spokeswoman, said the company would not use the patient records for advertising or sell them to insurers.',
      'Doe said it would not use the patient records for advertising or sell them to insurers.',
      'The Ledger reported that Globex would not use the patient records for advertising or sell them to insurers.',
      'Analysts said Globex has promised it would not use the patient records for advertising or sell them to insurers.',
      'People familiar with the matter said Globex would not use the patient records for advertising or sell them to insurers.',
    ])
      expect(meets(page), page).toBe(true);
  });
});
