/** Colours for the PDF: brand colours from the config, checked for contrast on white paper. */
import { brandPalette, parseHex } from '../core/brand-palette';

export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
export const INK: Rgb = [15, 23, 42]; // slate-900, as on the page
export const MUTED: Rgb = [71, 85, 105]; // slate-600: 7.6:1 on white
export const RULE: Rgb = [203, 213, 225]; // slate-300
export const TRACK: Rgb = [226, 232, 240]; // slate-200
export const PANEL: Rgb = [241, 245, 249]; // slate-100
export const WARNING: Rgb = [146, 64, 14]; // amber-800: 7:1 on white
/** The full-time line: the page chart's red (#b91c1c), dashed, so never colour alone. */
export const FULL_TIME_LINE: Rgb = [185, 28, 28];
/** The recommended engagement's line: the page chart's blue (#1d4ed8), solid. */
export const ENGAGEMENT_LINE: Rgb = [29, 78, 216];

/** "#1d4ed8" or "#fff" → [r, g, b]; anything else → null. */
export function hexToRgb(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const n = Number.parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface Theme {
  /** Brand colour for shapes (bars, lines, rules): 3:1 on white or it falls back to ink. */
  brand: Rgb;
  /** Brand colour for text: 4.5:1 on white or ink. */
  brandText: Rgb;
  /** The brand colour as configured, for the cover band. */
  band: Rgb;
  /** Text drawn on the band: white or ink, whichever reads better. */
  onBrand: Rgb;
  /** Accent for the fractional-CIO line: 3:1 on white and distinct from the brand, or teal. */
  accent: Rgb;
}

const FALLBACK_ACCENT: Rgb = [15, 118, 110]; // teal-700

/**
 * The theme for a brand: a weak brand colour gives way to a darker shade of itself (from the
 * same palette as the page), so text and thin lines stay readable and the hue stays the brand's.
 */
export function themeFor(brand: { primaryColor: string; accentColor: string }): Theme {
  const primary = hexToRgb(brand.primaryColor) ?? INK;
  const palette = brandPalette(brand);
  const rgb = (hex: string): Rgb => parseHex(hex) ?? INK;
  const shapeBrand = rgb(palette.brand.paper.ui);
  const accent = rgb(palette.accent.paper.ui);
  // The fractional-CIO line must stand apart from the brand's, or it falls back to teal.
  const distinct =
    contrast(accent, shapeBrand) >= 1.5 ||
    accent.some((c, i) => Math.abs(c - (shapeBrand[i] ?? 0)) > 80);
  return {
    brand: shapeBrand,
    brandText: rgb(palette.brand.paper.text),
    band: primary,
    onBrand: rgb(palette.brand.paper.onFill),
    accent: distinct ? accent : FALLBACK_ACCENT,
  };
}
