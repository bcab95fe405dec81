// axe-core, the accessibility engine browsers' own DevTools use, run in a real page of either
// browser. Its source is evaluated the way a debugger does, so extension pages' CSP (no inline or
// eval'd script) does not stop it, and nothing of it ships in the extension.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './driver.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * The WCAG 2.1 A/AA and best-practice violations axe finds in the tab, as "rule: help (targets)",
 * limited to the elements matching `include` when given (e.g. the overlay's host).
 */
export async function axeViolations(tab: Tab, include?: string): Promise<string[]> {
  if (!(await tab.evaluate(() => 'axe' in globalThis, null))) await tab.run(AXE_SOURCE);
  const result = await tab.evaluate(async (sel: string | null) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } })
      .axe;
    return axe.run(sel === null ? document : { include: [[sel]] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
  }, include ?? null);
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}`,
  );
}
