// Reads the PNGs the icon script writes (8-bit RGBA, not interlaced) back into pixels, so the
// script and the manifest test can check an icon's size and its transparent padding.

import zlib from 'node:zlib';

export interface Rgba {
  width: number;
  height: number;
  /** Four bytes a pixel, row by row. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which the format puts first. */
export function pngSize(file: Buffer): { width: number; height: number } {
  if (!file.subarray(0, 8).equals(SIGNATURE) || file.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

export function readPng(file: Buffer): Rgba {
  const { width, height } = pngSize(file);
  const [depth, colour, , , interlace] = file.subarray(24, 29);
  if (depth !== 8 || colour !== 6 || interlace !== 0)
    throw new Error(`PNG is not 8-bit RGBA without interlace (depth ${depth}, colour type ${colour})`);
  const data: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    if (file.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width, height, pixels: unfilter(zlib.inflateSync(Buffer.concat(data)), width, height) };
}

/** Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth) for 4-byte pixels. */
function unfilter(raw: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? (out[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (out[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? 0];
      if (predictor === undefined) throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      out[y * stride + x] = ((row[x] ?? 0) + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The smallest box holding every pixel that is not fully transparent, or null for an empty image. */
export function opaqueBox(img: Rgba): { left: number; top: number; right: number; bottom: number } | null {
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      if ((img.pixels[(y * img.width + x) * 4 + 3] ?? 0) === 0) continue;
      box = box ?? { left: x, top: y, right: x, bottom: y };
      box.left = Math.min(box.left, x);
      box.top = Math.min(box.top, y);
      box.right = Math.max(box.right, x);
      box.bottom = Math.max(box.bottom, y);
    }
  return box;
}
