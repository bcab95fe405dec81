// Step 1: seeds → claim pieces. Each seed's article paragraphs are cut into sentences and each
// sentence into the clauses that may carry a fact of their own; a piece that states nothing
// ("the reports said") is dropped. Who is credited and who speaks is read here, per sentence.

import { evidenceSum, sliceSpans } from '../text/terms.ts';
import { analyseNamed, storyNames, type Mention } from '../matching/speakers.ts';
import type { ClaimKind } from '../model/types.ts';
import { EntityFinder } from './attribution.ts';
import { classify, type Classified } from './classify.ts';
import { denialOf, type Denial } from './denial.ts';
import { describedName } from './described-name.ts';
import { seedParagraphs } from './furniture.ts';
import { nameTerms } from './names.ts';
import { claimPieces } from './segment.ts';
import { sentenceActor, theySpeak, withThey } from './sentence-actor.ts';
import { settingOf, type Setting } from './setting.ts';
import { clean } from './wording.ts';
import type { StoryInput } from './input.ts';

export interface SeedPiece {
  seed: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  terms: Set<string>;
  negated: boolean;
  outlets: string[];
  kind: ClaimKind;
  /** The subject or party speaking in the sentence, if named. */
  speaker: string | null;
  /** The whole seed sentence the clause was cut from. */
  sentence: string;
  /** Where that sentence starts in the seed file. */
  sentenceStart: number;
  /** Names (subject, parties, outlets) in that sentence, offsets in the sentence. */
  sentenceMentions: Mention[];
  /** The subject or party named last before the sentence, in the seed: who "it" is. */
  actorBefore: Actor | null;
  /**
   * Who the sentence's opening "they" is, the actor of the sentence before it in its paragraph
   * (sentence-actor.ts); null where it opens on no "they" or that sentence names no actor.
   */
  they: Actor | null;
  /**
   * The actor of the sentence just before, in the seed (its named speaker, else the subject or
   * party it opens on: sentence-actor.ts), never one it names as an object; null where it has
   * none. Whose a goal opening the sentence is (wording.ts).
   */
  subjectBefore: Actor | null;
  /** True when the sentence is the seed's headline. */
  headline: boolean;
  /**
   * Who the sentence is about: the first subject or party it names; null when it names none,
   * and 'other' when it opens on a name the story does not know ("Google and Amazon have…").
   */
  actor: string | null;
  /**
   * An appositive with its head ("Cambridge Analytica, the consultancy that accessed data …"),
   * where the piece is one: the text its matching units are made from, as its terms are. A page
   * names the head, and the clause alone gave the name nothing to meet. Likewise a sentence
   * opening on a description, with the name the sentence before gave (described-name.ts).
   */
  about?: string;
  /** One fact with the piece before it, cut from the same sentence (see ClaimPiece.withPrevious). */
  withPrevious: boolean;
  /** A clause with a subject and speaker of its own (see ClaimPiece.ownClause). */
  ownClause: boolean;
  /** A leading subordinate clause cut from its main clause (see ClaimPiece.subordinate). */
  subordinate: boolean;
  /**
   * A subject opening the piece that only describes ("the bank said …"): where it ends in the
   * seed, and the party it refers to.
   */
  described?: { end: number; actor: Actor };
  /** Where and when the piece sets the sums it gives; null where it gives none. */
  setting: Setting | null;
  /** What its named speaker denies; null where it denies nothing, or two acts. */
  denial: Denial | null;
}

/** A named actor and where the seed names it. */
export interface Actor {
  name: string;
  start: number;
  end: number;
}

/** A clause with fewer concept terms than this is not a claim ("the reports said"). */
const MIN_TERMS = 3;

/**
 * A clause states something when its terms weigh MIN_TERMS (a name or a figure counts twice)
 * and one of them is not a name: "(JPM), Wells Fargo & Co.", left of a stock ticker line, is not
 * a claim, "Wells Fargo declined to comment." is.
 */
export const statesSomething = (terms: readonly string[]): boolean =>
  evidenceSum(terms) >= MIN_TERMS && terms.some((t) => !t.startsWith('@'));

export function readPieces({ story, seeds }: StoryInput): SeedPiece[] {
  const finder = new EntityFinder(story);
  const parties = storyNames(story);
  // Names alone ("to The Wall Street Journal") do not make a claim.
  const names = nameTerms([...story.outlets.flatMap((o) => o.aliases), ...story.subject.aliases]);
  // "in Facebook" or "from Mercy Hospital" sets no sum in a place.
  const allNames = new Set([...names, ...nameTerms(story.parties.flatMap((p) => p.aliases))]);
  const out: SeedPiece[] = [];
  for (const seed of seeds) {
    let actorBefore: Actor | null = null;
    let subjectBefore: Actor | null = null;
    for (const para of seedParagraphs(seed.text)) {
      // The actor of the sentence before, in this paragraph: who an opening "they" is.
      let previous: Actor | null = null;
      // The sentence before, in this paragraph, and its story mentions: the name a description
      // opening the next one stands for (described-name.ts).
      let before: { text: string; mentions: readonly Mention[] } | null = null;
      // Credit is read per sentence: a paragraph's attribution does not reach its other sentences,
      // which are as often the writer's own context as the outlet's report.
      // Claims are cut at clause level: one sentence often carries two facts ("…asked banks to
      // discuss offerings, as well as offer a feature to display balances"). The outlets credited
      // are read from the whole sentence and hold for each clause. Who speaks, and so the kind, is
      // read from the stretch of the sentence up to a clause with a speaker of its own, and holds
      // for each clause of the stretch; that clause is read alone, credit and all, since its
      // words are its speaker's whoever reported the rest.
      for (const s of para.sentences) {
        const sentenceMentions = finder.mentions(s.text);
        const outlets = finder.attribution(s.text).outlets;
        const they = theySpeak(s.text) ? previous : null;
        // Who speaks in each piece, those that state nothing too ("But they told PCMag …,").
        const voices: Classified[] = [];
        const cut = claimPieces(s.text);
        // A clause with its own speaker (the main clause after "While …,", or "…, but banks said
        // …") says who speaks in it, or no one does; the pieces before it are read without it,
        // so its speech verb does not make them its speaker's words ("While hospitals said they
        // were wary," is no one's, not the words of Globex, who "insisted" after it).
        const ownStarts = cut.filter((p) => p.ownClause === true).map((p) => p.start);
        const bounds = [0, ...ownStarts, s.text.length];
        // The stretch opening the sentence speaks with its "they" named ("But they told PCMag
        // …" is the subject's words when the sentence before was about the subject).
        const stretchKinds = bounds
          .slice(1)
          .map((end, k) =>
            classify(
              k === 0 ? withThey(s.text.slice(0, end), they) : s.text.slice(bounds[k] ?? 0, end),
              finder,
              outlets.length > 0,
            ),
          );
        for (const piece of cut) {
          const text = s.text.slice(piece.start, piece.end);
          const stretch = ownStarts.filter((o) => o <= piece.start).length;
          const d = piece.description;
          const who =
            d === undefined
              ? undefined
              : referent(s.text, d, sentenceMentions, stretchKinds[stretch - 1], story);
          // A clause with its own speaker is read alone, a description as the party it refers to.
          const own = who === undefined || d === undefined ? text : who.id + s.text.slice(d.end, piece.end);
          const { kind, speaker } = piece.ownClause
            ? classify(own, finder, finder.attribution(own).outlets.length > 0)
            : (stretchKinds[stretch] ?? classify(withThey(s.text, they), finder, outlets.length > 0));
          voices.push({ kind, speaker });
          // An appositive is about its head: "the consultancy that accessed data" shares the
          // terms of "Cambridge Analytica" with the other sentences about Cambridge Analytica. A
          // description opening the sentence is about the name the sentence before gave.
          const named =
            piece.start === 0 && piece.head === undefined && before !== null
              ? describedName(s.text, before.text, before.mentions)
              : null;
          const about =
            named === null ? s.text.slice(piece.head ?? piece.start, piece.end) : `${named} ${text}`;
          const { terms, negated } = sliceSpans(
            analyseNamed(about, parties.mentions(about)),
            0,
            about.length,
          );
          const set = new Set(terms);
          if (!statesSomething([...set].filter((t) => !names.has(t)))) continue;
          const prev = out[out.length - 1];
          out.push({
            seed: seed.name,
            text,
            start: s.start + piece.start,
            end: s.start + piece.end,
            paragraph: s.paragraph,
            terms: set,
            negated,
            outlets,
            kind,
            speaker,
            sentence: s.text,
            sentenceStart: s.start,
            sentenceMentions,
            actorBefore,
            they,
            subjectBefore,
            headline: s.headline,
            ...(piece.head === undefined && named === null ? {} : { about }),
            actor: actorOf(s.text, sentenceMentions),
            withPrevious:
              piece.withPrevious === true && prev?.seed === seed.name && prev.sentenceStart === s.start,
            ownClause: piece.ownClause === true,
            subordinate: piece.subordinate === true,
            setting: settingOf(text, allNames),
            denial: denialOf({ text, headline: s.headline, negated, kind, speaker }),
            ...(who === undefined || d === undefined
              ? {}
              : {
                  described: {
                    end: s.start + d.end,
                    actor: { name: who.id, start: s.start + who.start, end: s.start + who.end },
                  },
                }),
          });
        }
        previous = sentenceActor(s.text, s.start, sentenceMentions, voices, they);
        before = { text: s.text, mentions: sentenceMentions };
        subjectBefore = previous;
        const actors = sentenceMentions.filter((m) => m.kind !== 'outlet');
        const last = actors[actors.length - 1];
        if (last !== undefined)
          actorBefore = { name: last.id, start: s.start + last.start, end: s.start + last.end };
      }
    }
  }
  return out;
}

/**
 * The party a clause's subject that only describes refers to ("…, but the bank said …"): the
 * party speaking before it in the sentence ("JPMorgan Chase confirmed it had held talks with
 * Facebook, but the bank said …"), else the last one named there whose name holds the
 * description's noun ("Globex asked Mercy Hospital …, but the hospital said …") or whose
 * story.json descriptions give it ("the insurer" for Northwind); else none, and the words are
 * no one's. A bare "the regulator" or "the newspaper" after one named party is not taken for
 * it: it may as well be someone outside the story, and a wrong voice misleads where none does
 * not. The subject's or an outlet's alias ("the social network") is that voice, never a party's.
 */
function referent(
  sentence: string,
  description: { start: number; end: number },
  mentions: readonly Mention[],
  before: Classified | undefined,
  story: StoryInput['story'],
): Mention | undefined {
  // `classify` reads the subject's or an outlet's voice from the clause itself.
  if (mentions.some((m) => m.kind !== 'party' && m.start < description.end && m.end > description.start))
    return undefined;
  const earlier = mentions.filter((m) => m.kind === 'party' && m.end <= description.start);
  const speaking = earlier.find((m) => before?.kind === 'response' && m.id === before.speaker);
  if (speaking !== undefined) return speaking;
  const noun = sentence.slice(description.start, description.end).split(/\s+/).pop() ?? '';
  const holds = new RegExp(`\\b${noun}\\b`, 'i');
  const holders = new Set(
    story.parties
      .filter((p) => [...p.aliases, ...(p.descriptions ?? [])].some((a) => holds.test(a)))
      .map((p) => p.name),
  );
  const named = earlier.filter((m) => holders.has(m.id));
  return named[named.length - 1];
}

const COMMON_OPENING =
  /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|It|They|We|He|She|One|Some|Many|Most|More|All|No|Each|Every|Over|In|On|At|For|From|With|When|While|After|Before|Since|If|As|Like|Currently|Earlier|Now|Then|Also|Shares|Users)\b/;

function actorOf(sentence: string, mentions: readonly Mention[]): string | null {
  const named = mentions.find((m) => m.kind !== 'outlet');
  if (named !== undefined) return named.id;
  const opening = clean(sentence);
  return /^["\u201C]?\p{Lu}/u.test(opening) && !COMMON_OPENING.test(opening.replace(/^["\u201C]/, ''))
    ? 'other'
    : null;
}
