// Marks matched paragraphs without touching their text: CSS Custom Highlight ranges where the
// browser has the API (Chromium 105+, Firefox 140+), else a data attribute styled by page.css.
// With the API, a paragraph rests in its kind's faint tint (tints.ts) and the one the reader is
// on takes the full colour.

import type { ClaimKind } from '../../model/types.ts';
import type { PageParagraph } from '../../page/extract.ts';
import { KINDS as STYLES } from '../../view/kinds.ts';
import { restingName } from './tints.ts';

const KINDS = STYLES.map((k) => k.kind);
const NAME = (k: ClaimKind): string => `backstory-${k}`;

export interface Marked {
  paragraph: PageParagraph;
  kind: ClaimKind;
  /** The reader is on it (its card open, its marker focused): the full colour, not the tint. */
  strong?: boolean;
}

export class Highlighter {
  private marked: Element[] = [];

  constructor(private readonly doc: Document) {}

  /** Whether the Highlight API is usable (a page may have replaced or broken it). */
  private api(): { registry: HighlightRegistry; make: (ranges: Range[]) => Highlight } | null {
    try {
      const view = this.doc.defaultView as (Window & typeof globalThis) | null;
      const registry = view?.CSS?.highlights;
      const Ctor = view?.Highlight;
      if (registry === undefined || typeof Ctor !== 'function' || typeof registry.set !== 'function')
        return null;
      return { registry, make: (ranges) => new Ctor(...ranges) };
    } catch {
      return null;
    }
  }

  /** `dark`: the page is dark (its text light), and its resting tint fainter (tints.ts). */
  show(items: readonly Marked[], dark = false): 'highlight-api' | 'fallback' {
    this.clear();
    const api = this.api();
    if (api !== null) {
      try {
        for (const kind of KINDS) {
          const ofKind = items.filter((i) => i.kind === kind);
          for (const [name, strong] of [
            [NAME(kind), true],
            [restingName(kind, dark), false],
          ] as const) {
            const ranges = ofKind
              .filter((i) => (i.strong === true) === strong)
              .map((i) => rangeOf(this.doc, i.paragraph));
            if (ranges.length > 0) api.registry.set(name, api.make(ranges));
          }
        }
        return 'highlight-api';
      } catch {
        this.clear(); // the page broke the API midway: fall back cleanly
      }
    }
    for (const i of items) {
      i.paragraph.element.setAttribute('data-backstory-kind', i.kind);
      this.marked.push(i.paragraph.element);
    }
    return 'fallback';
  }

  clear(): void {
    const api = this.api();
    if (api !== null) {
      try {
        for (const kind of KINDS) {
          api.registry.delete(NAME(kind));
          for (const dark of [false, true]) api.registry.delete(restingName(kind, dark));
        }
      } catch {
        /* a page that broke the registry keeps whatever it did to it */
      }
    }
    for (const el of this.marked) el.removeAttribute('data-backstory-kind');
    this.marked = [];
  }
}

export function rangeOf(doc: Document, p: PageParagraph): Range {
  const range = doc.createRange();
  range.setStartBefore(p.first);
  range.setEndAfter(p.last);
  return range;
}
