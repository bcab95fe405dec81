// @vitest-environment happy-dom
// Property tests over the pure rooms (text, matching, gate, model) and src/page: arbitrary Unicode text and arbitrary small DOMs.
// Nothing throws, outputs are well-formed, work grows linearly. FUZZ_RUNS scales every property
// (npm run fuzz runs ten times as many as the test command's 10,000+).

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, foldForWords, foldWithMap } from '../../../src/text/fold.ts';
import { Engine } from '../../../src/matching/engine.ts';
import { splitSentences } from '../../../src/text/sentences.ts';
import { repairSettings } from '../../../src/extension/settings.ts';
import { analyse, analyseSpans } from '../../../src/text/terms.ts';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import { units } from '../../../src/text/units.ts';
import { CONTENT_SHAPES, EXTENSION_PAGE_SHAPES, TAB_SHAPES } from '../../../src/extension/messages.ts';
import { fail, handle, ok, type Contract, type Shapes } from '../../../src/extension/contract.ts';
import { admits, extractParagraphs } from '../../../src/page/extract.ts';
import { seedIndex } from '../helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const text = fc.string({ unit: 'grapheme', maxLength: 400 });
// Text that looks like news copy: words, punctuation, quotes, abbreviations, numbers, Unicode.
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Facebook',
        'banks',
        'U.S.',
        'Inc.',
        '(FB.O)',
        '"',
        '\u201C',
        '\u201D',
        '—',
        '.',
        ',',
        ' ',
        '\n',
        '1.3 billion',
        "don't",
        'asked',
        'data',
        '\u200B',
        '\u05D0\u05D1',
        '\u4E2D\u6587',
        '\uD83D\uDE00',
        'e\u0301',
        'constructor',
        '__proto__',
        'toString',
        'eighty-seven',
        'million',
        'No.',
        'shares',
        'up',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(text, newsy);

describe('text pipeline properties', () => {
  test('fold: idempotent, map points into the input, never longer than NFKC allows', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = foldWithMap(s);
        expect(fold(f.text)).toBe(f.text);
        expect(f.map.length).toBe(f.text.length);
        for (const i of f.map) expect(i >= 0 && i < s.length).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("fold for tokenising: the same text as fold, and without a map only where no character's offset moves", () => {
    // Quotes, dashes, no-break spaces and accents mixed with single and double spaces: the
    // characters the shortcut folds in place, and the ones that must send it to the full fold.
    const mixed = fc
      .array(
        fc.constantFrom(
          'a',
          'Z',
          ' ',
          '  ',
          '\n',
          '\t',
          '`',
          '\u2019',
          '\u201C',
          '\u2014',
          '\u2011',
          '\u00A0',
          '\u00E9',
          '\u00B4',
          '\u2033',
          '\u00AD',
          '\uFB01',
          'x',
        ),
        { maxLength: 40 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, mixed), (s) => {
        const full = foldWithMap(s);
        const fast = foldForWords(s);
        expect(fast.text).toBe(full.text);
        if (fast.map === null)
          full.map.forEach((from, i) => expect(full.text[i] === ' ' || from === i).toBe(true));
        else expect(fast.map).toEqual(full.map);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test('sentences: ordered, non-overlapping spans that slice their own text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        let last = 0;
        for (const sp of splitSentences(s)) {
          expect(sp.start).toBeGreaterThanOrEqual(last);
          expect(s.slice(sp.start, sp.end)).toBe(sp.text);
          expect(sp.text.trim()).toBe(sp.text);
          last = sp.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('terms and units: well-formed, offsets in range, linear in the text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const spans = analyseSpans(s);
        expect(spans.terms.length).toBe(spans.at.length);
        for (const a of spans.at) expect(a >= 0 && a <= s.length).toBe(true);
        // Strings only: a word like "constructor" once found Object's own in a lookup table.
        expect(spans.terms.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
        expect(analyse(s).terms).toEqual(spans.terms);
        const us = units(s);
        for (const u of us)
          expect(u.start >= 0 && u.start < u.end && u.end <= s.length && u.polarityFrom <= u.start).toBe(
            true,
          );
        // Units per sentence are bounded (sentence, coarse and fine clauses, quotations).
        expect(us.length).toBeLessThanOrEqual(4 * (s.length + 1));
      }),
      { numRuns: RUNS },
    );
  });

  test('the engine never throws and only reports paragraphs that exist', () => {
    const engine = new Engine(seedIndex());
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), (paragraphs) => {
        const r = engine.analyse(paragraphs);
        for (const m of r.matches) expect(m.paragraph).toBeLessThan(paragraphs.length);
        if (r.story === null) expect(r.matches).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test('saved text pages parse into trimmed, non-empty paragraphs', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const p of parseTextPage(s).paragraphs) {
          expect(p.length).toBeGreaterThan(0);
          expect(p.trim()).toBe(p);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('message and settings checks accept only the right shapes and never throw', async () => {
    const tables: Shapes<Contract>[] = [CONTENT_SHAPES, EXTENSION_PAGE_SHAPES, TAB_SHAPES];
    const receivers = tables.map((shapes) =>
      handle<Contract, null>(
        {
          shapes,
          admit: () => null,
          handlers: Object.fromEntries(Object.keys(shapes).map((name) => [name, () => ok(name)])),
        },
        fail,
      ),
    );
    const names = tables.flatMap((t) => Object.keys(t));
    // Anything at all, and objects that carry a real message name beside arbitrary fields.
    const message = fc.oneof(
      fc.anything(),
      fc
        .tuple(fc.constantFrom(...names), fc.dictionary(fc.string(), fc.anything()))
        .map(([type, rest]) => ({ ...rest, type })),
    );
    await fc.assert(
      fc.asyncProperty(message, async (v) => {
        for (const receive of receivers) {
          const reply = await receive(v, null);
          // Unknown to this receiver, refused as malformed, or handled by the handler of its name.
          if (reply !== undefined && reply.ok) expect(reply.value).toBe((v as { type: string }).type);
        }
        const s = repairSettings(v);
        expect(typeof s.enabled).toBe('boolean');
        expect(s.disabledSites.every((x) => typeof x === 'string')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// Small DOMs: nested blocks, inline markup, furniture classes, hidden parts, <br>s, text.
const TAGS = [
  'div',
  'p',
  'article',
  'section',
  'span',
  'em',
  'a',
  'nav',
  'aside',
  'footer',
  'li',
  'ul',
  'blockquote',
  'br',
  'script',
  'style',
  'main',
];
const CLASSES = ['', 'comments', 'share-bar', 'ad', 'related', 'story', 'body', 'cookie'];
type Tree = { tag: string; cls: string; hidden: boolean; children: (Tree | string)[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.constantFrom(...CLASSES),
    hidden: fc.boolean(),
    children: fc.array(fc.oneof({ depthSize: 'small' }, anyText, tie('node')), { maxLength: 4 }),
  }),
})).node;

function build(doc: Document, t: Tree): Node {
  const el = doc.createElement(t.tag);
  if (t.cls !== '') el.className = t.cls;
  if (t.hidden) el.setAttribute('hidden', '');
  for (const c of t.children) el.append(typeof c === 'string' ? doc.createTextNode(c) : build(doc, c));
  return el;
}

describe('extraction properties over arbitrary small DOMs', () => {
  test('never throws; paragraphs are trimmed text of live nodes under the body, in document order', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 3 }), (trees) => {
        const doc = document.implementation.createHTMLDocument('fuzz');
        for (const t of trees) doc.body.append(build(doc, t));
        const ps = extractParagraphs(doc);
        let previous: Node | null = null;
        for (const p of ps) {
          expect(p.text.trim()).toBe(p.text);
          expect(p.role === 'headline' || admits(p.text, p.element.tagName)).toBe(true);
          expect(doc.body.contains(p.element)).toBe(true);
          expect(p.element.contains(p.first)).toBe(true);
          if (previous !== null && previous !== p.first)
            expect(previous.compareDocumentPosition(p.first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
          previous = p.first;
        }
      }),
      { numRuns: Math.max(200, Math.floor(RUNS / 3)) },
    );
  });
});
