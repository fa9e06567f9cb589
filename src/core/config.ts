import { ASSUMPTION_LIMITS } from './assumptions';
import {
  ENGAGEMENT_MODELS,
  type Config,
  type EngagementModel,
  type FeeTier,
  type FieldIssue,
  type HoursRange,
  type LeadPlacement,
  REP_TOOLS_SETTINGS,
  type RepToolsSetting,
  type Result,
  type RetainerTier,
  type WelcomeWording,
} from './types';

export { demoConfig } from './demo-config';
export { repToolsFor } from './rep-tools';
export { formatMoney, paperSizeFor } from './locale-format';

// ---------------------------------------------------------------------------------------------
// Validation: every check records an issue with its path and carries on, so an MSP sees every
// mistake in one pass.
// ---------------------------------------------------------------------------------------------

const LEAD_PLACEMENTS: readonly LeadPlacement[] = ['before-results', 'after-results', 'none'];
const MAX_TIERS = 20;
const MAX_URL_LENGTH = 2048;
let groupedFormat: Intl.NumberFormat | null = null;

/** Made on first use: the page's first Intl object starts ICU, which the first screen should not wait for. */
function grouped(): Intl.NumberFormat {
  groupedFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return groupedFormat;
}
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A setting's keys: true = required, 'optional' = may be left out. */
type Shape = Record<string, true | 'optional'>;
const SHAPES = {
  root: {
    brand: true,
    contact: true,
    welcome: 'optional',
    locale: true,
    currency: true,
    pricing: true,
    offers: true,
    repTools: 'optional',
    lead: true,
  } satisfies Record<keyof Config, true | 'optional'>,
  brand: {
    name: true,
    logoUrl: true,
    primaryColor: true,
    accentColor: true,
  } satisfies Record<keyof Config['brand'], true>,
  contact: { label: true, url: true } satisfies Record<keyof Config['contact'], true>,
  welcome: { heading: 'optional', intro: 'optional' } satisfies Record<
    keyof WelcomeWording,
    'optional'
  >,
  pricing: {
    retainerTiers: true,
    vcisoOnboardingFee: true,
    fractionalCioMonthly: true,
    fractionalCioTiers: 'optional',
    hourlyRate: true,
  } satisfies Record<keyof Config['pricing'], true | 'optional'>,
  feeTier: { maxEmployees: true, monthlyFee: true } satisfies Record<keyof FeeTier, true>,
  tier: { maxEmployees: true, monthlyFee: true, hours: true } satisfies Record<
    keyof RetainerTier,
    true
  >,
  hours: { min: true, max: true } satisfies Record<keyof HoursRange, true>,
  lead: {
    placement: true,
    webhookUrl: true,
    consentText: true,
    consentVersion: true,
    includeResults: true,
  } satisfies Record<keyof Config['lead'], true>,
} satisfies Record<string, Shape>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

class Checker {
  readonly issues: FieldIssue[] = [];

  fail(field: string, message: string): undefined {
    this.issues.push({ field, message });
    return undefined;
  }

  /** An object with exactly the keys of its shape; unknown keys are typos, never ignored. */
  object(value: unknown, path: string, shape: Shape): Record<string, unknown> | undefined {
    if (value === undefined && path !== '') return undefined; // reported as required already
    if (!isPlainObject(value)) return this.fail(path || '(config)', 'must be an object');
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) this.fail(join(path, key), 'is not a known setting');
    }
    for (const key of Object.keys(shape)) {
      if (shape[key] !== true) continue;
      if (!Object.hasOwn(value, key) || value[key] === undefined) {
        this.fail(join(path, key), 'is required');
      }
    }
    return value;
  }

  text(value: unknown, path: string, maxLength: number, allowEmpty = false): string | undefined {
    if (value === undefined) return undefined; // reported as required by object()
    if (typeof value !== 'string') return this.fail(path, 'must be text');
    const trimmed = value.trim();
    if (!allowEmpty && trimmed === '') return this.fail(path, 'must not be empty');
    if (trimmed.length > maxLength) {
      return this.fail(path, `must be at most ${maxLength} characters`);
    }
    return trimmed;
  }

  amount(
    value: unknown,
    path: string,
    min: number,
    max: number,
    positive = false,
  ): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(path, 'must be a finite number');
    }
    if (positive && value <= 0) return this.fail(path, 'must be a positive amount');
    if (value < min) return this.fail(path, `must be at least ${grouped().format(min)}`);
    if (value > max) return this.fail(path, `must be at most ${grouped().format(max)}`);
    return value;
  }

  integer(value: unknown, path: string, min: number, max: number): number | undefined {
    const n = this.amount(value, path, min, max);
    if (n === undefined) return undefined;
    if (!Number.isInteger(n)) return this.fail(path, 'must be a whole number');
    return n;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

function checkLogoUrl(c: Checker, value: unknown, path: string): string | null | undefined {
  if (value === null) return null;
  const text = c.text(value, path, MAX_URL_LENGTH);
  if (text === undefined) return undefined;
  // '//host' and '/\host' leave the origin in browsers, so a path needs one plain leading slash.
  if (text.startsWith('/')) {
    if (/^\/[/\\]/.test(text) || /[\\\s]/.test(text)) {
      return c.fail(path, 'must be a same-origin path like /logo.svg');
    }
    return text;
  }
  const url = parseUrl(text);
  if (!url || url.protocol !== 'https:') {
    return c.fail(path, 'must be an https: URL or a path starting with /');
  }
  if (hasCredentials(url)) return c.fail(path, 'must not contain a user name or password');
  return text;
}

function checkContactUrl(c: Checker, value: unknown, path: string): string | undefined {
  const text = c.text(value, path, MAX_URL_LENGTH);
  if (text === undefined) return undefined;
  const url = parseUrl(text);
  if (!url || !['https:', 'mailto:', 'tel:'].includes(url.protocol)) {
    return c.fail(path, 'must be an https:, mailto: or tel: link');
  }
  if (url.protocol !== 'https:' && url.pathname.trim() === '') {
    return c.fail(path, `must name an address after ${url.protocol}`);
  }
  if (hasCredentials(url)) return c.fail(path, 'must not contain a user name or password');
  return text;
}

function checkWebhookUrl(c: Checker, value: unknown, path: string): string | null | undefined {
  if (value === null) return null;
  const text = c.text(value, path, MAX_URL_LENGTH);
  if (text === undefined) return undefined;
  const url = parseUrl(text);
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    return c.fail(path, 'must be an https: URL (http: only for localhost or 127.0.0.1) or null');
  }
  if (hasCredentials(url)) return c.fail(path, 'must not contain a user name or password');
  return text;
}

function checkColour(c: Checker, value: unknown, path: string): string | undefined {
  const text = c.text(value, path, 7);
  if (text === undefined) return undefined;
  if (!HEX_COLOUR.test(text)) return c.fail(path, 'must be a hex colour like #1d4ed8 or #fff');
  return text.toLowerCase();
}

function checkLocale(c: Checker, value: unknown, path: string): string | undefined {
  const text = c.text(value, path, 64);
  if (text === undefined) return undefined;
  try {
    const [supported] = Intl.NumberFormat.supportedLocalesOf(text);
    if (supported) return supported;
  } catch {
    // Malformed tags throw; they get the same message as unsupported ones.
  }
  return c.fail(path, 'must be a supported locale such as en-US or de-DE');
}

let currencies: ReadonlySet<string> | null = null;

/** ISO 4217 codes this browser knows; listed on first use, not when the module loads. */
function knownCurrencies(): ReadonlySet<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}

function checkCurrency(c: Checker, value: unknown, path: string): string | undefined {
  const text = c.text(value, path, 3);
  if (text === undefined) return undefined;
  const code = text.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !knownCurrencies().has(code)) {
    return c.fail(path, 'must be an ISO 4217 currency code such as USD or EUR');
  }
  return code;
}

function checkHours(c: Checker, value: unknown, path: string): HoursRange | undefined {
  const obj = c.object(value, path, SHAPES.hours);
  if (!obj) return undefined;
  const { max: limit } = ASSUMPTION_LIMITS.onDemandHoursPerMonth;
  const min = c.amount(obj.min, `${path}.min`, 0, limit);
  const max = c.amount(obj.max, `${path}.max`, 0, limit);
  if (min === undefined || max === undefined) return undefined;
  if (min > max) return c.fail(`${path}.max`, 'must be at least hours.min');
  return { min, max };
}

/** A tier's staff bound: ascending whole numbers, and null on the last tier only. */
function checkTierBound(
  c: Checker,
  value: unknown,
  path: string,
  { last, previousMax }: { last: boolean; previousMax: number },
): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return last ? null : c.fail(path, 'may be null only on the last tier');
  if (last) return c.fail(path, 'must be null on the last tier (no upper bound)');
  const bound = c.integer(value, path, 1, 1_000_000);
  if (bound !== undefined && bound <= previousMax) {
    return c.fail(path, 'must be greater than the tier before it (tiers go in ascending order)');
  }
  return bound;
}

function checkTiers(c: Checker, value: unknown, path: string): RetainerTier[] | undefined {
  if (!Array.isArray(value)) {
    return value === undefined ? undefined : c.fail(path, 'must be a list of tiers');
  }
  if (value.length === 0) return c.fail(path, 'must have at least one tier');
  if (value.length > MAX_TIERS) return c.fail(path, `must have at most ${MAX_TIERS} tiers`);
  const { max: feeLimit } = ASSUMPTION_LIMITS.vcisoMonthlyRetainer;
  const tiers: RetainerTier[] = [];
  let previousMax = 0;
  value.forEach((raw: unknown, i) => {
    const at = `${path}[${i}]`;
    const obj =
      raw === undefined ? c.fail(at, 'must be an object') : c.object(raw, at, SHAPES.tier);
    if (!obj) return;
    const maxEmployees = checkTierBound(c, obj.maxEmployees, `${at}.maxEmployees`, {
      last: i === value.length - 1,
      previousMax,
    });
    if (typeof maxEmployees === 'number') previousMax = maxEmployees;
    const monthlyFee = c.amount(obj.monthlyFee, `${at}.monthlyFee`, 0, feeLimit, true);
    const hours = checkHours(c, obj.hours, `${at}.hours`);
    if (maxEmployees !== undefined && monthlyFee !== undefined && hours) {
      tiers.push({ maxEmployees, monthlyFee, hours });
    }
  });
  const ok = tiers.length === value.length;
  return ok ? tiers : undefined;
}

/** Optional fee tiers (the fractional CIO's): ascending bounds, the last open-ended. */
function checkFeeTiers(c: Checker, value: unknown, path: string): FeeTier[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return c.fail(path, 'must be a list of tiers');
  if (value.length === 0) return c.fail(path, 'must have at least one tier');
  if (value.length > MAX_TIERS) return c.fail(path, `must have at most ${MAX_TIERS} tiers`);
  const { max: feeLimit } = ASSUMPTION_LIMITS.fractionalCioMonthly;
  const tiers: FeeTier[] = [];
  let previousMax = 0;
  value.forEach((raw: unknown, i) => {
    const at = `${path}[${i}]`;
    const obj = c.object(raw ?? null, at, SHAPES.feeTier);
    if (!obj) return;
    const maxEmployees = checkTierBound(c, obj.maxEmployees, `${at}.maxEmployees`, {
      last: i === value.length - 1,
      previousMax,
    });
    if (typeof maxEmployees === 'number') previousMax = maxEmployees;
    const monthlyFee = c.amount(obj.monthlyFee, `${at}.monthlyFee`, 0, feeLimit, true);
    if (maxEmployees !== undefined && monthlyFee !== undefined) {
      tiers.push({ maxEmployees, monthlyFee });
    }
  });
  return tiers.length === value.length ? tiers : undefined;
}

function checkOffers(c: Checker, value: unknown, path: string): EngagementModel[] | undefined {
  if (!Array.isArray(value)) {
    return value === undefined ? undefined : c.fail(path, 'must be a list of engagement models');
  }
  if (value.length === 0) return c.fail(path, 'must list at least one engagement model');
  const seen = new Set<EngagementModel>();
  let ok = true;
  value.forEach((raw: unknown, i) => {
    const model = ENGAGEMENT_MODELS.find((m) => m === raw);
    if (!model) {
      ok = false;
      c.fail(`${path}[${i}]`, `must be one of ${ENGAGEMENT_MODELS.join(', ')}`);
    } else if (seen.has(model)) {
      ok = false;
      c.fail(`${path}[${i}]`, `lists ${model} twice`);
    } else {
      seen.add(model);
    }
  });
  return ok ? [...seen] : undefined;
}

function checkPlacement(c: Checker, value: unknown, path: string): LeadPlacement | undefined {
  if (value === undefined) return undefined;
  const placement = LEAD_PLACEMENTS.find((p) => p === value);
  return placement ?? c.fail(path, `must be one of ${LEAD_PLACEMENTS.join(', ')}`);
}

function checkRepTools(c: Checker, value: unknown, path: string): RepToolsSetting | undefined {
  if (value === undefined) return undefined;
  const setting = REP_TOOLS_SETTINGS.find((s) => s === value);
  return setting ?? c.fail(path, `must be one of ${REP_TOOLS_SETTINGS.join(', ')}`);
}

/** Longest welcome headline and introduction: a heading's line or two, a short paragraph. */
export const WELCOME_LIMITS = { heading: 120, intro: 600 } as const;

/** The welcome wording: each part optional, but never empty when given. */
function checkWelcome(c: Checker, value: unknown, path: string): WelcomeWording | undefined {
  if (value === undefined) return undefined;
  const obj = c.object(value, path, SHAPES.welcome);
  if (!obj) return undefined;
  const heading = c.text(obj.heading, `${path}.heading`, WELCOME_LIMITS.heading);
  const intro = c.text(obj.intro, `${path}.intro`, WELCOME_LIMITS.intro);
  return {
    ...(heading === undefined ? {} : { heading }),
    ...(intro === undefined ? {} : { intro }),
  };
}

function checkBoolean(c: Checker, value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  return c.fail(path, 'must be true or false');
}

/** Validates a complete config and reports every bad field by path, e.g. "brand.primaryColor". */
export function parseConfig(raw: unknown): Result<Config> {
  const c = new Checker();
  const root = c.object(raw, '', SHAPES.root);
  if (!root) return { ok: false, issues: c.issues };

  const brandRaw = c.object(root.brand, 'brand', SHAPES.brand);
  const brand = brandRaw && {
    name: c.text(brandRaw.name, 'brand.name', 80),
    logoUrl: checkLogoUrl(c, brandRaw.logoUrl, 'brand.logoUrl'),
    primaryColor: checkColour(c, brandRaw.primaryColor, 'brand.primaryColor'),
    accentColor: checkColour(c, brandRaw.accentColor, 'brand.accentColor'),
  };

  const contactRaw = c.object(root.contact, 'contact', SHAPES.contact);
  const contact = contactRaw && {
    label: c.text(contactRaw.label, 'contact.label', 60),
    url: checkContactUrl(c, contactRaw.url, 'contact.url'),
  };

  const welcome = checkWelcome(c, root.welcome, 'welcome');
  const locale = checkLocale(c, root.locale, 'locale');
  const currency = checkCurrency(c, root.currency, 'currency');

  // Prices feed assumptionsFor, so they share the cost model's bounds.
  const pricingRaw = c.object(root.pricing, 'pricing', SHAPES.pricing);
  const L = ASSUMPTION_LIMITS;
  const pricing = pricingRaw && {
    retainerTiers: checkTiers(c, pricingRaw.retainerTiers, 'pricing.retainerTiers'),
    vcisoOnboardingFee: c.amount(
      pricingRaw.vcisoOnboardingFee,
      'pricing.vcisoOnboardingFee',
      L.vcisoOnboardingFee.min,
      L.vcisoOnboardingFee.max,
    ),
    fractionalCioMonthly: c.amount(
      pricingRaw.fractionalCioMonthly,
      'pricing.fractionalCioMonthly',
      L.fractionalCioMonthly.min,
      L.fractionalCioMonthly.max,
    ),
    hourlyRate: c.amount(
      pricingRaw.hourlyRate,
      'pricing.hourlyRate',
      L.onDemandHourlyRate.min,
      L.onDemandHourlyRate.max,
    ),
    fractionalCioTiers: checkFeeTiers(
      c,
      pricingRaw.fractionalCioTiers,
      'pricing.fractionalCioTiers',
    ),
  };

  const offers = checkOffers(c, root.offers, 'offers');
  const repTools = checkRepTools(c, root.repTools, 'repTools');

  const leadRaw = c.object(root.lead, 'lead', SHAPES.lead);
  const lead = leadRaw && {
    placement: checkPlacement(c, leadRaw.placement, 'lead.placement'),
    webhookUrl: checkWebhookUrl(c, leadRaw.webhookUrl, 'lead.webhookUrl'),
    consentText: c.text(leadRaw.consentText, 'lead.consentText', 2000, true),
    consentVersion: c.text(leadRaw.consentVersion, 'lead.consentVersion', 40),
    includeResults: checkBoolean(c, leadRaw.includeResults, 'lead.includeResults'),
  };
  // Leads leave the device only through the webhook, so that is when consent must be asked.
  if (lead?.webhookUrl && lead.consentText === '') {
    c.fail('lead.consentText', 'must not be empty when lead.webhookUrl is set');
  }

  // Optional settings left out stay out, rather than reading as unset below.
  if (pricing && pricing.fractionalCioTiers === undefined) delete pricing.fractionalCioTiers;
  const value = {
    brand,
    contact,
    ...(welcome === undefined ? {} : { welcome }),
    locale,
    currency,
    pricing,
    offers,
    ...(repTools === undefined ? {} : { repTools }),
    lead,
  };
  // Every check above either set its part or recorded an issue; this guards the cast below
  // against a future check that forgets to do either.
  const unset = firstUndefined(value, '');
  if (unset !== null && c.issues.length === 0) c.fail(unset, 'is invalid');
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return { ok: true, value: value as Config };
}

function firstUndefined(value: unknown, path: string): string | null {
  if (value === undefined) return path;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstUndefined(child, Array.isArray(value) ? `${path}[${key}]` : join(path, key));
    if (found !== null) return found;
  }
  return null;
}

/** Deep-merges a partial object over base (arrays and nulls replace), then runs parseConfig. */
export function mergeConfig(base: Config, overrides: unknown): Result<Config> {
  if (!isPlainObject(overrides)) {
    return { ok: false, issues: [{ field: '(overrides)', message: 'must be an object' }] };
  }
  return parseConfig(deepMerge(base, overrides));
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  // fromEntries defines own properties, so a '__proto__' key stays data and parseConfig
  // reports it as unknown instead of it reaching the prototype.
  const keys = new Set([...Object.keys(base), ...Object.keys(override)]);
  return Object.fromEntries([...keys].map((k) => [k, deepMerge(base[k], override[k])]));
}
