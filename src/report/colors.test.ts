import { describe, expect, it } from 'vitest';
import { INK, WHITE, contrast, hexToRgb, themeFor } from './colors';

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

  it('never puts a pale brand colour on text or thin lines', () => {
    const theme = themeFor({ primaryColor: '#fde047', accentColor: '#fef9c3' });
    expect(theme.brandText).toEqual(INK);
    expect(theme.brand).toEqual(INK);
    expect(theme.band).toEqual([253, 224, 71]);
    expect(theme.onBrand).toEqual(INK);
    expect(contrast(theme.accent, WHITE)).toBeGreaterThanOrEqual(3);
  });
});
