// Where a paragraph's rule and marker may be drawn once the page's fixed furniture and its
// scrolling container are taken into account: what the reader sees of the paragraph's text.

import { describe, expect, test } from 'vitest';
import { visibleSpan } from '../../../src/content/overlay/cover.ts';

const para = { top: 1000, bottom: 1200 };
// The markers' column: 40 px left of the text at x = 300.
const [x0, x1] = [260, 300];
const band = (top: number, bottom: number, left = 0, right = 1280) => ({ top, bottom, left, right });

describe('visibleSpan', () => {
  test('all of it, with nothing over it', () => {
    expect(visibleSpan(para, x0, x1, null, [])).toEqual(para);
  });

  test('a header over its top cuts it below the header; a bar over its foot, above the bar', () => {
    expect(visibleSpan(para, x0, x1, null, [band(900, 1080)])).toEqual({ top: 1080, bottom: 1200 });
    expect(visibleSpan(para, x0, x1, null, [band(1150, 1300)])).toEqual({ top: 1000, bottom: 1150 });
  });

  test('something across its middle leaves the longer part', () => {
    expect(visibleSpan(para, x0, x1, null, [band(1050, 1100)])).toEqual({ top: 1100, bottom: 1200 });
    expect(visibleSpan(para, x0, x1, null, [band(1120, 1140)])).toEqual({ top: 1000, bottom: 1120 });
  });

  test('over all of it, nothing is left; beside the column, it covers nothing', () => {
    const all = visibleSpan(para, x0, x1, null, [band(0, 5000)]);
    expect(all.bottom).toBeLessThanOrEqual(all.top);
    expect(visibleSpan(para, x0, x1, null, [band(900, 1100, 900, 1280)])).toEqual(para);
  });

  test('inside the container it scrolls in, and out from under a header over that', () => {
    expect(visibleSpan(para, x0, x1, band(1100, 1600), [])).toEqual({ top: 1100, bottom: 1200 });
    expect(visibleSpan(para, x0, x1, band(800, 1150), [band(0, 1020)])).toEqual({ top: 1020, bottom: 1150 });
  });
});
