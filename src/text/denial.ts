// A denial of what was said, in a word: "denied the report", "says the story is wrong", "disputed
// that account", "pushed back against the Journal's story", "says that is a misreading". It states
// that the report is false and nothing of what the report said, which is why it meets none of the
// report's words. src/matching/bare-denial.ts asks it of a page sentence in which the subject speaks.

/** Words that call what was said false, or its telling wrong. */
export const FALSITY =
  /\b(?:false(?:ly)?|untrue|inaccurate|incorrect(?:ly)?|wrong(?:ly)?|misleading|mistaken|misread(?:s|ing)?|mischaracteri[sz]\w*|misrepresent\w*|not\s+(?:true|accurate|correct))\b/i;

/**
 * The words of denying, the lexicon's deny concept inflected (src/text/lexicon.ts: deny, dispute,
 * reject, refute, rebut, contest, push back), as a verb or a noun.
 */
const DENYING =
  /\b(?:den(?:y|ies|ied|ying|ials?)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing|ions?)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting|tals?)?|contest(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|pushback)\b/i;

/**
 * What was said, as a noun a denial can be of. Not "account" alone: on this topic it is as often a
 * bank account ("that account" or "this account" is what someone told).
 */
export const SAID =
  /\b(?:reports?|stor(?:y|ies)|articles?|claims?|allegations?|suggestions?|characteri[sz]ations?|assertions?|(?:that|this)\s+account)\b/i;

/** "that is a misreading", "it was false": what was just said called false. */
const POINTED_AT_FALSE = new RegExp(
  String.raw`\b(?:that|this|it)\s+(?:is|was|'s|\u2019s)\s+(?:(?:a|an|simply|just|plainly)\s+)?${FALSITY.source.slice(2, -2)}`,
  'i',
);

/**
 * Whether the text denies or calls false something said: a word of denying or of falsity beside a
 * noun of what was said, or beside a publication (`namesPublication`: "disputed the Journal's
 * characterisation", "rejected the Journal"), or what was just said called false. Only that: who
 * denies it and what else the text says are the caller's to read. O(text).
 */
export function deniesWhatWasSaid(text: string, namesPublication: boolean): boolean {
  if (POINTED_AT_FALSE.test(text)) return true;
  return (DENYING.test(text) || FALSITY.test(text)) && (namesPublication || SAID.test(text));
}
