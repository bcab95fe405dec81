// The story page as the browser tests read it: the claim entry a link opened it at.

import { until, type Tab } from './driver.ts';

export interface LinkedClaim {
  /** The entry's element id (claim-<id>). */
  id: string;
  text: string;
  visible: boolean;
  /** Marked apart from the claims beside it (the page's style for a linked claim). */
  marked: boolean;
}

/**
 * The claim entry that has focus once the page has settled, null when none gets it; with `id`,
 * once that entry has it (a focus moved by a later fragment).
 */
export function linkedClaim(page: Tab, id?: string): Promise<LinkedClaim | null> {
  return until(() =>
    page.evaluate((want) => {
      const active = document.activeElement;
      if (active === null || !active.id.startsWith('claim-')) return null;
      if (want !== null && active.id !== want) return null;
      const r = active.getBoundingClientRect();
      return {
        id: active.id,
        text: active.textContent ?? '',
        visible: r.bottom > 0 && r.top < innerHeight,
        marked:
          getComputedStyle(active).borderLeftStyle !==
          getComputedStyle(active.nextElementSibling ?? active.previousElementSibling ?? document.body)
            .borderLeftStyle,
      };
    }, id ?? null),
  );
}
