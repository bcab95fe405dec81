// `npx tsx src/tools/bench/card-open.ts [--low]`: the layouts opening a card costs the page, in
// Chromium, from a DevTools trace (prints figures; no timing is asserted anywhere). On the demo
// article (seed 001) at 1280×800, a real click opens each marker's card in the window's top
// part (with --low, the markers below 420 px, whose cards are placed again once their height is
// known), three times each; the trace's Layout events from the click to three frames later are
// counted, and apart those inside a script task: a forced, synchronous layout (a read of layout
// after a write in the same task) rather than the frame's own. The card is closed between clicks.

import { openDemo } from './demo-tab.ts';

const SCRIPT_TASKS = new Set(['FunctionCall', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks']);
const low = process.argv.includes('--low');
const demo = await openDemo();
try {
  const { page, describe, trace } = demo;
  const { markers } = await describe();
  const shown = markers.filter((m) => m.rect.top > (low ? 420 : 0) && m.rect.bottom < 740).slice(0, 6);
  const rows: { layouts: number; forced: number; ms: number }[] = [];
  for (const m of shown) {
    for (let run = 0; run < 3; run++) {
      const events = await trace(async () => {
        await page.mouse.click((m.rect.left + m.rect.right) / 2, (m.rect.top + m.rect.bottom) / 2);
        await page.evaluate(
          () =>
            new Promise((r) =>
              requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))),
            ),
        );
      });
      const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
      const scripts = events.filter((e) => SCRIPT_TASKS.has(e.name) && e.ph === 'X');
      const forced = layouts.filter((l) =>
        scripts.some((s) => s.tid === l.tid && s.ts <= l.ts && l.ts < s.ts + (s.dur ?? 0)),
      );
      rows.push({
        layouts: layouts.length,
        forced: forced.length,
        ms: layouts.reduce((n, l) => n + (l.dur ?? 0), 0) / 1000,
      });
      // Closed again by a click in the page's margin.
      await page.mouse.click(20, 700);
      await page.waitForTimeout(150);
    }
  }
  const mean = (k: 'layouts' | 'forced' | 'ms'): string =>
    (rows.reduce((n, r) => n + r[k], 0) / rows.length).toFixed(2);
  console.log(
    `${rows.length} cards opened (${shown.length} markers${low ? ' below 420 px' : ''}, 3 times each): ` +
      `${mean('layouts')} layouts a card, ${mean('forced')} of them forced inside a script task; ` +
      `${mean('ms')} ms of layout (mean)`,
  );
} finally {
  await demo.close();
}
