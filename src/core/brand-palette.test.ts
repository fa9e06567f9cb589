import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SURFACES,
  TEXT_RATIO,
  UI_RATIO,
  brandPalette,
  contrastChecks,
  contrastRatio,
  parseHex,
  safeShade,
  toHex,
  type Rgb,
  type Scheme,
} from './brand-palette';

const rgb = (hex: string): Rgb => parseHex(hex)!;
const schemes = Object.keys(SURFACES) as Scheme[];
const worstOn = (hex: string, scheme: Scheme) =>
  Math.min(...SURFACES[scheme].backgrounds.map((b) => contrastRatio(rgb(hex), rgb(b))));

describe('brandPalette', () => {
  it.each([
    // light brand colours (the yellow among them) and dark ones
    '#facc15',
    '#fde047',
    '#ffffff',
    '#a3e635',
    '#67e8f9',
    '#f472b6',
    '#1d4ed8',
    '#0f766e',
    '#000000',
    '#111827',
    '#7c3aed',
    '#b91c1c',
  ])('%s: text 4.5:1 and UI 3:1 on every surface of every scheme', (color) => {
    const palette = brandPalette({ primaryColor: color, accentColor: color });
    for (const scheme of schemes) {
      for (const shades of [palette.brand[scheme], palette.accent[scheme]]) {
        expect(worstOn(shades.text, scheme)).toBeGreaterThanOrEqual(TEXT_RATIO);
        expect(worstOn(shades.ui, scheme)).toBeGreaterThanOrEqual(UI_RATIO);
        expect(contrastRatio(rgb(shades.fill), rgb(shades.onFill))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('leaves a colour that already reads well as it is', () => {
    const palette = brandPalette({ primaryColor: '#1d4ed8', accentColor: '#0f766e' });
    expect(palette.brand.light.text).toBe('#1d4ed8');
    expect(palette.brand.paper.ui).toBe('#1d4ed8');
    expect(palette.brand.light.fill).toBe('#1d4ed8');
    expect(palette.brand.light.onFill).toBe('#ffffff');
  });

  it('darkens #facc15 on light surfaces and keeps it for a fill with black text', () => {
    const { light, dark } = brandPalette({ primaryColor: '#facc15', accentColor: '#0f766e' }).brand;
    expect(contrastRatio(rgb('#facc15'), rgb('#ffffff'))).toBeLessThan(1.6);
    expect(light.text).not.toBe('#facc15');
    expect(light.fill).toBe('#facc15');
    expect(light.onFill).toBe('#000000');
    // On dark surfaces a light yellow is already fine.
    expect(dark.text).toBe('#facc15');
  });
});

describe('contrastChecks (what the configurator shows)', () => {
  it('checks both colours for text, lines and text on the fill, on every scheme', () => {
    const checks = contrastChecks({ primaryColor: '#1d4ed8', accentColor: '#0f766e' });
    expect(checks).toHaveLength(2 * schemes.length * 3);
    const keys = new Set(checks.map((c) => `${c.colour} ${c.scheme} ${c.use}`));
    expect(keys.size).toBe(checks.length);
  });

  it.each(['#facc15', '#ffffff', '#111827', '#1d4ed8', '#a3e635'])(
    '%s: each shade is the palette’s own, and meets its ratio',
    (color) => {
      const palette = brandPalette({ primaryColor: color, accentColor: color });
      for (const check of contrastChecks({ primaryColor: color, accentColor: color })) {
        const shades = (check.colour === 'primary' ? palette.brand : palette.accent)[check.scheme];
        const expected = check.use === 'on-fill' ? shades.onFill : shades[check.use];
        expect(check.shade).toBe(expected);
        expect(check.ratio).toBeGreaterThanOrEqual(check.required);
        if (check.use !== 'on-fill') {
          expect(check.ratio).toBeCloseTo(worstOn(check.shade, check.scheme), 6);
          expect(check.adjusted).toBe(check.configuredRatio < check.required);
        }
      }
    },
  );

  it('says where #facc15 falls short and what stands in', () => {
    const text = contrastChecks({ primaryColor: '#facc15', accentColor: '#0f766e' }).find(
      (c) => c.colour === 'primary' && c.scheme === 'light' && c.use === 'text',
    );
    expect(text).toMatchObject({ configured: '#facc15', adjusted: true, required: 4.5 });
    expect(text!.configuredRatio).toBeLessThan(1.6);
    expect(text!.shade).toBe(
      brandPalette({ primaryColor: '#facc15', accentColor: '#000' }).brand.light.text,
    );
  });
});

describe('safeShade', () => {
  const color = fc
    .tuple(
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 0, max: 255 }),
    )
    .map((c) => c as unknown as Rgb);

  it('always reaches the ratio, and moves no further than it must', () => {
    fc.assert(
      fc.property(
        color,
        fc.constantFrom(...schemes),
        fc.constantFrom(TEXT_RATIO, UI_RATIO),
        (c, scheme, ratio) => {
          const surfaces = SURFACES[scheme].backgrounds.map(rgb);
          const shade = safeShade(c, surfaces, ratio);
          const worst = Math.min(...surfaces.map((s) => contrastRatio(shade, s)));
          expect(worst).toBeGreaterThanOrEqual(ratio);
          const before = Math.min(...surfaces.map((s) => contrastRatio(c, s)));
          if (before >= ratio) expect(shade).toEqual(c);
          else expect(worst).toBeLessThan(ratio + 0.6);
        },
      ),
    );
  });

  it('round-trips hex', () => {
    fc.assert(
      fc.property(color, (c) => {
        expect(parseHex(toHex(c))).toEqual(c);
      }),
    );
  });
});
