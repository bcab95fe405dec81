// `npx tsx src/tools/bench/card-scroll.ts`: what an open card costs the page while it scrolls, in
// Chromium, from a DevTools trace (prints figures; no timing is asserted anywhere). On the demo
// article (seed 001) at 1280×800, the page scrolls 120 animation frames of 20 px each (its own
// requestAnimationFrame loop, as a smooth scroll would), first with no card open, then with the
// first marker's card clicked open (pinned), which leaves the window after a few frames and stays
// open; last with no card but the site's header made sticky (position: sticky, top 0), which the
// article scrolls under and the overlay cuts its rules and markers at (cover.ts); last, the header
// plain again, the text set small (9 px lines, so some 20 markers are on screen at once, past the
// dozen the markers' own probes once stopped at) with a share button fixed in the markers' margin.
// Printed for each, three runs: the animation-frame callbacks (the loop's own 120 and the
// overlay's), their script time, the scroll events' script time and the layouts. For the last
// two also the page at rest (6 s, three places): the timers, hit tests and frame time it costs.

import { openDemo, type TraceEvent } from './demo-tab.ts';

const demo = await openDemo();
try {
  const { page, describe, trace } = demo;
  const ms = (events: TraceEvent[], name: string): number =>
    events.filter((e) => e.name === name && e.ph === 'X').reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  for (const [open, sticky, dense] of [
    [false, false, false],
    [true, false, false],
    [false, true, false],
    [false, false, true],
  ] as const) {
    if (sticky)
      await page.evaluate(`Object.assign(document.querySelector('header.site').style,
        { position: 'sticky', top: '0', zIndex: '10', background: '#fff' })`);
    if (dense)
      await page.evaluate(`document.querySelector('header.site').style.position = 'static';
        const css = document.createElement('style');
        css.textContent = 'p, h1 { font-size: 7px !important; line-height: 9px !important; margin: 0 0 4px !important } body { padding-bottom: 3000px }';
        const share = document.createElement('button');
        share.style.cssText = 'position: fixed; top: 300px; left: 86px; width: 44px; height: 44px; z-index: 5';
        document.head.append(css);
        document.body.append(share);`);
    for (let run = 0; run < 3; run++) {
      await page.evaluate(() => scrollTo(0, 0));
      await page.waitForTimeout(300);
      const markers = dense
        ? `, ${(await describe()).markers.filter((m) => m.rect.top >= 0 && m.rect.bottom <= 800).length} markers on screen at the top`
        : '';
      if (open) {
        const m = (await describe()).markers[0];
        if (m === undefined) throw new Error('no marker');
        await page.mouse.click((m.rect.left + m.rect.right) / 2, (m.rect.top + m.rect.bottom) / 2);
        await page.waitForTimeout(300);
        if ((await describe()).card === null) throw new Error('no card opened');
      }
      // A string, not a function: tsx names inner functions with a helper the page does not have.
      const events = await trace(() =>
        page.evaluate(`new Promise((resolve) => {
        let n = 0;
        const step = () => {
          scrollBy(0, 20);
          if (++n < 120) requestAnimationFrame(step);
          else requestAnimationFrame(() => resolve());
        };
        requestAnimationFrame(step);
      })`),
      );
      const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X').length;
      const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X').length;
      console.log(
        `${open ? 'a card pinned open' : sticky ? 'a sticky header' : dense ? 'dense, a share button' : 'no card        '}: ${frames} animation-frame callbacks, ` +
          `${ms(events, 'FireAnimationFrame').toFixed(1)} ms in them, ` +
          `${ms(events, 'EventDispatch').toFixed(1)} ms in events, ${layouts} layouts${markers}`,
      );
      if (open) {
        await page.mouse.click(20, 700);
        await page.waitForTimeout(150);
      }
    }
    if (!sticky && !dense) continue;
    // The page standing still: a marker under the header (its top at 40 px), or, dense, one under
    // the share button (its middle at the button's, 322 px). 6 s traced from 1.5 s after the
    // scroll, past the first look a hidden marker starts.
    for (const n of [2, 5, 8]) {
      const m = (await describe()).markers[n];
      if (m === undefined) throw new Error('no marker');
      await page.evaluate(`scrollBy(0, ${sticky ? m.rect.top - 40 : m.rect.top + 11 - 322})`);
      await page.waitForTimeout(1500);
      const events = await trace(() => page.waitForTimeout(6000));
      const counted = (name: string): number => events.filter((e) => e.name === name).length;
      console.log(
        `${sticky ? 'a sticky header' : 'dense, a share button'}, at rest 6 s: ${counted('TimerFire')} timers, ` +
          `${counted('HitTest')} hit tests, ${ms(events, 'FireAnimationFrame').toFixed(1)} ms in frame callbacks`,
      );
    }
  }
} finally {
  await demo.close();
}
