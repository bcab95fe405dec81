import { describe, expect, test } from 'vitest';
import { fold, foldForScan, scanPattern } from '../../../src/text/fold.ts';

describe("the gate's fold", () => {
  test('finds every word the matcher finds: each code point the matcher folds to ASCII letters, digits, dashes or quotes (or drops), inside a word', () => {
    const missed: string[] = [];
    let checked = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `x${String.fromCodePoint(cp)}x`;
      const matcher = fold(text);
      if (matcher === text || !/^x[a-z0-9'"-]*x$/i.test(matcher)) continue;
      checked++;
      if (!new RegExp(scanPattern(matcher.toLowerCase()), 'i').test(foldForScan(text)))
        missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    // The walk reached the forms it is about (math letters, full-width, circled, invisible ...).
    expect(checked).toBeGreaterThan(1000);
  });

  test('folds the forms inside long text, keeps the rest as it was, and drops invisible characters', () => {
    const text = `${'plain text, '.repeat(50)}Ｆａｃｅ\u00ADbook 𝐛𝐚𝐧𝐤𝐬 \uFB01nance \u2460 émigré 日本 😀`;
    expect(foldForScan(text)).toBe(`${'plain text, '.repeat(50)}Facebook banks finance 1 émigré 日本 😀`);
    expect(foldForScan('no hidden words here')).toBe('no hidden words here');
  });
});
