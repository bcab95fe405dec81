// The overlay's stylesheet, scoped to its shadow root: page CSS cannot reach it, and it cannot
// reach the page. Colours meet WCAG AA (4.5:1) for their text in both themes; the kinds' come
// from their table (src/view/kinds.ts).

import { kindClasses, KIND_TEXT } from '../../view/kinds.ts';

export const OVERLAY_CSS = `
.layer { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1b1b; }
.layer * { box-sizing: border-box; }
.marker { position: absolute; width: 24px; height: 24px; border-radius: 12px; border: 2px solid #1b1b1b; cursor: pointer; padding: 0; font: 700 12px/20px system-ui, sans-serif; color: ${KIND_TEXT}; text-align: center; box-shadow: 0 1px 3px rgba(0,0,0,.35); }
.marker:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
${kindClasses()}
.card { position: absolute; width: 380px; max-width: calc(100vw - 24px); background: #ffffff; color: #1b1b1b; border: 1px solid #5c5c5c; border-radius: 8px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.28); z-index: 1; }
.card h2 { all: unset; display: block; font-weight: 700; font-size: 13px; letter-spacing: .02em; text-transform: uppercase; color: #3d3d3d; margin: 0 0 6px; }
.claim { margin: 0 0 10px; padding-top: 6px; border-top: 1px solid #d0d0d0; }
.claim:first-of-type { border-top: none; padding-top: 0; }
.claim p { margin: 4px 0; }
.kind { display: inline-block; font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 4px; border: 1px solid #5c5c5c; }
.first { font-weight: 600; }
.others { color: #4a4a4a; font-size: 13px; }
blockquote { margin: 6px 0 0; padding: 6px 8px; border-left: 4px solid #1f5fbf; background: #f1f6ff; }
cite { display: block; font-style: normal; font-size: 12px; color: #3d3d3d; margin-top: 2px; }
.close { position: absolute; right: 6px; top: 6px; border: none; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; color: #3d3d3d; padding: 4px; }
.close:focus-visible { outline: 3px solid #0b57d0; }
.legend { position: fixed; right: 12px; bottom: 12px; background: #ffffff; color: #1b1b1b; border: 1px solid #5c5c5c; border-radius: 8px; padding: 6px 10px; font-size: 12px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.legend span.sw { display: inline-block; width: 12px; height: 12px; border: 1px solid #1b1b1b; margin: 0 4px 0 8px; vertical-align: -2px; }
@media (prefers-color-scheme: dark) {
  .card, .legend { background: #1f1f1f; color: #f0f0f0; border-color: #9a9a9a; }
  .card h2, cite, .close { color: #d0d0d0; }
  .others { color: #c8c8c8; }
  .claim { border-color: #4a4a4a; }
  blockquote { background: #16263d; border-color: #7fb0ff; }
}
`;
