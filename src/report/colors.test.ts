import { describe, expect, it } from 'vitest';
import { INK, PANEL, WHITE, contrast, hexToRgb, themeFor } from './colors';

describe('colours', () => {
  it.each([
    ['#1d4ed8', [29, 78, 216]],
    ['#FFF', [255, 255, 255]],
    ['1d4ed8', null],
    ['#12345', null],
  ])('hexToRgb(%s)', (hex, rgb) => {
    expect(hexToRgb(hex)).toEqual(rgb);
  });

  it('measures WCAG contrast', () => {
    expect(contrast(WHITE, [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
  });

  it('uses a strong brand colour as it is', () => {
    const theme = themeFor({ primaryColor: '#1d4ed8', accentColor: '#0f766e' });
    expect(theme.brandText).toEqual([29, 78, 216]);
    expect(theme.onBrand).toEqual(WHITE);
  });

  it('darkens a pale brand colour for text and thin lines, keeping its hue', () => {
    const theme = themeFor({ primaryColor: '#fde047', accentColor: '#fef9c3' });
    expect(contrast(theme.brandText, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.brand, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(theme.brand, PANEL)).toBeGreaterThanOrEqual(3);
    expect(theme.brandText).not.toEqual(INK);
    // Still a yellow: red and green well above blue.
    const [r, g, b] = theme.brandText;
    expect(Math.min(r, g)).toBeGreaterThan(b);
    expect(theme.band).toEqual([253, 224, 71]);
    expect(theme.onBrand).toEqual([0, 0, 0]);
    expect(contrast(theme.accent, WHITE)).toBeGreaterThanOrEqual(3);
  });
});
