// The overlay's stylesheet, scoped to its shadow root: page CSS cannot reach it, and it cannot
// reach the page. Colours meet WCAG AA (4.5:1) for their text in both themes; the kinds' come
// from their table (src/view/kinds.ts), and keep their own dark text in the dark theme too.

import { KINDS, kindClasses, KIND_TEXT } from '../../view/kinds.ts';
import { ruleClasses } from './tints.ts';

export const OVERLAY_CSS = `
/* Clipped sideways at its width (set to the page's): markers or cards can never widen the page.
   Only sideways: the layer is 0 px tall and its markers run down the whole page. */
/* Left to right whatever the page's direction (\`all\` resets neither property): the overlay's
   text is English, and on a right-to-left page its legend's swatches would swap sides. */
.layer { all: initial; position: absolute; left: 0; top: 0; height: 0; overflow-x: clip; overflow-y: visible; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1b1b; direction: ltr; unicode-bidi: isolate; }
.layer * { box-sizing: border-box; }
.origin { position: absolute; top: 0; }
/* A dark border and a white hairline outside it: one of the two shows on any page. */
.marker { position: absolute; width: 34px; height: 22px; border-radius: 11px; border: 2px solid #1b1b1b; cursor: pointer; padding: 0 4px; font: 700 12px/18px system-ui, sans-serif; color: ${KIND_TEXT}; text-align: center; box-shadow: 0 0 0 1px #ffffff, 0 1px 3px rgba(0,0,0,.35); display: flex; justify-content: space-between; align-items: center; }
${KINDS.map((k) => `.marker.kind-${k.kind}::before { content: "${k.letter}"; font-size: 12px; }`).join('\n')}
.marker .count { font-size: 11px; font-weight: 600; }
/* Two colours, so the ring shows on any page: white in the gap, blue outside it. */
.marker:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; box-shadow: 0 0 0 4px #ffffff; }
${kindClasses()}
/* A paragraph's margin rule: 3 px, in a colour that shows on light and dark pages (tints.ts). */
.rule { position: absolute; width: 3px; border-radius: 2px; pointer-events: none; }
${ruleClasses()}
.card { position: absolute; display: flex; flex-direction: column; background: #ffffff; color: #1b1b1b; border: 1px solid #5c5c5c; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.28); z-index: 1; overflow: hidden; }
.head { display: flex; align-items: flex-start; gap: 6px; padding: 10px 8px 8px 14px; border-bottom: 1px solid #d0d0d0; }
.card h2 { all: unset; display: block; flex: 1; font-weight: 700; font-size: 14px; line-height: 1.35; color: #1b1b1b; }
.card h2 .src { font-weight: 600; }
.chip { display: inline-block; min-width: 20px; margin-right: 6px; padding: 0 4px; border: 1px solid #1b1b1b; border-radius: 4px; text-align: center; font-size: 12px; }
.body { overflow-y: auto; overscroll-behavior: contain; padding: 8px 14px 4px; flex: 1 1 auto; min-height: 0; }
.claim { margin: 0 0 10px; padding-top: 8px; border-top: 1px solid #d0d0d0; }
.claim:first-of-type { border-top: none; padding-top: 0; }
.claim p { margin: 4px 0; }
.kind { display: inline-block; font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 4px; border: 1px solid #5c5c5c; }
.first { font-weight: 600; }
.others { color: #4a4a4a; font-size: 13px; }
.answers { margin: 4px 0 10px; padding-top: 8px; border-top: 1px solid #d0d0d0; }
.answers h3 { all: unset; display: block; font-weight: 700; font-size: 13px; }
blockquote { margin: 6px 0 0; padding: 6px 8px; border-left: 4px solid #1f5fbf; background: #f1f6ff; }
cite { display: block; font-style: normal; font-size: 12px; color: #3d3d3d; margin-top: 2px; }
button.why, button.story { all: unset; cursor: pointer; font-size: 13px; color: #0b4fb3; text-decoration: underline; }
button.why::before { content: "▸"; display: inline-block; width: 1em; }
button.why[aria-expanded="true"]::before { content: "▾"; }
.why-body { margin: 4px 0 0; padding: 6px 8px; background: #f4f4f4; border-left: 4px solid #6b6b6b; font-size: 13px; }
.why-body p { margin: 2px 0; }
.why-body blockquote { background: transparent; border-left: 3px solid #6b6b6b; margin: 4px 0; padding: 2px 8px; }
.foot { padding: 8px 14px 10px; border-top: 1px solid #d0d0d0; }
button.why:focus-visible, button.story:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
.close { flex: none; border: none; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; color: #3d3d3d; padding: 2px 6px; }
.close:focus-visible { outline: 3px solid #0b57d0; }
.legend { position: fixed; right: 12px; bottom: 12px; background: #ffffff; color: #1b1b1b; border: 1px solid #5c5c5c; border-radius: 8px; padding: 4px 10px; font-size: 12px; line-height: 20px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.legend .go { all: unset; cursor: pointer; font-weight: 700; }
/* 24 px square: the smallest target WCAG 2.2 (2.5.8) asks of a control this small. */
.legend .fold { all: unset; cursor: pointer; display: inline-block; width: 24px; height: 24px; line-height: 24px; vertical-align: middle; margin-left: 6px; text-align: center; font-weight: 700; border-radius: 4px; }
.legend .go:focus-visible, .legend .fold:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.legend .entry { margin-left: 8px; white-space: nowrap; }
.legend .sw { display: inline-block; width: 16px; height: 16px; line-height: 14px; border: 1px solid #1b1b1b; border-radius: 3px; margin-right: 4px; text-align: center; font-size: 10px; font-weight: 700; vertical-align: 0; }
@media (prefers-color-scheme: dark) {
  .card, .legend { background: #1f1f1f; color: #f0f0f0; border-color: #9a9a9a; }
  .card h2, .answers h3 { color: #f0f0f0; }
  cite, .close { color: #d0d0d0; }
  .others { color: #c8c8c8; }
  .claim, .head, .foot, .answers { border-color: #4a4a4a; }
  blockquote { background: #16263d; border-color: #7fb0ff; }
  .why-body { background: #2a2a2a; border-color: #9a9a9a; }
  .why-body blockquote { background: transparent; border-color: #9a9a9a; }
  button.why, button.story { color: #8ab4ff; }
  /* The light theme's blue is 2.6:1 on the dark card; this one is over 3:1. */
  button.why:focus-visible, button.story:focus-visible, .close:focus-visible,
  .legend .go:focus-visible, .legend .fold:focus-visible { outline-color: #8ab4ff; }
  .chip, .kind, .sw { border-color: #1b1b1b; }
  ${kindClasses()}
}
`;
