/** Applies the MSP's brand (from the validated configuration) as CSS custom properties. */
import type { Config } from '../core/types';

/** Black or white, whichever reads better on this colour (WCAG relative luminance). */
export function contrastingText(hex: string): '#000000' | '#ffffff' {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const channel = (i: number) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** The brand's CSS custom properties, by name. */
export function brandProperties(config: Config): Record<string, string> {
  return {
    '--brand': config.brand.primaryColor,
    '--brand-contrast': contrastingText(config.brand.primaryColor),
    '--accent': config.brand.accentColor,
  };
}

/** Sets the brand variables on an element (the document root, or the widget's host). */
export function applyBrand(el: HTMLElement, config: Config): void {
  for (const [name, value] of Object.entries(brandProperties(config))) {
    el.style.setProperty(name, value);
  }
}

/** The same variables as an inline style, for the prerendered page's root element. */
export function brandStyle(config: Config): string {
  return Object.entries(brandProperties(config))
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}
