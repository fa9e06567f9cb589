/** Applies the MSP's brand (from the validated configuration) as CSS custom properties. */
import { brandPalette } from '../core/brand-palette';
import type { Config } from '../core/types';

/**
 * The brand's CSS custom properties, by name: the colour as configured for fills, and shades of
 * it safe for text and for lines on the light and the dark scheme (styles.css picks the pair).
 */
export function brandProperties(config: Config): Record<string, string> {
  const { brand, accent } = brandPalette(config.brand);
  return {
    '--brand': brand.light.fill,
    '--brand-contrast': brand.light.onFill,
    '--brand-text-light': brand.light.text,
    '--brand-text-dark': brand.dark.text,
    '--brand-ui-light': brand.light.ui,
    '--brand-ui-dark': brand.dark.ui,
    '--accent-text-light': accent.light.text,
    '--accent-text-dark': accent.dark.text,
    '--accent-ui-light': accent.light.ui,
    '--accent-ui-dark': accent.dark.ui,
  };
}

/** Sets the brand variables on an element (the document root, or the widget's host). */
export function applyBrand(el: HTMLElement, config: Config): void {
  // styles.css picks the scheme's shades on this element, where the variables below are set.
  el.dataset.brand = '';
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
