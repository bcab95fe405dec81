// Colours as getComputedStyle returns them, read as numbers: the page's text colour tells its
// theme, and its background the shade a margin rule needs to show on it. Browsers resolve named,
// hex and hsl() colours to rgb(), but keep a colour given in oklch(), oklab(), lab(), lch() or
// color() in that form (CSS Color 4), so each of those is converted here too. Pure: no DOM.

/** An sRGB colour, each channel gamma-encoded in 0..1 (clamped to the gamut), and its alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

type Vec = [number, number, number];

const clamp = (x: number): number => Math.min(1, Math.max(0, x));
const toLinear = (c: number): number =>
  Math.sign(c) * (Math.abs(c) <= 0.04045 ? Math.abs(c) / 12.92 : ((Math.abs(c) + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number): number =>
  Math.sign(c) * (Math.abs(c) <= 0.0031308 ? Math.abs(c) * 12.92 : 1.055 * Math.abs(c) ** (1 / 2.4) - 0.055);
const mul = (m: readonly Vec[], v: Vec): Vec =>
  m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as Vec;

// CSS Color 4's matrices (its sample code), to 7 figures (far finer than 1/255, and a smaller
// script): XYZ (D65) to linear sRGB, D50 to D65 (Bradford), linear display-p3 and rec2020 to
// XYZ, and OKLab's LMS to linear sRGB.
const XYZ_TO_SRGB: Vec[] = [
  [3.24097, -1.537383, -0.4986108],
  [-0.9692436, 1.875968, 0.04155506],
  [0.05563008, -0.203977, 1.056972],
];
const D50_TO_D65: Vec[] = [
  [0.9554734, -0.02309845, 0.06325924],
  [-0.02836971, 1.009995, 0.02104144],
  [0.01231401, -0.02050765, 1.330366],
];
const P3_TO_XYZ: Vec[] = [
  [0.4865709, 0.2656677, 0.1982173],
  [0.2289746, 0.6917385, 0.07928691],
  [0, 0.04511338, 1.043944],
];
const REC2020_TO_XYZ: Vec[] = [
  [0.636958, 0.1446169, 0.168881],
  [0.2627002, 0.6779981, 0.05930172],
  [0, 0.02807269, 1.060985],
];
const OKLAB_TO_LMS: Vec[] = [
  [1, 0.3963378, 0.2158038],
  [1, -0.1055613, -0.06385417],
  [1, -0.08948418, -1.291486],
];
const LMS_TO_SRGB: Vec[] = [
  [4.076742, -3.307712, 0.2309699],
  [-1.268438, 2.609757, -0.3413194],
  [-0.004196086, -0.7034186, 1.707615],
];
const D50_WHITE: Vec = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];

/** A component: a number, a percentage of `full`, or `none` (0). */
const component = (s: string, full: number): number =>
  s === 'none' ? 0 : s.endsWith('%') ? (Number(s.slice(0, -1)) / 100) * full : Number(s);

/** Hue in degrees (`deg`, `turn`, `rad`, `grad` or a bare number). */
const hue = (s: string): number => {
  const m = /^(-?[\d.e+-]+)(deg|turn|rad|grad)?$/.exec(s);
  if (m === null) return 0;
  const n = Number(m[1]);
  return m[2] === 'turn' ? n * 360 : m[2] === 'rad' ? (n * 180) / Math.PI : m[2] === 'grad' ? n * 0.9 : n;
};

/** CIE Lab (D50) to linear sRGB. */
function labToLinear(l: number, a: number, b: number): Vec {
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const inv = (f: number): number => (f ** 3 > 216 / 24389 ? f ** 3 : (116 * f - 16) / (24389 / 27));
  const xyz50: Vec = [inv(fx) * D50_WHITE[0], l > 8 ? fy ** 3 : l / (24389 / 27), inv(fz) * D50_WHITE[2]];
  return mul(XYZ_TO_SRGB, mul(D50_TO_D65, xyz50));
}

function oklabToLinear(l: number, a: number, b: number): Vec {
  const lms = mul(OKLAB_TO_LMS, [l, a, b]).map((c) => c ** 3) as Vec;
  return mul(LMS_TO_SRGB, lms);
}

/** The linear sRGB of `color(<space> c1 c2 c3)`, or null for a space not known here. */
function colorFunction(space: string, v: Vec): Vec | null {
  switch (space) {
    case 'srgb':
      return v.map(toLinear) as Vec;
    case 'srgb-linear':
      return v;
    case 'display-p3':
      return mul(XYZ_TO_SRGB, mul(P3_TO_XYZ, v.map(toLinear) as Vec));
    case 'rec2020': {
      const a = 1.099297;
      const lin = v.map((c) =>
        Math.abs(c) < 0.08124286 ? c / 4.5 : Math.sign(c) * ((Math.abs(c) + a - 1) / a) ** (1 / 0.45),
      );
      return mul(XYZ_TO_SRGB, mul(REC2020_TO_XYZ, lin as Vec));
    }
    case 'xyz':
    case 'xyz-d65':
      return mul(XYZ_TO_SRGB, v);
    case 'xyz-d50':
      return mul(XYZ_TO_SRGB, mul(D50_TO_D65, v));
    default:
      return null;
  }
}

/**
 * A colour function and its arguments; the arguments start after the white space, which only the
 * `\s*` reads (exported for its property test against the quadratic form it replaced, backtracking.test.ts).
 */
export const COLOUR_FUNCTION = /^(rgba?|color|lab|lch|oklab|oklch)\(\s*(?!\s)([^)]*)\)$/;

/**
 * A computed colour (`rgb()`, `rgba()`, `color()`, `lab()`, `lch()`, `oklab()`, `oklch()`, or
 * `transparent`) in sRGB, or null for anything else (a keyword such as `currentcolor`, which a
 * computed value never is, or a form not known here).
 */
export function parseColour(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = COLOUR_FUNCTION.exec(s);
  if (m === null) return null;
  const [fn, body] = [m[1] ?? '', m[2] ?? ''];
  // Legacy commas or CSS Color 4 spaces, the alpha after a slash or a fourth comma.
  const [main = '', slash] = body.split('/');
  const parts = main.split(/[\s,]+/).filter((p) => p !== '');
  const space = fn === 'color' ? (parts.shift() ?? '') : '';
  const alphaText = slash?.trim() ?? parts[3];
  const a = alphaText === undefined ? 1 : clamp(component(alphaText, 1));
  const [p0 = '', p1 = '', p2 = ''] = parts;
  let linear: Vec | null;
  if (fn === 'rgb' || fn === 'rgba')
    linear = [p0, p1, p2].map((p) => toLinear(component(p, 255) / 255)) as Vec;
  else if (fn === 'color')
    linear = colorFunction(space, [component(p0, 1), component(p1, 1), component(p2, 1)]);
  else if (fn === 'lab') linear = labToLinear(component(p0, 100), component(p1, 125), component(p2, 125));
  else if (fn === 'oklab') linear = oklabToLinear(component(p0, 1), component(p1, 0.4), component(p2, 0.4));
  else {
    // lch() and oklch(): lightness, chroma, hue, the polar forms of lab() and oklab().
    const ok = fn === 'oklch';
    const [l, c, h] = [component(p0, ok ? 1 : 100), component(p1, ok ? 0.4 : 150), (hue(p2) * Math.PI) / 180];
    linear = (ok ? oklabToLinear : labToLinear)(l, c * Math.cos(h), c * Math.sin(h));
  }
  if (linear === null || linear.some((c) => !Number.isFinite(c))) return null;
  const [r, g, b] = linear.map((c) => clamp(toGamma(c)));
  return { r: r ?? 0, g: g ?? 0, b: b ?? 0, a };
}

/** WCAG 2's relative luminance of an sRGB colour (its alpha ignored). */
export const luminance = (c: Rgba): number =>
  0.2126 * toLinear(c.r) + 0.7152 * toLinear(c.g) + 0.0722 * toLinear(c.b);

/** WCAG 2's contrast ratio of two opaque colours, 1 to 21. */
export function contrast(x: Rgba, y: Rgba): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** `top` laid over `under` by its alpha, as the browser paints it (in gamma-encoded sRGB). */
export const over = (top: Rgba, under: Rgba): Rgba => ({
  r: top.r * top.a + under.r * (1 - top.a),
  g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a),
  a: 1,
});

/** `#rrggbb` as a colour; `#rrggbb` of a colour. */
export const fromHex = (hex: string): Rgba => ({
  r: parseInt(hex.slice(1, 3), 16) / 255,
  g: parseInt(hex.slice(3, 5), 16) / 255,
  b: parseInt(hex.slice(5, 7), 16) / 255,
  a: 1,
});
export const toHex = (c: Rgba): string =>
  `#${[c.r, c.g, c.b]
    .map((x) =>
      Math.round(clamp(x) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** A canvas's colour where nothing is painted: white (a page's own default). */
export const WHITE: Rgba = { r: 1, g: 1, b: 1, a: 1 };
