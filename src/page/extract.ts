// The article's lines, in reading order, from a live Document, each with a way back to its DOM
// nodes for highlighting: the headline and standfirst, then the text of the article's root
// elements (./root.ts), cut into runs at block boundaries (./walk.ts), furniture left out
// (./furniture.ts) and only runs that read as lines of an article kept (./lines.ts). Nothing is
// modified.
//
// Bounded: the search for the article (./root.ts) visits at most 50,000 elements and reads
// 2,000,000 characters among the elements marked as the article, and as much again over the whole
// body when none of them is long enough; judging a named block as furniture counts its text and
// the text around it, each only as far as the judgement needs, at most 200,000 text nodes in all
// (./root.ts). Reading the article,
// at most 50,000 elements and 1,000,000 characters; the standfirst, at most 300 elements. A page
// past those bounds is read to that point. The extension reads it in steps (./steps.ts), a few
// milliseconds of work at a time; everything else reads it at once, by the same code.

import { markupFurniture, namedFurniture } from './furniture.ts';
import { findHeadline } from './headline.ts';
import { admits } from './lines.ts';
import { articleRoots } from './root.ts';
import { runSteps, type Steps } from './steps.ts';
import { walkRuns, type Budget, type Run } from './walk.ts';

export { admits } from './lines.ts';

export interface PageParagraph {
  text: string;
  /** The block element the paragraph lives in. */
  element: Element;
  /** First and last text node of the paragraph. */
  first: Node;
  last: Node;
  /** The page's headline, a heading inside the article, or its text. Matched alike. */
  role: 'headline' | 'heading' | 'text';
}

const READ_ELEMENTS = 50_000;
const READ_CHARS = 1_000_000;
const STANDFIRST_ELEMENTS = 300;
/** A run more than half of whose characters sit in links is navigation or a teaser. */
const MAX_LINK_SHARE = 0.5;

export function extractParagraphs(doc: Document): PageParagraph[] {
  return runSteps(extractInSteps(doc));
}

/** extractParagraphs, yielding between pieces of its work. */
export function* extractInSteps(doc: Document): Steps<PageParagraph[]> {
  const roots = yield* articleRoots(doc);
  if (roots.length === 0) return [];
  const headline = yield* findHeadline(doc);
  // An element holding the headline is the article's header, whatever its tag or class says.
  const skip = (el: Element): boolean =>
    (markupFurniture(el) || namedFurniture(el)) && (headline === null || !el.contains(headline));
  const out: PageParagraph[] = [];
  const keep = (runs: readonly Run[]): void => {
    for (const r of runs) {
      const isHeadline = headline !== null && r.element === headline;
      if (!isHeadline && (r.linkChars > r.chars * MAX_LINK_SHARE || !admits(r.text, r.element.tagName)))
        continue;
      const role = isHeadline ? 'headline' : /^H[1-6]$/.test(r.element.tagName) ? 'heading' : 'text';
      out.push({ text: r.text, element: r.element, first: r.first, last: r.last, role });
    }
  };
  const first = roots[0] as Element;
  if (
    headline !== null &&
    !roots.some((r) => r.contains(headline)) &&
    headline.compareDocumentPosition(first) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */
  ) {
    // The headline above the article's root, and the standfirst between them.
    keep(yield* walkRuns(headline, { skip }, { elements: STANDFIRST_ELEMENTS, chars: READ_CHARS }));
    keep(
      yield* walkRuns(
        commonAncestor(headline, first),
        { after: headline, until: first, skip },
        { elements: STANDFIRST_ELEMENTS, chars: READ_CHARS },
      ),
    );
  }
  const budget: Budget = { elements: READ_ELEMENTS, chars: READ_CHARS };
  for (const root of roots) keep(yield* walkRuns(root, { skip }, budget));
  return out;
}

function commonAncestor(a: Node, b: Node): Element {
  for (let e = a.parentElement; e !== null; e = e.parentElement) if (e.contains(b)) return e;
  return (a.ownerDocument?.documentElement ?? (a as Element)) as Element;
}
