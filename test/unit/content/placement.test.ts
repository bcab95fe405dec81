// Where a card opens: inside the window whatever its height (up to its bound), and never over its
// paragraph when the window leaves room beside, below or above it.

import { describe, expect, test, vi } from 'vitest';
import {
  CARD_MAX_HEIGHT,
  LEGEND_BAND,
  MIN_HEIGHT,
  openingWords,
  paragraphNames,
  placeCard,
  type Rect,
  type Side,
  type Viewport,
} from '../../../src/content/overlay/Layer.tsx';

/** The card's box for a drawn height h, in document coordinates. */
function box(rect: Rect, vp: Viewport, h: number): Rect & { max: number } {
  const p = placeCard(rect, vp);
  const height = Math.min(h, p.max);
  const top = p.top ?? (p.bottom as number) - height;
  return { top, bottom: top + height, left: p.left, right: p.left + p.width, max: p.max };
}
const overlaps = (a: Rect, b: Rect): boolean =>
  a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;

// A 1280×800 window scrolled 1,000 px down, and a narrow one where cards go below paragraphs.
const wide: Viewport = { top: 1000, bottom: 1800, left: 0, right: 1280 };
const narrow: Viewport = { top: 1000, bottom: 1800, left: 0, right: 700 };
const paragraph = (top: number, height: number, right = 810): Rect => ({
  top,
  bottom: top + height,
  left: 130,
  right,
});

describe('card placement', () => {
  test.each([
    ['wide, paragraph at the top', wide, paragraph(1010, 90)],
    ['wide, paragraph near the bottom', wide, paragraph(1720, 90)],
    ['wide, paragraph starting above the window', wide, paragraph(900, 300)],
    ['narrow, paragraph at the top', narrow, paragraph(1010, 90, 680)],
    ['narrow, paragraph near the bottom', narrow, paragraph(1700, 90, 680)],
    ['narrow, paragraph in the middle', narrow, paragraph(1350, 120, 680)],
  ])('%s: the card stays inside the window and off its paragraph', (_, vp, rect) => {
    for (const h of [80, 200, 440, 2000]) {
      const b = box(rect, vp, h);
      expect(b.max).toBeLessThanOrEqual(CARD_MAX_HEIGHT);
      expect(b.top, `height ${h}`).toBeGreaterThanOrEqual(vp.top);
      expect(b.bottom, `height ${h}`).toBeLessThanOrEqual(vp.bottom);
      expect(b.left).toBeGreaterThanOrEqual(vp.left);
      expect(b.right).toBeLessThanOrEqual(vp.right);
      expect(overlaps(b, rect), `height ${h}`).toBe(false);
    }
  });

  test('a tall paragraph in a small window: a narrower card beside it rather than over it', () => {
    // Firefox's default 800×600 window, a headline of 270 px in a 360 px column.
    const small: Viewport = { top: 0, bottom: 600, left: 0, right: 800 };
    const rect = { top: 166, bottom: 439, left: 64, right: 425 };
    const b = box(rect, small, 2000);
    expect(overlaps(b, rect)).toBe(false);
    expect(b.right - b.left).toBeGreaterThanOrEqual(300);
    expect(b.right).toBeLessThanOrEqual(800);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(600);
  });

  test('a short card beside a paragraph low in the window stays level with it', () => {
    const rect = paragraph(1640, 90);
    const b = box(rect, wide, 150);
    // Its top at most a card's own height above the paragraph's, not CARD_MAX_HEIGHT above.
    expect(b.top).toBeGreaterThan(rect.top - 150);
    expect(b.bottom).toBeLessThanOrEqual(wide.bottom);
    // Higher up, where the largest card fits below, it is level with the paragraph's top.
    expect(box(paragraph(1100, 90), wide, 150).top).toBe(1100);
  });

  test('at 1024 px a narrower card beside the column rather than one over the text above or below', () => {
    const vp: Viewport = { top: 0, bottom: 700, left: 0, right: 1024 };
    const rect = { top: 300, bottom: 420, left: 64, right: 690 };
    const p = placeCard(rect, vp);
    expect(p.left).toBeGreaterThanOrEqual(rect.right);
    expect(p.width).toBeGreaterThanOrEqual(300);
    expect(p.left + p.width).toBeLessThanOrEqual(1024);
  });

  test('at 1280 px with a centred 640 px column the card opens beside it, in the 296 px left', () => {
    const rect = { top: 1300, bottom: 1420, left: 320, right: 960 };
    const p = placeCard(rect, wide);
    expect(p.left).toBeGreaterThanOrEqual(rect.right);
    expect(p.left + p.width).toBeLessThanOrEqual(1280);
    expect(p.top).toBe(Math.max(rect.top, wide.top + 8));
  });

  test('once drawn, a short card low in the window is level with its paragraph', () => {
    // Placed for its largest size it would stand on the window's bottom line, 200 px below.
    const rect = paragraph(1500, 90);
    expect(placeCard(rect, wide).top).toBeNull();
    const drawn = placeCard(rect, wide, undefined, 150);
    expect(drawn.top).toBe(1500);
  });

  test('as the page scrolls, a card stays with its paragraph: in the window while any of it is, out with it', () => {
    // Its top above the window: the card at the window's top, beside the paragraph's lines still in view.
    expect(placeCard(paragraph(900, 300), wide, undefined, 200).top).toBe(1008);
    // Gone above the window: the card goes with its last line, not stuck at the window's top.
    expect(placeCard(paragraph(500, 300), wide, undefined, 200).top).toBe(800);
    // Gone below the window's lowest line: the card stands on the paragraph's top, below the window.
    const below = placeCard(paragraph(1900, 90), wide, undefined, 200);
    expect([below.top, below.bottom]).toEqual([null, 1900]);
    // In a narrow window, a card below a paragraph gone above goes with it too.
    const b = placeCard(paragraph(500, 120, 680), narrow, undefined, 200);
    expect(b.top).toBe(628);
    // Scrolled so the paragraph is back low in the window: the card level with it once it fits.
    expect(placeCard(paragraph(1300, 90), wide, undefined, 239).top).toBe(1300);
  });

  // A card of its own height h, placed again each scroll frame as the Card places it (its last
  // side and its drawn height carried on): where it is in the window, for each scrollY in turn.
  function scrolled(rect: Rect, width: number, height: number, h: number, ys: readonly number[]) {
    let side: Side | undefined;
    let drawn: number | undefined;
    return ys.map((y) => {
      const vp: Viewport = { top: y, bottom: y + height, left: 0, right: width };
      const p = placeCard(rect, vp, LEGEND_BAND, drawn, side);
      side = p.side;
      const shown = Math.min(h, p.max);
      drawn = shown < p.max - 1 ? shown : undefined;
      const top = p.top ?? (p.bottom as number) - shown;
      return {
        y,
        top: top - y,
        // The room below the paragraph, down to the legend's strip.
        below: y + height - LEGEND_BAND - (rect.bottom + 8),
      };
    });
  }
  const steps = (from: number, to: number, step = 4): number[] =>
    Array.from(
      { length: Math.floor(Math.abs(to - from) / step) + 1 },
      (_, i) => from + Math.sign(to - from) * i * step,
    );
  // A phone (390×700, the column the window's width) and a 1024×768 desktop window with a
  // centred 640 px column (no 280 px beside it): a 120 px paragraph, a card drawn 300 px tall.
  const windows = [
    { name: '390 px', width: 390, height: 700, rect: { top: 1000, bottom: 1120, left: 16, right: 374 } },
    { name: '1024 px', width: 1024, height: 768, rect: { top: 1000, bottom: 1120, left: 192, right: 832 } },
  ];

  test.each(windows)(
    'at $name, scrolling in 4 px steps while the side below holds the card, it moves with its paragraph, never across it',
    ({ width, height, rect }) => {
      // Opened with the paragraph 100 px from the window's top; scrolled up until 180 px are left
      // below the paragraph (the card bounded there), and back.
      const open = rect.top - 100;
      const last = rect.bottom + 8 + 180 - (height - LEGEND_BAND);
      const path = scrolled(rect, width, height, 300, [...steps(open, last), ...steps(last, open)]);
      for (let i = 1; i < path.length; i++) {
        const [a, b] = [path[i - 1]!, path[i]!];
        expect(Math.abs(b.top - a.top), `scrollY ${a.y} → ${b.y}: ${a.top} → ${b.top}`).toBeLessThanOrEqual(
          4 + 2,
        );
      }
    },
  );

  test.each(windows)(
    'at $name, a card crosses its paragraph only once its side can no longer hold it, and a step back does not cross it again',
    ({ width, height, rect }) => {
      // From the paragraph at the window's top until it has gone below the window.
      const ys = steps(rect.top - 8, rect.top - height - 100);
      const path = scrolled(rect, width, height, 300, ys);
      let crossings = 0;
      for (let i = 1; i < path.length; i++) {
        const [a, b] = [path[i - 1]!, path[i]!];
        if (Math.abs(b.top - a.top) <= 4 + 2) continue;
        crossings++;
        // Below it until the room there went under the least a card is read in.
        expect(b.below, `scrollY ${b.y}`).toBeLessThan(MIN_HEIGHT);
        // Three steps back the other way: it stays where it went.
        const back = scrolled(rect, width, height, 300, [...ys.slice(0, i + 1), b.y + 4, b.y + 8, b.y + 12]);
        const tops = back.slice(i).map((p) => p.top);
        for (let j = 1; j < tops.length; j++)
          expect(Math.abs(tops[j]! - tops[j - 1]!), `back from scrollY ${b.y}`).toBeLessThanOrEqual(4 + 2);
      }
      expect(crossings).toBe(1);
    },
  );

  test('a short window bounds the card below its usual height', () => {
    const short: Viewport = { top: 0, bottom: 300, left: 0, right: 1280 };
    const b = box(paragraph(20, 60), short, 2000);
    expect(b.bottom - b.top).toBeLessThanOrEqual(300 - 16);
    expect(b.top).toBeGreaterThanOrEqual(0);
  });
});

// A marker's accessible name says which paragraph it is for: short enough to hear, and apart
// from its neighbours'.
describe('marker names', () => {
  const english =
    'Facebook has asked major US banks to share customer data to allow it to develop new services';
  test('an English paragraph is cut after a whole word, within 60 characters', () => {
    const name = openingWords(english);
    expect(name).toBe('Facebook has asked major US banks to share customer data to…');
    expect(english.startsWith(name.slice(0, -1))).toBe(true);
  });
  test('text without spaces is cut at the cap too, not named whole', () => {
    const chinese =
      '脸书已要求美国大型银行分享客户的详细财务信息，包括银行卡交易和账户余额，作为其努力在通讯应用程序中提供新服务的一部分。据报道该公司希望利用这些数据来吸引用户。';
    const long = `https://example.com/${'a'.repeat(130)} and five more words`;
    for (const text of [chinese, long]) {
      const name = openingWords(text);
      expect(Array.from(name).length).toBeLessThanOrEqual(61);
      expect(name.endsWith('…')).toBe(true);
      expect(text.startsWith(name.slice(0, -1))).toBe(true);
    }
  });
  test('a name is the same as when the whole paragraph was split and segmented, in any script', () => {
    // openingWords reads only the opening (and as much again for the words' bounds), with one
    // segmenter for every label; before, it split the whole paragraph and made a segmenter a label.
    const whole = (text: string): string => {
      const all = text.trim().replace(/\s+/g, ' ');
      const chars = Array.from(all);
      if (chars.length <= 60) return all;
      const cap = chars.slice(0, 60).join('').length;
      let cut = 0;
      for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(all)) {
        const end = s.index + s.segment.length;
        if (end > cap) break;
        if (s.isWordLike === true) cut = end;
      }
      return `${all.slice(0, cut > 0 ? cut : cap)}…`;
    };
    const pieces = [
      'Facebook',
      'has',
      'asked',
      'banks',
      '脸书已要求美国大型银行',
      'ธนาคารขนาดใหญ่ของสหรัฐ',
      '😀👍🏽',
      '𝒜𝒷𝒸',
      'U.S.',
      'https://example.com/a-b-c',
      '—',
      '  ',
      '\n',
      'données',
      'naïve.',
      'العربية',
      'x'.repeat(70),
      // Punctuation a word ends on, or that joins two words or numbers: the space rule's cases.
      'said,',
      '“Yes,”',
      '(1,000)',
      '3.5',
      "don't",
      'e.g.',
      'U.S.-based',
      'x_y',
      'Mr.',
      'co–op',
      '$4',
      'café\u0301',
    ];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 6000; i++) {
      const n = next(40);
      const text = Array.from({ length: n }, () => pieces[next(pieces.length)] ?? '').join(
        next(3) === 0 ? '' : ' ',
      );
      expect(openingWords(text), JSON.stringify(text)).toBe(whole(text));
    }
  });
  test('a spaced opening in Latin letters is named without loading the word segmenter', async () => {
    // Its first construction loads the browser's word-break data: 22–26 ms of a huge page's first
    // draw (session 24). Only text the space rule cannot cut makes one.
    vi.resetModules();
    const Real = Intl.Segmenter;
    let made = 0;
    // Intl's members are writable at run time, if typed read-only: the counting one stands in.
    (Intl as { Segmenter: typeof Real }).Segmenter = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    };
    try {
      const fresh = await import('../../../src/content/overlay/Layer.tsx');
      const english = [
        'Facebook has asked major US banks to share customer data to allow it to develop new services',
        'The social network has asked large U.S. banks, including JPMorgan Chase & Co. and Wells Fargo & Co., to share',
        '“We don’t use this information beyond enabling these experiences,” a Facebook spokeswoman said on Monday.',
      ];
      for (const text of english) fresh.openingWords(text);
      expect(made).toBe(0);
      fresh.openingWords(
        '脸书已要求美国大型银行分享客户的详细财务信息，包括银行卡交易和账户余额，作为其努力在通讯应用程序中提供新服务的一部分。据报道该公司希望利用这些数据。',
      );
      expect(made).toBe(1);
    } finally {
      (Intl as { Segmenter: typeof Real }).Segmenter = Real;
    }
  });
  test('a short paragraph is named whole, its spaces folded', () => {
    expect(openingWords('  Wells Fargo declined\n to comment. ')).toBe('Wells Fargo declined to comment.');
  });
  test('paragraphs that open alike are told apart by their number; one with no text by its number alone', () => {
    const alike = `Facebook said in a statement to AFP that it was not asking for anything`;
    const names = paragraphNames(
      [
        { paragraph: 3, text: `${alike} today.` },
        { paragraph: 7, text: `${alike} yesterday.` },
        { paragraph: 8, text: 'Wells Fargo declined to comment.' },
        { paragraph: 9, text: '   ' },
      ],
      null,
    );
    expect(names.get(3)).toMatch(/^“Facebook said .+…”, paragraph 4$/);
    expect(names.get(7)).toMatch(/, paragraph 8$/);
    expect(names.get(8)).toBe('“Wells Fargo declined to comment.”');
    expect(names.get(9)).toBe('paragraph 10');
  });
});
