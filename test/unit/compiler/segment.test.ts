import { describe, expect, test } from 'vitest';
import { claimPieces } from '../../../src/compiler/segment.ts';

const pieces = (s: string): string[] => claimPieces(s).map((p) => s.slice(p.start, p.end));

describe('claim pieces of a seed sentence', () => {
  test('two facts joined by "as well as" are two claims', () => {
    expect(
      pieces(
        'Facebook asked banks to discuss offerings on Messenger, as well as offer a feature to display checking balances.',
      ),
    ).toEqual([
      'Facebook asked banks to discuss offerings on Messenger',
      'offer a feature to display checking balances.',
    ]);
  });

  test('the last item of a list is not a claim of its own', () => {
    const s =
      'Citigroup declined to comment on sharing card transactions, checking account balances, and geolocation of purchases made by customers.';
    expect(pieces(s)).toEqual([s]);
  });

  test('a piece that opens with a pronoun stays with the clause it refers to', () => {
    const s =
      'Facebook said on Monday it is in talks to deepen links with banks, saying it can help the firms improve their customer service.';
    expect(pieces(s)).toEqual([s]);
  });

  test('a clause left open on a preposition stays with what completes it', () => {
    const s =
      'The goal was to create new ways for Messenger to be woven into, and facilitate, interactions between banks and customers.';
    expect(pieces(s)).toEqual([s]);
  });

  test('"not just X, but also Y" is cut in two units that state one fact together', () => {
    const s =
      "Globex doesn't want to just be an app where you can track your runs, but also a place to book a doctor.";
    expect(pieces(s)).toEqual([
      "Globex doesn't want to just be an app where you can track your runs",
      'also a place to book a doctor.',
    ]);
    expect(claimPieces(s).map((p) => p.withPrevious === true)).toEqual([false, true]);
    // Without the "not just", the second clause is a fact of its own.
    expect(
      claimPieces('Globex is an app for runners, but also a booking service.')[1]?.withPrevious,
    ).toBeUndefined();
    // A second half with a subject of its own is another fact, here another speaker's.
    expect(
      claimPieces(
        'Mercy Hospital said it would not simply hand over patient records to Globex, but Globex insisted the records would stay private and secure.',
      ).some((p) => p.withPrevious === true),
    ).toBe(false);
  });

  test('a clause after "but" whose own subject speaks is a piece of its own, read on its own', () => {
    const s =
      'Globex said it would not simply hand over patient records to insurers, but hospitals said the records would stay with them.';
    expect(pieces(s)).toEqual([
      'Globex said it would not simply hand over patient records to insurers',
      'hospitals said the records would stay with them.',
    ]);
    expect(claimPieces(s).map((p) => [p.ownClause === true, p.withPrevious === true])).toEqual([
      [false, false],
      [true, false],
    ]);
    // Without a subject of its own, or with one that is only the first half's voice, the clause
    // after "but" is the first half's speaker's.
    for (const tail of [
      'but declined to comment on sharing records.',
      'but also said it would wait.',
      'but a spokesperson said it would wait.',
    ])
      expect(
        claimPieces(`Mercy Hospital acknowledged holding talks with Globex ${tail}`).some(
          (p) => p.ownClause === true,
        ),
      ).toBe(false);
  });

  test('a speaker of its own after "; but", ";" or ", and" is cut too; "the hospital" is marked as a description', () => {
    for (const join of ['; but', ';', ', and'])
      expect(
        claimPieces(
          `Globex asked Lakeside Clinic for billing codes${join} Mercy Hospital said it would not take part.`,
        ).map((p) => p.ownClause === true),
      ).toEqual([false, true]);
    const s = 'Mercy Hospital confirmed talks with Globex, but the hospital said it would not share records.';
    const [, own] = claimPieces(s);
    expect(own?.ownClause).toBe(true);
    expect(own?.description && s.slice(own.description.start, own.description.end)).toBe('the hospital');
  });

  test('inside a quotation, or with "we" as its subject, the clause after "but" is not cut as another voice', () => {
    for (const s of [
      '"We asked hospitals for records, but we never said we would sell them," Globex said.',
      '"We asked hospitals for records, but hospitals told us they want chat," a Globex spokesperson said.',
      'Mercy Hospital said: "We talked with Globex, but we told them we will not share billing codes."',
      'Globex asked hospitals for records, but we never said it would sell them.',
    ])
      expect(claimPieces(s).some((p) => p.ownClause === true)).toBe(false);
  });

  test('a leading "While …," clause is cut from the main clause, which keeps its own speaker', () => {
    const s =
      'While Globex insisted that it does not want patient records for advertising, critics pointed out that there is no reason to trust it.';
    expect(pieces(s)).toEqual([
      'While Globex insisted that it does not want patient records for advertising',
      'critics pointed out that there is no reason to trust it.',
    ]);
    expect(claimPieces(s).map((p) => p.ownClause === true)).toEqual([false, true]);
  });

  test('an elaboration after ", including" is a claim of its own', () => {
    expect(
      pieces(
        'Globex asked hospitals to share "detailed patient records, including lab results and home addresses, for a new app", the Ledger notes.',
      ),
    ).toEqual([
      'Globex asked hospitals to share "detailed patient records',
      'including lab results and home addresses, for a new app", the Ledger notes.',
    ]);
  });

  test('an appositive with its relative clause is a claim about the name it describes', () => {
    const s =
      'Globex faces inquiries over its ties to Datamine Labs, the research firm that copied records of 2 million patients.';
    expect(pieces(s)).toEqual([
      'Globex faces inquiries over its ties to Datamine Labs',
      'the research firm that copied records of 2 million patients.',
    ]);
    expect(claimPieces(s)[1]?.head).toBe(s.indexOf('Datamine Labs'));
  });

  test('a connective opening the sentence is not a name an appositive describes', () => {
    const s = 'However, the clinic that left the talks cited privacy concerns.';
    expect(pieces(s)).toEqual([s]);
  });

  test('an appositive ends at its closing comma: the name’s own predicate is a piece of its own', () => {
    const s = 'Globex, the insurer that has 2 million members, asked hospitals for patient records.';
    expect(pieces(s)).toEqual([
      'Globex',
      'the insurer that has 2 million members',
      'asked hospitals for patient records.',
    ]);
  });

  test('words after a comma that describe no name are not an appositive', () => {
    const s = "From Globex's perspective, the company believes that more patient records mean better care.";
    expect(pieces(s)).toEqual([s]);
  });

  test('a spokesperson who said something is not an appositive', () => {
    const s =
      'In a statement to the Ledger, a Globex spokesperson clarified that the company is not asking for records.';
    expect(pieces(s)).toEqual([s]);
  });
});
