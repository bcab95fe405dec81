// Step: one story's claims, from its pieces: group the pieces that state one fact (by their terms,
// by the counts they give, figures.ts, by what the matcher finds, self-match.ts, then one speaker's
// denials of one act, denials.ts), then give
// each group its kind, wording, provenance, id (and aliases) and matching data, and link
// reports to their answers; the seed articles are named by their headlines (sources.ts).

import { storyNames } from '../matching/speakers.ts';
import type { Weights } from '../matching/similarity.ts';
import type { Appearance, Claim, StatementInfo, Story } from '../model/types.ts';
import { linkAnswers } from './answers.ts';
import { appearanceIds, checkUniqueIds, withAliases } from './claim-id.ts';
import { cluster, joinByKey } from './cluster.ts';
import { denialOf } from './denial.ts';
import { joinDenials } from './denials.ts';
import { joinByCounts } from './figures.ts';
import { joinByMatcher } from './self-match.ts';
import { gateSignature } from './gate-signature.ts';
import type { StoryInput } from './input.ts';
import { majorityKind, majoritySpeaker } from './kind.ts';
import { isCommentary } from './commentary.ts';
import { matchData } from './match-data.ts';
import { nameTerms } from './names.ts';
import type { SeedPiece } from './pieces.ts';
import { firstReport, orderOutlets, recordedStatement, recordReport } from './provenance.ts';
import { quotedStatements, resolveStatements } from './statements.ts';
import { sourceArticles } from './sources.ts';
import { pickWording, voiced } from './wording.ts';
import { EntityFinder } from './attribution.ts';

export function compileStory(input: StoryInput, pieces: SeedPiece[], weight: Weights): Story {
  const { story, seeds } = input;
  const statementPieces = resolveStatements(input, pieces);
  const quoting = quotedStatements(story.statements, pieces);
  for (const [piece, record] of quoting) if (!statementPieces.has(piece)) statementPieces.set(piece, record);
  // A piece carrying a statement record is the subject's own words, whatever its sentence says.
  const kinded = pieces.map((p, i) => {
    if (!statementPieces.has(i)) return p;
    const own = { ...p, kind: 'statement' as const, speaker: story.subject.name };
    return { ...own, denial: denialOf(own) };
  });
  const parts: StoryParts = {
    input,
    pieces,
    kinded,
    statementPieces,
    weight,
    names: storyNames(story),
    finder: new EntityFinder(story),
    gate: gateSignature(story, seeds, pieces),
    idOf: appearanceIds(input.dir, pieces),
  };
  // Pieces of one sentence that state one fact together are one claim.
  const sentenceFact = new Map<number, number>();
  for (const [i, p] of pieces.entries())
    if (p.withPrevious) sentenceFact.set(i, sentenceFact.get(i - 1) ?? i - 1);
  for (const k of new Set(sentenceFact.values())) sentenceFact.set(k, k);
  const byTerms = joinByKey(joinByKey(cluster(kinded, weight), statementPieces), sentenceFact);
  // The term overlap leaves apart wordings of one count ("87 million users") whose verbs differ.
  const groups = joinByCounts(byTerms, kinded, weight);
  // The claims as the term overlap groups them are matched against their own pieces.
  const first = assemble(parts, groups);
  // The matcher finds claims by id: two claims with one id would send its finds to the wrong one.
  checkUniqueIds(input.dir, first.claims);
  // One speaker's denials of one act, worded apart, are one claim. Last, after the matcher's
  // joins: a denial the matcher already put with its other wordings is checked against all of
  // them (complete linkage), not against whichever one wording the term overlap left alone.
  const result = assemble(parts, joinDenials(joinByMatcher(groups, kinded, first, weight), kinded, weight));
  // Only the final claims: ids a reader can hold come from them, not from the matcher's round.
  // withAliases checks that each of their ids and aliases names one claim.
  return { ...result, claims: withAliases(input.dir, result.claims, parts.idOf) };
}

/** What every grouping of one story's pieces is assembled from. */
interface StoryParts {
  input: StoryInput;
  pieces: readonly SeedPiece[];
  /** The pieces, those quoting a statement record made the subject's statements. */
  kinded: readonly SeedPiece[];
  /** Piece index → the statement record it quotes. */
  statementPieces: ReadonlyMap<number, number>;
  weight: Weights;
  names: ReturnType<typeof storyNames>;
  finder: EntityFinder;
  gate: Story['gate'];
  /** A piece's id, by where it stands in its seed. */
  idOf: ReturnType<typeof appearanceIds>;
}

/** The story with one claim per group of pieces (indexes into `kinded`). */
function assemble(parts: StoryParts, groups: readonly number[][]): Story {
  const { input, pieces, kinded, statementPieces, weight, names, finder, gate, idOf } = parts;
  const { story } = input;
  const claims: Claim[] = groups.map((members) => {
    const items = members.map((i) => kinded[i]).filter((x): x is SeedPiece => x !== undefined);
    const official = members.some((i) => statementPieces.has(i));
    const kind = official ? 'statement' : majorityKind(items);
    const appearances: Appearance[] = items.map((s) => ({
      seed: s.seed,
      quote: s.text,
      start: s.start,
      end: s.end,
      outlet: s.outlets[0] ?? null,
      ...(s.sentence.trim() !== s.text.trim() ? { sentence: s.sentence } : {}),
    }));
    const records = [...new Set(members.flatMap((i) => statementPieces.get(i) ?? []))].flatMap(
      (k) => story.statements[k] ?? [],
    );
    const record = kind === 'statement' ? recordedStatement(records) : null;
    const first = record === null ? firstReport(story, items) : recordReport(story, record);
    const speaker =
      kind === 'statement' ? story.subject.name : kind === 'response' ? majoritySpeaker(items) : null;
    // Worded without its speaker's lead-in: the view shows who said it beside the wording.
    const wording = pickWording(items, finder, weight, speaker);
    return {
      id: items[0] === undefined ? '' : idOf(items[0]),
      // Named once the claims are final (withAliases): the matcher's round reads no alias.
      aliases: [],
      text: voiced(wording.text, speaker, finder),
      textSource: wording.source,
      kind,
      ...(isCommentary(
        kind,
        appearances.map((a) => a.quote),
      )
        ? { commentary: true as const }
        : {}),
      speaker,
      appearances,
      firstReport: first,
      outlets: orderOutlets(story, items, first.outlet),
      ...(speaker === null
        ? {}
        : {
            // Said when the record says; reported (firstReport) when its outlet reported it.
            said: {
              by: speaker,
              to: first.outlet,
              date: record !== null ? record.date : first.outlet === null ? null : first.date,
            },
          }),
      answeredBy: [],
      match: matchData(
        items.map((i) => ({ text: i.about ?? i.text })),
        names,
      ),
    };
  });
  const statements = story.statements.map((s, k): StatementInfo => {
    const owner = claims.find((c) =>
      c.appearances.some(
        (a) => statementPieces.get(pieces.findIndex((x) => x.seed === a.seed && x.start === a.start)) === k,
      ),
    );
    const entry = { claimId: owner?.id ?? '', quote: s.quote, date: s.date, to: s.to };
    // Only on the primary, so the other entries (and the index) keep their shape.
    return s.primary ? { ...entry, primary: true as const } : entry;
  });
  const namesSubject = (text: string): boolean => finder.mentions(text).some((m) => m.kind === 'subject');
  linkAnswers(
    claims,
    statements.map((s) => s.claimId),
    statements.find((s) => s.primary === true)?.claimId ?? null,
    (c) => namesSubject(c.text) || c.appearances.some((a) => namesSubject(a.quote)),
    weight,
    nameTerms([...story.subject.aliases], true),
  );
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    broke: story.broke,
    brokeBy: story.brokeBy,
    subject: story.subject,
    parties: story.parties.map(({ name, aliases }) => ({ name, aliases })),
    outlets: story.outlets,
    sources: sourceArticles(input),
    statements,
    claims,
    gate,
  };
}
