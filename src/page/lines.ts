// Which runs of text are read as the article's lines: sentences and paragraphs, headings and
// short lines of a few words (writers state claims in headlines, subheads and one-line bullets),
// never single words, labels and captions.

/** A sentence's last character: Latin, CJK full-width, closing quotes and brackets ("[Page 3]"). */
const SENTENCE_END = /[.!?…。！？"'”’»」』)\]）】]$/u;
// A Han, Hiragana or Katakana character stands for a word (those scripts put no spaces). Else a
// run of letters and digits holding a letter, first digits then a letter. A Han numeral such as
// "〇" is both a word of its own and a digit (\p{N}) that a run may hold ("0〇0〇a" is one word).
// A match is tried from a digit only where its run holds nothing before it but Han numerals: a try
// from a later digit of the run reads to the same end as the first and fails as it did. Tried
// from every digit after a Han numeral (until session 18), "0〇0〇…" was quadratic (40,000
// characters: 19 s, now 18 ms); tried from every digit, 10,000 digits were 50M steps.
export const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?<!(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\p{N}(?:(?=\p{N})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])*)\p{N}*\p{L}[\p{L}\p{N}]*/gu;

/** At least this long, and ending like a sentence: article text wherever it is. */
const MIN_SENTENCE_CHARS = 25;
/** A line of at least this many words is read without a sentence's end (a bullet, a standfirst). */
const MIN_LINE_WORDS = 5;
const MIN_LINE_CHARS = 20;
/** A heading of at least this many words is read (not "Comments", "Related stories"). */
const MIN_HEADING_WORDS = 3;

/** Paragraph text as the article-finding score counts it: a long run ending like a sentence. */
export const sentenceLike = (text: string): boolean => text.length >= 40 && SENTENCE_END.test(text);

const HEADING = /^H[1-6]$/;

/**
 * Whether a run of this text in a block of this tag is read as a line of the article, once it is
 * inside the article and outside its furniture (the evaluation asks it of Readability's blocks too).
 */
export function admits(text: string, tag: string): boolean {
  const t = tag.toUpperCase();
  if (t === 'FIGCAPTION' || t === 'FIGURE') return false;
  if (HEADING.test(t)) return hasWords(text, MIN_HEADING_WORDS);
  if (text.length >= MIN_SENTENCE_CHARS && SENTENCE_END.test(text)) return true;
  return text.length >= MIN_LINE_CHARS && hasWords(text, MIN_LINE_WORDS);
}

/**
 * Whether text has n words, counted only that far (a 200 KB paragraph is not split into words).
 * O(length): WORD reads each run of letters and digits once.
 */
function hasWords(text: string, n: number): boolean {
  const re = new RegExp(WORD.source, 'gu');
  let count = 0;
  while (count < n && re.exec(text) !== null) count++;
  return count >= n;
}
