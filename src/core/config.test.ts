import { describe, it, expect } from 'vitest';
import {
  demoConfig,
  formatMoney,
  mergeConfig,
  paperSizeFor,
  parseConfig,
  repToolsFor,
} from './config';
import { ASSUMPTION_LIMITS, assumptionsFor, validateAssumptions } from './assumptions';
import { ENGAGEMENT_MODELS, type Config, type FieldIssue } from './types';

/** A deep copy with one path replaced (or removed with undefined), for rejection cases. */
function withPath(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(demoConfig) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1) ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function issuesOf(raw: unknown): FieldIssue[] {
  const result = parseConfig(raw);
  return result.ok ? [] : result.issues;
}

const tier = (maxEmployees: number | null, monthlyFee = 5_000, hours = { min: 5, max: 10 }) => ({
  maxEmployees,
  monthlyFee,
  hours,
});

/** WCAG relative luminance contrast of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe('demoConfig', () => {
  it('validates and comes back unchanged', () => {
    expect(parseConfig(demoConfig)).toEqual({ ok: true, value: demoConfig });
  });

  it.each(['primaryColor', 'accentColor'] as const)('%s has AA contrast on white', (key) => {
    expect(contrastWithWhite(demoConfig.brand[key])).toBeGreaterThanOrEqual(4.5);
  });

  it('sells every model but a full-time hire', () => {
    expect(demoConfig.offers).toEqual(ENGAGEMENT_MODELS.filter((m) => m !== 'full-time-ciso'));
  });

  it('uses the published tier midpoints', () => {
    expect(demoConfig.pricing.retainerTiers).toEqual([
      tier(25, 3_250, { min: 5, max: 10 }),
      tier(75, 5_250, { min: 10, max: 15 }),
      tier(250, 8_250, { min: 15, max: 25 }),
      tier(null, 12_000, { min: 20, max: 30 }),
    ]);
  });

  it('gives valid assumptions for any head count', () => {
    for (const employees of [0, 10, 25, 26, 75, 250, 251, 10_000]) {
      expect(validateAssumptions(assumptionsFor(employees, demoConfig)).ok).toBe(true);
    }
  });
});

describe('parseConfig: accepted variations', () => {
  it.each([
    ['brand.logoUrl', 'https://cdn.example.com/logo.svg'],
    ['brand.logoUrl', '/assets/logo.svg'],
    ['brand.primaryColor', '#FFF'],
    ['contact.url', 'https://northwind.example/book'],
    ['contact.url', 'tel:+15555550100'],
    ['locale', 'de-DE'],
    ['locale', 'fr-CA'],
    ['currency', 'EUR'],
    ['lead.webhookUrl', 'https://hooks.example.com/leads'],
    ['lead.webhookUrl', 'http://localhost:8787/leads'],
    ['lead.webhookUrl', 'http://127.0.0.1:8787'],
    ['lead.placement', 'before-results'],
    ['lead.placement', 'none'],
    ['offers', ['vciso-retainer']],
    ['pricing.retainerTiers', [tier(null)]],
    ['pricing.hourlyRate', 0],
  ])('%s = %j', (path, value) => {
    expect(issuesOf(withPath(path, value))).toEqual([]);
  });

  it('trims text and normalises colour, locale and currency case', () => {
    const raw = withPath('brand.name', '  Northwind  ');
    const brand = raw.brand as Record<string, unknown>;
    brand.primaryColor = '#1D4ED8';
    raw.locale = 'en-us';
    raw.currency = 'usd';
    const result = parseConfig(raw);
    expect(result.ok && result.value.brand.name).toBe('Northwind');
    expect(result.ok && result.value.brand.primaryColor).toBe('#1d4ed8');
    expect(result.ok && result.value.locale).toBe('en-US');
    expect(result.ok && result.value.currency).toBe('USD');
  });

  it('allows empty consent text when no lead leaves the device', () => {
    expect(issuesOf(withPath('lead.consentText', ''))).toEqual([]);
  });

  it('returns a copy that shares no objects with the input', () => {
    const input = structuredClone(demoConfig);
    const result = parseConfig(input);
    expect(result.ok && result.value.pricing.retainerTiers).not.toBe(input.pricing.retainerTiers);
    expect(result.ok && result.value.brand).not.toBe(input.brand);
  });
});

describe('parseConfig: rejections', () => {
  const L = ASSUMPTION_LIMITS;
  it.each([
    ['brand.name', '', 'must not be empty'],
    ['brand.name', '   ', 'must not be empty'],
    ['brand.name', 'x'.repeat(81), 'must be at most 80 characters'],
    ['brand.name', 42, 'must be text'],
    ['brand.name', undefined, 'is required'],
    ['brand.logoUrl', 'javascript:alert(1)', 'must be an https: URL or a path starting with /'],
    [
      'brand.logoUrl',
      'data:image/svg+xml,<svg/>',
      'must be an https: URL or a path starting with /',
    ],
    [
      'brand.logoUrl',
      'http://evil.com/logo.png',
      'must be an https: URL or a path starting with /',
    ],
    ['brand.logoUrl', 'logo.png', 'must be an https: URL or a path starting with /'],
    ['brand.logoUrl', '//evil.com/logo.png', 'must be a same-origin path like /logo.svg'],
    ['brand.logoUrl', '/\\evil.com/logo.png', 'must be a same-origin path like /logo.svg'],
    [
      'brand.logoUrl',
      'https://user:pw@cdn.example.com/l.png',
      'must not contain a user name or password',
    ],
    ['brand.logoUrl', undefined, 'is required'],
    ['brand.primaryColor', 'blue', 'must be a hex colour like #1d4ed8 or #fff'],
    ['brand.primaryColor', '#12345', 'must be a hex colour like #1d4ed8 or #fff'],
    ['brand.primaryColor', '#ggg', 'must be a hex colour like #1d4ed8 or #fff'],
    ['brand.accentColor', '1d4ed8', 'must be a hex colour like #1d4ed8 or #fff'],
    ['brand.accentColor', '#1d4ed8ff', 'must be at most 7 characters'],
    ['contact.label', '', 'must not be empty'],
    ['contact.url', 'javascript:alert(1)', 'must be an https:, mailto: or tel: link'],
    ['contact.url', 'data:text/html,hi', 'must be an https:, mailto: or tel: link'],
    ['contact.url', 'http://evil.com', 'must be an https:, mailto: or tel: link'],
    ['contact.url', 'ftp://files.example.com', 'must be an https:, mailto: or tel: link'],
    ['contact.url', 'not a url', 'must be an https:, mailto: or tel: link'],
    ['contact.url', 'mailto:', 'must name an address after mailto:'],
    ['locale', 'xx-not-a-locale-!!', 'must be a supported locale such as en-US or de-DE'],
    ['locale', '', 'must not be empty'],
    ['currency', 'US', 'must be an ISO 4217 currency code such as USD or EUR'],
    ['currency', 'XYZ', 'must be an ISO 4217 currency code such as USD or EUR'],
    ['currency', 'DOLLARS', 'must be at most 3 characters'],
    ['pricing.vcisoOnboardingFee', -1, `must be at least ${L.vcisoOnboardingFee.min}`],
    ['pricing.vcisoOnboardingFee', NaN, 'must be a finite number'],
    ['pricing.fractionalCioMonthly', Infinity, 'must be a finite number'],
    ['pricing.fractionalCioMonthly', '3000', 'must be a finite number'],
    ['pricing.hourlyRate', 10_001, 'must be at most 10,000'],
    ['pricing.retainerTiers', [], 'must have at least one tier'],
    ['pricing.retainerTiers', 'tiers', 'must be a list of tiers'],
    ['offers', [], 'must list at least one engagement model'],
    ['offers', 'vciso-retainer', 'must be a list of engagement models'],
    ['lead.placement', 'sidebar', 'must be one of before-results, after-results, none'],
    ['lead.consentVersion', '', 'must not be empty'],
    ['lead.includeResults', 'yes', 'must be true or false'],
    [
      'lead.webhookUrl',
      'javascript:alert(1)',
      'must be an https: URL (http: only for localhost or 127.0.0.1) or null',
    ],
    [
      'lead.webhookUrl',
      'data:text/plain,x',
      'must be an https: URL (http: only for localhost or 127.0.0.1) or null',
    ],
    [
      'lead.webhookUrl',
      'ftp://example.com/x',
      'must be an https: URL (http: only for localhost or 127.0.0.1) or null',
    ],
    [
      'lead.webhookUrl',
      'http://evil.com',
      'must be an https: URL (http: only for localhost or 127.0.0.1) or null',
    ],
    [
      'lead.webhookUrl',
      'http://localhost.evil.com',
      'must be an https: URL (http: only for localhost or 127.0.0.1) or null',
    ],
    [
      'lead.webhookUrl',
      'https://user:secret@hooks.example.com',
      'must not contain a user name or password',
    ],
    ['lead.webhookUrl', 'http://u:p@localhost:8787', 'must not contain a user name or password'],
  ])('%s = %j: %s', (path, value, message) => {
    expect(issuesOf(withPath(path, value))).toEqual([{ field: path, message }]);
  });

  it.each([
    [
      'unsorted tiers',
      [tier(75), tier(25), tier(null)],
      'pricing.retainerTiers[1].maxEmployees',
      'must be greater than the tier before it (tiers go in ascending order)',
    ],
    [
      'repeated bound',
      [tier(25), tier(25), tier(null)],
      'pricing.retainerTiers[1].maxEmployees',
      'must be greater than the tier before it (tiers go in ascending order)',
    ],
    [
      'no open last tier',
      [tier(25), tier(75)],
      'pricing.retainerTiers[1].maxEmployees',
      'must be null on the last tier (no upper bound)',
    ],
    [
      'open tier not last',
      [tier(null), tier(75)],
      'pricing.retainerTiers[0].maxEmployees',
      'may be null only on the last tier',
    ],
    [
      'fractional bound',
      [tier(25.5), tier(null)],
      'pricing.retainerTiers[0].maxEmployees',
      'must be a whole number',
    ],
    [
      'zero fee',
      [tier(25), tier(75), tier(null, 0)],
      'pricing.retainerTiers[2].monthlyFee',
      'must be a positive amount',
    ],
    [
      'negative fee',
      [tier(25), tier(null, -100)],
      'pricing.retainerTiers[1].monthlyFee',
      'must be a positive amount',
    ],
    [
      'fee over the limit',
      [tier(null, 2_000_000)],
      'pricing.retainerTiers[0].monthlyFee',
      'must be at most 1,000,000',
    ],
    [
      'hours upside down',
      [tier(null, 5_000, { min: 10, max: 5 })],
      'pricing.retainerTiers[0].hours.max',
      'must be at least hours.min',
    ],
    ['tier not an object', [tier(25), 'big'], 'pricing.retainerTiers[1]', 'must be an object'],
    ['tier missing', [tier(25), undefined], 'pricing.retainerTiers[1]', 'must be an object'],
    [
      'unknown tier key',
      [{ ...tier(null), price: 1 }],
      'pricing.retainerTiers[0].price',
      'is not a known setting',
    ],
  ])('tiers: %s', (_name, tiers, field, message) => {
    expect(issuesOf(withPath('pricing.retainerTiers', tiers))).toContainEqual({ field, message });
  });

  it.each([
    [
      ['vciso-retainer', 'full-time-cfo'],
      'offers[1]',
      `must be one of ${ENGAGEMENT_MODELS.join(', ')}`,
    ],
    [['vciso-retainer', 'vciso-retainer'], 'offers[1]', 'lists vciso-retainer twice'],
  ])('offers %j', (offers, field, message) => {
    expect(issuesOf(withPath('offers', offers))).toEqual([{ field, message }]);
  });

  it('requires consent text when a webhook is set', () => {
    const raw = withPath('lead.webhookUrl', 'https://hooks.example.com/leads');
    (raw.lead as Record<string, unknown>).consentText = '  ';
    expect(issuesOf(raw)).toEqual([
      { field: 'lead.consentText', message: 'must not be empty when lead.webhookUrl is set' },
    ]);
  });

  it.each([
    ['brandColour', 'brandColour'],
    ['__proto__', '__proto__'],
  ])('rejects the unknown top-level key %s', (key, field) => {
    const raw = JSON.parse(JSON.stringify({ ...demoConfig, [key]: '#000' })) as unknown;
    expect(issuesOf(raw)).toEqual([{ field, message: 'is not a known setting' }]);
  });

  it('rejects unknown nested keys too (typos are never silent)', () => {
    const raw = withPath('brand.primaryColour', '#000000');
    expect(issuesOf(raw)).toEqual([
      { field: 'brand.primaryColour', message: 'is not a known setting' },
    ]);
  });

  it.each([null, undefined, 'config', 42, [demoConfig], new Date()])(
    'rejects %s as a whole',
    (raw) => {
      expect(issuesOf(raw)).toEqual([{ field: '(config)', message: 'must be an object' }]);
    },
  );

  it('lists every problem at once, each with its path', () => {
    const raw = structuredClone(demoConfig) as unknown as Record<string, unknown>;
    raw.currency = 'XX';
    raw.extra = true;
    raw.offers = [];
    const brand = raw.brand as Record<string, unknown>;
    brand.primaryColor = 'red';
    brand.logoUrl = 'javascript:alert(1)';
    const tiers = (raw.pricing as { retainerTiers: unknown[] }).retainerTiers;
    tiers[2] = tier(250, 0);
    expect(
      issuesOf(raw)
        .map((i) => i.field)
        .sort(),
    ).toEqual(
      [
        'extra',
        'brand.logoUrl',
        'brand.primaryColor',
        'currency',
        'pricing.retainerTiers[2].monthlyFee',
        'offers',
      ].sort(),
    );
  });

  it('reports every missing section of an empty object', () => {
    expect(issuesOf({}).map((i) => i.field)).toEqual([
      'brand',
      'contact',
      'locale',
      'currency',
      'pricing',
      'offers',
      'lead',
    ]);
  });
});

describe('repTools', () => {
  it('is optional: the page offers the switch and the widget hides the tools', () => {
    const parsed = parseConfig(demoConfig);
    expect(parsed.ok && 'repTools' in parsed.value).toBe(false);
    expect(repToolsFor(demoConfig, 'page')).toBe('switch');
    expect(repToolsFor(demoConfig, 'widget')).toBe('hidden');
  });

  it.each(['hidden', 'switch', 'always'] as const)('keeps %s wherever it runs', (setting) => {
    const parsed = parseConfig({ ...demoConfig, repTools: setting });
    expect(parsed.ok && parsed.value.repTools).toBe(setting);
    const config = { ...demoConfig, repTools: setting };
    expect(repToolsFor(config, 'page')).toBe(setting);
    expect(repToolsFor(config, 'widget')).toBe(setting);
  });

  it('refuses anything else, by path', () => {
    expect(parseConfig({ ...demoConfig, repTools: 'on' })).toEqual({
      ok: false,
      issues: [{ field: 'repTools', message: 'must be one of hidden, switch, always' }],
    });
  });
});

describe('mergeConfig', () => {
  it('deep-merges over the base and validates the result', () => {
    const result = mergeConfig(demoConfig, {
      brand: { name: 'Contoso IT', primaryColor: '#7c3aed' },
      lead: { webhookUrl: 'http://localhost:8787/leads' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.brand).toEqual({
      ...demoConfig.brand,
      name: 'Contoso IT',
      primaryColor: '#7c3aed',
    });
    expect(result.value.lead).toEqual({
      ...demoConfig.lead,
      webhookUrl: 'http://localhost:8787/leads',
    });
    expect(result.value.pricing).toEqual(demoConfig.pricing);
  });

  it('replaces arrays rather than merging them', () => {
    const result = mergeConfig(demoConfig, {
      offers: ['vciso-retainer'],
      pricing: { retainerTiers: [tier(null, 6_000)] },
    });
    expect(result.ok && result.value.offers).toEqual(['vciso-retainer']);
    expect(result.ok && result.value.pricing.retainerTiers).toEqual([tier(null, 6_000)]);
  });

  it('lets null clear a nullable setting and skips undefined overrides', () => {
    const base = { ...demoConfig, brand: { ...demoConfig.brand, logoUrl: '/logo.svg' } };
    const result = mergeConfig(base, { brand: { logoUrl: null, name: undefined } });
    expect(result.ok && result.value.brand).toEqual({ ...demoConfig.brand, logoUrl: null });
  });

  it('does not change the base', () => {
    const before = structuredClone(demoConfig);
    mergeConfig(demoConfig, { brand: { name: 'Other' }, offers: ['msp-only'] });
    expect(demoConfig).toEqual(before);
  });

  it.each([
    [{ brand: { primaryColor: 'javascript:alert(1)' } }, 'brand.primaryColor'],
    [{ lead: { webhookUrl: 'http://evil.com' } }, 'lead.webhookUrl'],
    [{ contact: { url: 'javascript:alert(1)' } }, 'contact.url'],
    [{ brnad: { name: 'Typo' } }, 'brnad'],
    [{ brand: 'Contoso' }, 'brand'],
  ])('reports bad overrides by path: %j', (overrides, field) => {
    const result = mergeConfig(demoConfig, overrides);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual([field]);
  });

  it('keeps a __proto__ key as data and reports it, leaving prototypes alone', () => {
    const overrides = JSON.parse(
      '{"__proto__": {"polluted": true}, "brand": {"__proto__": {"x": 1}}}',
    ) as unknown;
    const result = mergeConfig(demoConfig, overrides);
    expect(result.ok ? [] : result.issues.map((i) => i.field).sort()).toEqual(
      ['__proto__', 'brand.__proto__'].sort(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([null, 'brand=Contoso', ['x']])('rejects non-object overrides: %j', (overrides) => {
    expect(mergeConfig(demoConfig, overrides)).toEqual({
      ok: false,
      issues: [{ field: '(overrides)', message: 'must be an object' }],
    });
  });
});

describe('paperSizeFor', () => {
  it.each([
    ['en-US', 'letter'],
    ['en', 'letter'],
    ['es-US', 'letter'],
    ['en-CA', 'letter'],
    ['fr-CA', 'letter'],
    ['es-MX', 'letter'],
    ['fil-PH', 'letter'],
    ['es-CL', 'letter'],
    ['es-CO', 'letter'],
    ['es-VE', 'letter'],
    ['en-GB', 'a4'],
    ['de-DE', 'a4'],
    ['fr', 'a4'],
    ['es', 'a4'],
    ['es-AR', 'a4'],
    ['pt-BR', 'a4'],
    ['en-AU', 'a4'],
    ['ja-JP', 'a4'],
    ['not a locale!', 'a4'],
  ] as const)('%s → %s', (locale, size) => {
    expect(paperSizeFor(locale)).toBe(size);
  });
});

describe('formatMoney', () => {
  const usd = { locale: 'en-US', currency: 'USD' } satisfies Pick<Config, 'locale' | 'currency'>;
  it.each([
    [250_000, usd, undefined, '$250,000'],
    [940_266.2, usd, undefined, '$940,266'],
    [940_266.2, usd, { cents: true }, '$940,266.20'],
    [0.5, usd, undefined, '$1'],
    [-0.4, usd, undefined, '$0'],
    [-0.001, usd, { cents: true }, '$0.00'],
    [-1_500, usd, undefined, '-$1,500'],
    [1e21, usd, undefined, '$1,000,000,000,000,000,000,000'],
    [1_234.5, { locale: 'de-DE', currency: 'EUR' }, { cents: true }, '1.234,50\u00a0€'],
    [1_234.5, { locale: 'ja-JP', currency: 'JPY' }, { cents: true }, '￥1,235'],
    [250_000, { locale: 'en-GB', currency: 'GBP' }, undefined, '£250,000'],
  ])('%d → %s', (amount, config, opts, expected) => {
    expect(formatMoney(amount, config, opts)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('throws on %d', (amount) => {
    expect(() => formatMoney(amount, usd)).toThrow(RangeError);
  });
});
