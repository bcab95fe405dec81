// Accessibility, checked by axe-core (WCAG 2.1 A/AA and best practice) in both real browsers, in
// light and dark: the popup on a story article (and, in light, with Backstory's data damaged), the
// full story page, the first-run and options pages, and the overlay's markers and an open card (a
// test build whose shadow root is open, so axe can read it: src/tools/harness/builds.ts).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from '../../src/tools/harness/axe.ts';
import { chromiumDriver, firefoxDriver, until, type Driver } from '../../src/tools/harness/driver.ts';
import { fixturePages } from '../../src/tools/harness/fixtures.ts';
import { overlayOf, useSite } from '../../src/tools/harness/site.ts';

const STORY = '/seed/001_ec7be9d70c6859db.html';

/** WCAG contrast of two computed colours ("rgb(r, g, b)"), alpha ignored. */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (v: number): number =>
      v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4;
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi = 0, lo = 0] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const site = useSite(fixturePages());
const SCHEMES = ['light', 'dark'] as const;

const launchers = {
  Chromium: (port: number, scheme: 'light' | 'dark') =>
    chromiumDriver(port, { openShadow: true, colorScheme: scheme }),
  // Firefox reads the page's colour scheme from a pref: 0 dark, 1 light.
  'Firefox ESR': (port: number, scheme: 'light' | 'dark') =>
    firefoxDriver(
      port,
      { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
      { openShadow: true },
    ),
};

for (const [name, launch] of Object.entries(launchers)) {
  for (const scheme of SCHEMES) {
    describe(`${name}, ${scheme}`, () => {
      let d: Driver;
      before(async () => {
        d = await launch(site.proxy.port, scheme);
      });
      after(() => d.close());

      test('the overlay’s markers and an open card (with “Why this matched” open) have no violations', async () => {
        const tab = await d.open(`${site.server.origin}${STORY}`);
        const drawn = await until(async () => ((await overlayOf(d, tab))?.markers.length ?? 0) > 0);
        assert.ok(drawn, 'the overlay is drawn');
        const dark = await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null);
        assert.equal(dark, scheme === 'dark', `the page sees the ${scheme} scheme`);
        assert.deepEqual(await axeViolations(tab, 'backstory-overlay'), [], 'markers');
        await tab.evaluate(() => {
          const root = document.querySelector('backstory-overlay')?.shadowRoot;
          (root?.querySelector('.marker') as HTMLElement | null)?.click();
        }, null);
        assert.ok(await until(async () => (await overlayOf(d, tab))?.card ?? null), 'a card opened');
        assert.deepEqual(await axeViolations(tab, 'backstory-overlay'), [], 'open card');
        await tab.evaluate(() => {
          const root = document.querySelector('backstory-overlay')?.shadowRoot;
          (root?.querySelector('button.why') as HTMLElement | null)?.click();
        }, null);
        assert.ok(
          await until(async () => /matched this passage/.test((await overlayOf(d, tab))?.card?.text ?? '')),
          '“Why this matched” opened',
        );
        assert.deepEqual(
          await axeViolations(tab, 'backstory-overlay'),
          [],
          'card with “Why this matched” open',
        );
        await tab.close();
      });

      test('the overlay’s focus rings show at 3:1: in cards on the card, on markers on any page', async () => {
        const tab = await d.open(`${site.server.origin}${STORY}`);
        assert.ok(await until(async () => ((await overlayOf(d, tab))?.markers.length ?? 0) > 0));
        /** The focused overlay element's ring colours and what it sits on, read by the browser. */
        const ring = () =>
          tab.evaluate(() => {
            const root = document.querySelector('backstory-overlay')?.shadowRoot;
            const el = root?.activeElement;
            if (!(el instanceof HTMLElement)) return null;
            const card = el.closest('.card, .legend');
            return {
              text: el.textContent ?? '',
              outline: getComputedStyle(el).outlineColor,
              shadow: getComputedStyle(el).boxShadow,
              behind: card === null ? null : getComputedStyle(card).backgroundColor,
            };
          }, null);
        // The first marker, reached from the legend by keyboard, so :focus-visible applies.
        let at = await ring();
        for (let i = 0; i < 80 && !/^Backstory:/.test(at?.text ?? ''); i++) {
          await tab.press('Tab');
          at = await ring();
        }
        await tab.press('Enter');
        const marker = await until(async () => ((await overlayOf(d, tab))?.focused ?? null) !== null);
        assert.ok(marker, 'a marker has focus');
        const m = await ring();
        assert.ok(m !== null);
        // Solid colours only: a soft shadow is no ring.
        const colours = [m.outline, ...(m.shadow.match(/rgb\([^)]+\)/g) ?? [])];
        // Light and dark pages, a dark site's grey, and a page as blue as the ring itself.
        for (const page of ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(31, 31, 31)', 'rgb(11, 87, 208)'])
          assert.ok(
            colours.some((c) => contrast(c, page) >= 3),
            `the marker's ring (${colours.join(', ')}) shows on ${page}`,
          );
        // Into its card: the close button, “Why this matched”, the story link.
        await tab.press('Enter');
        assert.ok(await until(async () => (await overlayOf(d, tab))?.card ?? null), 'the card opened');
        const seen: string[] = [];
        for (let i = 0; i < 6 && !seen.some((t) => t.startsWith('Open the full story')); i++) {
          await tab.press('Tab');
          const r = await ring();
          assert.ok(r?.behind != null, `focus stays in the card: ${r?.text}`);
          assert.ok(
            contrast(r.outline, r.behind) >= 3,
            `${r.text}: ring ${r.outline} on ${r.behind}: ${contrast(r.outline, r.behind).toFixed(2)}:1`,
          );
          seen.push(r.text);
        }
        await tab.close();
      });

      test('markers keep a visible edge on light, dark and grey pages', async () => {
        const tab = await d.open(`${site.server.origin}${STORY}`);
        assert.ok(await until(async () => ((await overlayOf(d, tab))?.markers.length ?? 0) > 0));
        const edge = await tab.evaluate(() => {
          const marker = document.querySelector('backstory-overlay')?.shadowRoot?.querySelector('.marker');
          const cs = marker === null || marker === undefined ? null : getComputedStyle(marker);
          return cs === null ? null : { border: cs.borderTopColor, shadow: cs.boxShadow };
        }, null);
        assert.ok(edge !== null, 'a marker');
        // Solid colours only: a soft shadow is no edge.
        const colours = [edge.border, ...(edge.shadow.match(/rgb\([^)]+\)/g) ?? [])];
        for (const page of ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(31, 31, 31)'])
          assert.ok(
            colours.some((c) => contrast(c, page) >= 3),
            `the marker's edge (${colours.join(', ')}) shows on ${page}`,
          );
        await tab.close();
      });

      test('the popup on a story article has no violations', async () => {
        const tab = await d.open(`${site.server.origin}${STORY}`);
        await until(async () => ((await overlayOf(d, tab))?.markers.length ?? 0) > 0);
        const popup = await d.extensionPage(`src/popup/popup.html?tabId=${tab.tabId}`);
        await until(() => popup.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
        assert.deepEqual(await axeViolations(popup), []);
        await popup.close();
        await tab.close();
      });

      for (const page of ['src/story/story.html', 'src/welcome/welcome.html', 'src/options/options.html']) {
        test(`${page} has no violations`, async () => {
          const tab = await d.extensionPage(page);
          await until(() =>
            tab.evaluate(() => (document.querySelector('main')?.textContent ?? '') !== '', null),
          );
          const dark = await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null);
          assert.equal(dark, scheme === 'dark', `the page sees the ${scheme} scheme`);
          assert.deepEqual(await axeViolations(tab), []);
          await tab.close();
        });
      }
    });
  }
}

// A tampered or truncated install (a test build whose index fails its checksum): the popup says so
// on screen and to a screen reader alike.
const damaged = {
  Chromium: (port: number) => chromiumDriver(port, { damaged: true }),
  'Firefox ESR': (port: number) => firefoxDriver(port, undefined, { damaged: true }),
};

for (const [name, launch] of Object.entries(damaged)) {
  describe(`${name}, damaged data`, () => {
    let d: Driver;
    before(async () => {
      d = await launch(site.proxy.port);
    });
    after(() => d.close());

    test('the popup says the data is damaged, in its status line too, and has no violations', async () => {
      const tab = await d.open(`${site.server.origin}${STORY}`);
      const popup = await d.extensionPage(`src/popup/popup.html?tabId=${tab.tabId}`);
      const shown = await until(() =>
        popup.evaluate(() => {
          const heading = document.querySelector('h1')?.textContent ?? '';
          const status = document.querySelector('[role="status"]')?.textContent ?? '';
          return heading === 'Backstory’s data is damaged'
            ? { status, text: document.body.textContent }
            : null;
        }, null),
      );
      assert.ok(shown !== null, 'the popup shows the damaged-data message');
      assert.equal(shown.status, 'Backstory’s data is damaged');
      assert.match(
        shown.text ?? '',
        /The claim index does not match its checksum \(tampered or truncated\)\. Reinstall/,
      );
      assert.deepEqual(await axeViolations(popup), []);
      await popup.close();
      await tab.close();
    });
  });
}
