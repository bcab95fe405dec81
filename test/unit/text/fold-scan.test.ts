import { describe, expect, test } from 'vitest';
import { compileGate } from '../../../src/gate/gate.ts';
import { fold, FOLD_STEP, foldForScan, foldForScanInSteps, scanPattern } from '../../../src/text/fold.ts';

// What the gate folds, stated exactly: the invisible characters a news page may put inside a word,
// and every white space, dash and quote; nothing of NFKC (the matcher's fold still does that).
const INVISIBLE = [
  '\u00AD', // soft hyphen
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // BOM
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202A', // left-to-right embedding
  '\u202C', // pop directional formatting
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
];
const SPACES = ['\u00A0', '\u2009', '\u202F', '\u3000', '\t', '\n', ' \r\n '];
const gate = compileGate([{ id: 's', anchors: [['facebook'], ['bank']], descriptions: ['social network'] }]);

describe("the gate's fold", () => {
  test('an invisible character anywhere inside "Facebook" or "social network" still lets the page through', () => {
    for (const c of INVISIBLE) {
      for (let at = 1; at < 'Facebook'.length; at++)
        expect(gate(`${'Facebook'.slice(0, at)}${c}${'Facebook'.slice(at)} asked banks.`), escape(c)).toEqual(
          ['s'],
        );
      expect(gate(`The social${c} net${c}work asked banks.`), escape(c)).toEqual(['s']);
    }
  });

  test('any white space between "social" and "network" (NBSP too) still lets the page through, a blank line does not', () => {
    for (const s of SPACES) expect(gate(`The social${s}network asked banks.`), escape(s)).toEqual(['s']);
    expect(gate('The social\n\nnetwork asked banks.')).toEqual([]);
  });

  test("full-width, ligature, math and circled letters are not the gate's: the matcher folds them, the gate does not", () => {
    const forms = [
      'Ｆａｃｅｂｏｏｋ',
      '\u{1D405}\u{1D41A}\u{1D41C}\u{1D41E}\u{1D41B}\u{1D428}\u{1D428}\u{1D424}',
      'FACEBOO\u212A',
    ];
    for (const f of forms) {
      expect(fold(f).toLowerCase()).toBe('facebook');
      expect(gate(`${f} asked banks.`)).toEqual([]);
    }
    expect(fold('\u24D1\u24D0\u24DD\u24DA')).toBe('bank');
    expect(gate('Facebook asked \u24D1\u24D0\u24DD\u24DAs.')).toEqual([]);
  });

  test('drops the invisible characters from long text and keeps every other character as it was', () => {
    const text = `${'plain text, '.repeat(50)}Face\u00ADbook\u200B Ｆａｃｅ \uFB01nance \u00A0émigré 日本 😀`;
    expect(foldForScan(text)).toBe(
      `${'plain text, '.repeat(50)}Facebook Ｆａｃｅ \uFB01nance \u00A0émigré 日本 😀`,
    );
    expect(foldForScan('no hidden words \u2019here\u2019')).toBe('no hidden words \u2019here\u2019');
  });

  test('drops exactly the invisible characters: each of them, and none of the dashes, quotes and spaces beside them', () => {
    // The set the gate folds, written out: soft hyphen, zero-width and bidi marks, word joiner
    // and invisible operators, bidi isolates, BOM.
    const invisible = /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/;
    const around = [0x00a0, 0x00ad, 0xfeff];
    for (let cp = 0x2000; cp <= 0x206f; cp++) around.push(cp);
    const kept: string[] = [];
    for (const cp of around) {
      const c = String.fromCharCode(cp);
      if (invisible.test(c)) expect(foldForScan(`Face${c}book`), escape(c)).toBe('Facebook');
      else kept.push(c);
    }
    expect(foldForScan(`Face\u00ADbook ${kept.join('')}`)).toBe(`Facebook ${kept.join('')}`);
  });
  test('folds a long text a step at a time, the same as in one go, whatever falls on a cut', () => {
    // A soft hyphen, a zero-width space and a surrogate pair's halves on each side of each cut.
    const units = Array.from({ length: 3 * FOLD_STEP + 5 }, (_, i) => 'abcdefg'.charAt(i % 7));
    for (const cut of [FOLD_STEP, 2 * FOLD_STEP, 3 * FOLD_STEP]) {
      units[cut - 2] = '\u00AD';
      units[cut - 1] = '\uD835';
      units[cut] = '\uDC00';
      units[cut + 1] = '\u200B';
    }
    const text = units.join('');
    const steps = foldForScanInSteps(text);
    let yields = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) yields++;
    expect(yields).toBe(3);
    expect(step.value).toBe(text.replace(/[\u00AD\u200B]/g, ''));
    expect(step.value).toBe(foldForScan(text));
  });

  test('returns a text with nothing to drop at once, without a step', () => {
    const text = 'Facebook asked banks. '.repeat(10_000);
    const step = foldForScanInSteps(text).next();
    expect(step).toEqual({ done: true, value: text });
  });
});

const escape = (c: string): string => [...c].map((x) => `U+${x.charCodeAt(0).toString(16)}`).join(' ');

describe("the gate's space, written out", () => {
  // The class is spelled out for V8's sake (a negated class under the `i` flag is closed over
  // every code point at each compile); it must still be exactly white space but a line break.
  test('every UTF-16 code unit between two words is a space to the gate exactly when it is white space', () => {
    const find = new RegExp(scanPattern('social network'), 'i');
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      if (find.test(`social${unit}network`) !== /\s/.test(unit)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('a line break with white space around it is one space, a blank line two', () => {
    const find = new RegExp(scanPattern('social network'), 'i');
    expect(find.test('social \u00a0\n\u3000 network')).toBe(true);
    expect(find.test('social\u2028\nnetwork')).toBe(true);
    expect(find.test('social \n \n network')).toBe(false);
  });

  // A page may hold a long run of white space after one of an anchor's words; the gate reads up to
  // 2,000,000 characters on the page's own thread. The run must be read once, not split every way:
  // with the space written `S*\n?S*`, this scan of 200,000 spaces took about 40 s (64,000: 4 s),
  // far past the runner's timeout; read once, it answers at once.
  test('a long run of white space after an anchor word is not the anchor, and does not hold the page', () => {
    const find = new RegExp(scanPattern('social network'), 'i');
    for (const space of [' ', '\u00a0'])
      expect(
        find.test(
          `social${space.repeat(200_000)}x social${space.repeat(200_000)}\n${space.repeat(200_000)}x`,
        ),
      ).toBe(false);
    expect(find.test(`social${' '.repeat(200_000)}network`)).toBe(true);
  });
});
