/**
 * Text-safe and UI-safe shades of a brand colour, for every surface the colour is used on
 * (WCAG 1.4.3: text 4.5:1; 1.4.11: borders, bars and selected states 3:1). Pure: the page, the
 * widget, the PDF and a configurator's preview all take their brand colours from here.
 */

export type Rgb = readonly [number, number, number];

/** "#1d4ed8" or "#fff" → [r, g, b]; anything else → null. */
export function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const n = Number.parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** [r, g, b] → "#rrggbb". */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance (0 for black to 1 for white). */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG minimums: text, and non-text (borders, bars, focus and selected states). */
export const TEXT_RATIO = 4.5;
export const UI_RATIO = 3;

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return from.map((c, i) => Math.round(c + ((to[i] ?? 0) - c) * t)) as unknown as Rgb;
}

const worst = (c: Rgb, surfaces: readonly Rgb[]) =>
  Math.min(...surfaces.map((s) => contrastRatio(c, s)));

/**
 * The shade of `color` closest to it that reaches `ratio` against every one of `surfaces`:
 * the colour itself when it already does, else mixed towards black (light surfaces) or white
 * (dark surfaces) just far enough. Hue stays; only lightness moves.
 */
export function safeShade(color: Rgb, surfaces: readonly Rgb[], ratio: number): Rgb {
  if (surfaces.length === 0 || worst(color, surfaces) >= ratio) return color;
  const light = Math.max(...surfaces.map(luminance)) > 0.18;
  const towards = light ? BLACK : WHITE;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (worst(mix(color, towards, mid), surfaces) >= ratio) hi = mid;
    else lo = mid;
  }
  // Rounding to whole channels can land a hair short: step on until it holds.
  let t = hi;
  let shade = mix(color, towards, t);
  while (worst(shade, surfaces) < ratio && t < 1) {
    t = Math.min(1, t + 1 / 255);
    shade = mix(color, towards, t);
  }
  return shade;
}

/** Black or white, whichever reads better on `fill` (always at least 4.58:1). */
export function textOn(fill: Rgb): Rgb {
  return contrastRatio(fill, WHITE) >= contrastRatio(fill, BLACK) ? WHITE : BLACK;
}

/** The surfaces of one colour scheme that brand colours are drawn on. */
export interface Surfaces {
  /** Page background, cards, selected rows: every background brand text or lines sit on. */
  backgrounds: readonly string[];
}

/** The app's surfaces (see ui/styles.css) and the PDF's white paper with its grey panels. */
export const SURFACES = {
  light: { backgrounds: ['#f8fafc', '#ffffff', '#eff6ff'] },
  dark: { backgrounds: ['#0b1220', '#111a2e', '#1e293b'] },
  paper: { backgrounds: ['#ffffff', '#f1f5f9'] },
} as const satisfies Record<string, Surfaces>;

export type Scheme = keyof typeof SURFACES;

/** A brand colour's shades for one scheme, as "#rrggbb". */
export interface BrandShades {
  /** Text and links in the brand colour: 4.5:1 on every background. */
  text: string;
  /** Borders, progress bars, selected outlines, chart bars: 3:1 on every background. */
  ui: string;
  /** A filled button or selected segment: the brand colour as configured. */
  fill: string;
  /** Text on `fill`: black or white. */
  onFill: string;
}

/** The brand and accent colours' shades on each scheme's surfaces. */
export interface BrandPalette {
  brand: Record<Scheme, BrandShades>;
  accent: Record<Scheme, BrandShades>;
}

function shadesOf(color: Rgb, scheme: Scheme): BrandShades {
  const surfaces = SURFACES[scheme].backgrounds.map((h) => parseHex(h) ?? WHITE);
  return {
    text: toHex(safeShade(color, surfaces, TEXT_RATIO)),
    ui: toHex(safeShade(color, surfaces, UI_RATIO)),
    fill: toHex(color),
    onFill: toHex(textOn(color)),
  };
}

/** Every shade the page, the widget and the PDF use, derived from the configured colours. */
export function brandPalette(brand: { primaryColor: string; accentColor: string }): BrandPalette {
  const primary = parseHex(brand.primaryColor) ?? ([29, 78, 216] as Rgb);
  const accent = parseHex(brand.accentColor) ?? ([15, 118, 110] as Rgb);
  const each = (c: Rgb) => ({
    light: shadesOf(c, 'light'),
    dark: shadesOf(c, 'dark'),
    paper: shadesOf(c, 'paper'),
  });
  return { brand: each(primary), accent: each(accent) };
}

/** What a brand colour is used for: text, lines and selected states, or text on its own fill. */
export type ColourUse = 'text' | 'ui' | 'on-fill';

/** One contrast check of a configured colour on one scheme, with the shade that is used. */
export interface ContrastCheck {
  colour: 'primary' | 'accent';
  scheme: Scheme;
  use: ColourUse;
  /** The colour as configured ("#rrggbb"). */
  configured: string;
  /** What the page, the widget or the PDF draws: `configured` itself or a safe shade of it. */
  shade: string;
  /** WCAG minimum for this use: 4.5 for text, 3 for lines and selected states. */
  required: number;
  /** The configured colour's worst ratio (on-fill: the text colour's ratio on the fill). */
  configuredRatio: number;
  /** The shade's worst ratio on the same surfaces: never below `required`. */
  ratio: number;
  /** True when the configured colour falls short and a darker or lighter shade stands in. */
  adjusted: boolean;
}

/**
 * Every check brandPalette makes, with the shades it derives: for the configurator, which shows
 * an MSP where its colours would fall short and what is used instead. The checks are the
 * palette's own (same surfaces, same ratios), so what it shows is what the app draws.
 */
export function contrastChecks(brand: {
  primaryColor: string;
  accentColor: string;
}): ContrastCheck[] {
  const palette = brandPalette(brand);
  const checks: ContrastCheck[] = [];
  const colours = [
    ['primary', palette.brand],
    ['accent', palette.accent],
  ] as const;
  for (const [colour, shadesBy] of colours) {
    for (const scheme of Object.keys(SURFACES) as Scheme[]) {
      const surfaces = SURFACES[scheme].backgrounds.map((h) => parseHex(h) ?? WHITE);
      const shades = shadesBy[scheme];
      const fill = parseHex(shades.fill) ?? WHITE;
      for (const [use, required] of [
        ['text', TEXT_RATIO],
        ['ui', UI_RATIO],
      ] as const) {
        const shade = shades[use];
        checks.push({
          colour,
          scheme,
          use,
          configured: shades.fill,
          shade,
          required,
          configuredRatio: worst(fill, surfaces),
          ratio: worst(parseHex(shade) ?? fill, surfaces),
          adjusted: shade !== shades.fill,
        });
      }
      const onFill = contrastRatio(parseHex(shades.onFill) ?? WHITE, fill);
      checks.push({
        colour,
        scheme,
        use: 'on-fill',
        configured: shades.fill,
        shade: shades.onFill,
        required: TEXT_RATIO,
        configuredRatio: onFill,
        ratio: onFill,
        adjusted: false,
      });
    }
  }
  return checks;
}
