// No regular expression in src/ may take more than linear time on some text: a hostile page's
// paragraph of 10,000 characters, a text page read by `check`, a seed read by the compiler. The
// clause splitters took 11 s on 4,000 tabs before they became a scanner (units.ts). recheck
// (a ReDoS checker) reads every expression literal in src/ and must find no attack string; the
// expressions it flags that are safe where they are used are listed with why.

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { capitalisedRun, endsInName } from '../../src/compiler/segment.ts';
import { ROOT } from './helpers.ts';

/** Flagged, and safe where they are used: the literal as written → why. */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  [
    String.raw`/([A-Z][A-Za-z&.-]*)(?:\s+(?:Inc|Corp|Co|Ltd|Plc)\b\.?)?(?:['\u2019]s)?(?:\s+\([A-Z.:]+(?:\s+[A-Z.]+)?\))?(?:['\u2019]s)?\s+$/`,
    'movement.ts NAME_OWNS: quadratic in its input, which is the 60 characters before a stock word',
  ],
  [
    String.raw`/[A-Z][A-Za-z&.-]*(?:['\u2019]s)?\s+and\s+$/`,
    'movement.ts JOINED_OWNER: quadratic in its input, the 40 characters before a name',
  ],
  [
    String.raw`/^(?:a|an|the)\s+[^,]{1,40},\s/`,
    'segment.ts APPOSITIVE: anchored, and its repetition bounded at 40: linear (8,000 tabs: 0.7 ms); the fuzzer reads the 40 as growth',
  ],
  [
    String.raw`/\b(?:in (?:response|reply|answer) to|(?:responding|replying) to)\s+(?:[^,;.]*?\s)?(?:story|stories|report|reports|article|articles)\b/gi`,
    'match-data.ts OCCASION: quadratic in white space after "in reply to" (8,000 tabs: 20 ms); reads seed sentences at build time only',
  ],
]);

interface Literal {
  where: string;
  text: string;
  source: string;
  flags: string;
}

/** Every regular expression literal in src/, read by the TypeScript parser. */
function literals(): Literal[] {
  const out: Literal[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(e.name)) {
        const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(sf);
            const slash = text.lastIndexOf('/');
            const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
            out.push({
              where: `${path.relative(ROOT, file)}:${line}`,
              text,
              source: text.slice(1, slash),
              flags: text.slice(slash + 1),
            });
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return out;
}

describe('regular expressions', () => {
  test('recheck finds an attack string for no expression in src/ but the listed ones', () => {
    const all = literals();
    expect(all.length).toBeGreaterThan(300);
    const flagged: string[] = [];
    for (const l of all) {
      // A timeout gives "unknown": a busy machine must not fail the test, only a proof can.
      const r = checkSync(l.source, l.flags, { timeout: 1000, randomSeed: 1 });
      if (r.status === 'vulnerable' && !ALLOWED.has(l.text))
        flagged.push(`${l.where} ${r.complexity.summary}: ${l.text} (${r.attack.pattern})`);
    }
    expect(flagged).toEqual([]);
  }, 300_000);
});

// Each expression rewritten to linear time, before and after, with the characters that reach
// their backtracking: the rewrite must find the same matches on any text of them. A lookbehind
// that a match cannot start inside a run skips the starts the old expression tried and failed
// from, since its match from inside a run would have started at the run's start.
/** speakers.ts's pattern of other banks' names, with a name word as given. */
const otherBanks = (word: string): RegExp =>
  new RegExp(
    `(?<![A-Za-z\\d])(?:(?:${word}\\s+){0,3}(?:Bancorp|Bank)\\s+of(?:\\s+the)?(?:\\s+${word}){1,3}|(?:${word}\\s+){1,3}(?:Bancorp|Bank))(?![A-Za-z\\d])`,
    'g',
  );

const REWRITES: readonly [RegExp, RegExp, readonly string[]][] = [
  [
    /[.!?]+["'\u201D\u2019)\]]*\s+|[\u2022\u25CF\u25AA\u25E6\u2023]/g,
    /(?<![.!?])[.!?]+["'\u201D\u2019)\]]*\s+|[\u2022\u25CF\u25AA\u25E6\u2023]/g,
    ['.', '!', '?', '"', ')', ' ', '\n', '\u2022', 'a', 'A'],
  ],
  [
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu,
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?<!(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\p{N})\p{N}*\p{L}[\p{L}\p{N}]*/gu,
    ['0', '7', '\u2167', '\u3007', '漢', 'か', 'a', 'É', ' ', '-'],
  ],
  [/[\s.]+$/, /(?<![\s.])[\s.]+$/, [' ', '.', '\t', 'a', ',']],
  [/0+$/, /(?<!0)0+$/, ['0', '1', '.']],
  [
    /^(rgba?|lab)\(\s*([^)]*)\)$/,
    /^(rgba?|lab)\(\s*(?!\s)([^)]*)\)$/,
    ['rgb(', 'lab(', ' ', '\t', '1', ')', ','],
  ],
  [/^([\w-]+):\s*(.*)$/, /^([\w-]+):\s*(?!\s)(.*)$/, ['a', '-', ':', ' ', '\t', '\n', '\r', 'x']],
  [/[\w-]+$/, /(?<![\w-])[\w-]+$/, ['a', '-', ' ', '.', '_']],
  [/\s+$/, /(?<!\s)\s+$/, [' ', '\t', 'a', '\n']],
  [
    /^\s*,?\s*but\s+(?:(?:also|rather)\b|[a-z])/,
    /^\s*(?:,\s*)?but\s+(?:(?:also|rather)\b|[a-z])/,
    [' ', ',', 'but', 'also', 'x', '\t'],
  ],
  [
    /\s*\([A-Z]{1,5}(?:\.[A-Z]{1,2})?\)/g,
    /(?<!\s)\s*\([A-Z]{1,5}(?:\.[A-Z]{1,2})?\)/g,
    [' ', '(', ')', 'FB', '.', 'O', 'a'],
  ],
  [
    /\s+(?:also\s+)?(?:(?:is|has)\s+)?(said|says|told)\b/i,
    /(?<!\s)\s+(?:also\s+)?(?:(?:is|has)\s+)?(said|says|told)\b/i,
    [' ', '\t', 'also', 'is', 'said', 'told', 'x'],
  ],
  [/\s+reportedly\b/gi, /(?<!\s)\s+reportedly\b/gi, [' ', '\t', 'reportedly', 'REPORTEDLY', 'x']],
  [/[.!?"\u201D…]+$/, /(?<![.!?"\u201D…])[.!?"\u201D…]+$/, ['.', '!', '"', '…', 'a', ' ']],
  [
    /\s+(?:last (?:year|week)|on (?:Monday|Friday)|today)(?=[,;.!?]|\s)/gi,
    /(?<!\s)\s+(?:last (?:year|week)|on (?:Monday|Friday)|today)(?=[,;.!?]|\s)/gi,
    [' ', '\t', 'last', 'year', 'on', 'Monday', 'today', ',', 'x'],
  ],
  [
    /^(?:a|an|the)?\s*\|(?:['\u2019]s)?\s*(?:(?:spokesman|official)(?:\s+\p{Lu}[\w.'-]*){0,3})?\s*$/iu,
    /^(?:a|an|the)?\s*\|(?:['\u2019]s)?\s*(?:(?:spokesman|official)(?:\s+\p{Lu}[\w.'-]*){0,3}\s*)?$/iu,
    ['a', 'the', ' ', '\t', '|', "'s", 'spokesman', 'official', 'Ann', 'É', 'x'],
  ],
  // The speakers' other banks (speakers.ts), its name word bounded at 50 characters: the same
  // matches while no capitalised word is longer (at most 12 pieces of at most 4 characters here).
  [
    otherBanks("[A-Z][A-Za-z&'.-]*"),
    otherBanks("[A-Z][A-Za-z&'.-]{0,49}"),
    ['P', '.', 'Bank', ' of', ' the', ' ', 'Am', 'x', '1', '-'],
  ],
];

/** Every match: where, what, and each group. */
const matches = (re: RegExp, s: string): (string | number | undefined)[][] => {
  const all = re.global ? [...s.matchAll(re)] : [re.exec(s)].filter((m) => m !== null);
  return all.map((m) => [m.index, ...m]);
};

describe('the rewritten expressions', () => {
  test.each(REWRITES.map(([before, after, alphabet]) => [after.source, before, after, alphabet] as const))(
    '%s matches where its super-linear form did',
    (_, before, after, alphabet) => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((a) => a.join('')),
          (s) => {
            expect(matches(after, s)).toEqual(matches(before, s));
          },
        ),
        { numRuns: 2000 },
      );
    },
  );
});

describe("a seed sentence's name before a comma", () => {
  test('endsInName answers as its expression did', () => {
    const before = /\p{Lu}[\w.&'-]*$/u;
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('A', 'a', 'É', 'é', '\u{1D400}', '.', '-', "'", '&', '_', '1', ' ', ','), {
            maxLength: 16,
          })
          .map((a) => a.join('')),
        (s) => {
          expect(endsInName(s)).toBe(before.test(s));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the run of capitalised words before an appositive', () => {
  test('capitalisedRun finds where its expression did', () => {
    const before = /(?:\p{Lu}[\w.&'-]*\s+)*\p{Lu}[\w.&'-]*$/u;
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom('A', 'Bc', 'a', 'É', 'é', '\u{1D400}', '.', '-', ' ', '  ', '\t', ',', '_'),
            {
              maxLength: 16,
            },
          )
          .map((a) => a.join('')),
        (s) => {
          expect(capitalisedRun(s)).toBe(before.exec(s)?.index ?? -1);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
