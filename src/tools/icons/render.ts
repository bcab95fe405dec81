// `npm run icons`: draws the extension's icons from one source drawing (icon.svg, a 16-unit
// grid) into src/static/icons/, with Debian's rsvg-convert (package librsvg2-bin, installed here
// when missing). The PNGs are committed, so building the extension does not need it.
//
// Padding: the Chrome Web Store wants the 128 px icon's artwork 96×96 with 16 px of transparent
// padding on each side (its listing and install dialog add their own frame). The smaller sizes
// are drawn edge to edge, as toolbars and the extensions page show them: at 16 px every unit of
// the drawing is one pixel, and padding would only blur it. Each size is a whole multiple of the
// grid (1×, 2×, 3×, 6×), so the bars' edges stay sharp.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianPackages } from '../harness/debian.ts';
import { opaqueBox, readPng } from './png.ts';
import { isMain } from '../../cli/is-main.ts';

const RSVG = '/usr/bin/rsvg-convert';
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SOURCE = path.join(import.meta.dirname, 'icon.svg');
const ICON_DIR = path.join(ROOT, 'src', 'static', 'icons');

/** Each icon the manifest names: its size and the transparent padding on each side, in pixels. */
const ICONS: readonly { size: number; padding: number }[] = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  { size: 128, padding: 16 },
];

const iconFile = (size: number): string => path.join(ICON_DIR, `icon-${size}.png`);

function render(size: number, padding: number, out: string): void {
  const art = String(size - 2 * padding);
  execFileSync(RSVG, [
    ...['--width', art, '--height', art],
    ...['--page-width', String(size), '--page-height', String(size)],
    ...['--left', String(padding), '--top', String(padding)],
    ...['--output', out, SOURCE],
  ]);
  // The store rejects what it cannot see: check the artwork fills exactly the padded box.
  const img = readPng(fs.readFileSync(out));
  const box = opaqueBox(img);
  const want = { left: padding, top: padding, right: size - padding - 1, bottom: size - padding - 1 };
  if (img.width !== size || img.height !== size || JSON.stringify(box) !== JSON.stringify(want))
    throw new Error(
      `${out}: ${img.width}×${img.height}, artwork at ${JSON.stringify(box)}, not ${JSON.stringify(want)}`,
    );
}

if (isMain(import.meta.url)) {
  ensureDebianPackages([[RSVG, 'librsvg2-bin']]);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-icons-'));
  for (const { size, padding } of ICONS) {
    const staged = path.join(tmp, `icon-${size}.png`);
    render(size, padding, staged);
    fs.copyFileSync(staged, iconFile(size));
    console.log(`${path.relative(ROOT, iconFile(size))}: ${size}×${size}, ${padding} px padding`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
