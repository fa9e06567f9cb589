/**
 * The embed code's `data-*` attributes: which exist, how each maps onto the MSP's configuration,
 * and their validation. Every bad attribute is reported by its own name, all at once, so the
 * person pasting the snippet sees what to fix; nothing falls back to a default silently.
 */
import { mergeConfig } from '../core/config';
import { parsePrefill } from '../core/prefill';
import type { Answers, Config, FieldIssue, Result } from '../core/types';

export type EmbedMode = 'iframe' | 'inline';

/** What the embed itself needs besides the configuration. */
export interface EmbedOptions {
  mode: EmbedMode;
  /** Exact origins allowed to host the widget and to receive its messages. */
  allowedOrigins: string[];
  /** Whether events may carry results and the lead's contact details (off unless opted in). */
  shareResults: boolean;
  /** Discovery answers from `data-prefill` (a query string), validated; {} when none. */
  prefill: Answers;
}

type Setter = (value: string) => unknown;

/** Each configuration attribute and where its value goes in a Config override. */
const CONFIG_ATTRIBUTES: Record<string, { path: string; set: Setter }> = {
  'data-brand-name': { path: 'brand.name', set: (v) => ({ brand: { name: v } }) },
  'data-logo-url': {
    path: 'brand.logoUrl',
    set: (v) => ({ brand: { logoUrl: v === 'none' ? null : v } }),
  },
  'data-primary-color': {
    path: 'brand.primaryColor',
    set: (v) => ({ brand: { primaryColor: v } }),
  },
  'data-accent-color': { path: 'brand.accentColor', set: (v) => ({ brand: { accentColor: v } }) },
  'data-contact-label': { path: 'contact.label', set: (v) => ({ contact: { label: v } }) },
  'data-contact-url': { path: 'contact.url', set: (v) => ({ contact: { url: v } }) },
  'data-welcome-heading': {
    path: 'welcome.heading',
    set: (v) => ({ welcome: { heading: v } }),
  },
  'data-welcome-intro': { path: 'welcome.intro', set: (v) => ({ welcome: { intro: v } }) },
  'data-locale': { path: 'locale', set: (v) => ({ locale: v }) },
  'data-currency': { path: 'currency', set: (v) => ({ currency: v }) },
  'data-offers': { path: 'offers', set: (v) => ({ offers: list(v) }) },
  'data-rep-tools': { path: 'repTools', set: (v) => ({ repTools: v }) },
  'data-lead-placement': { path: 'lead.placement', set: (v) => ({ lead: { placement: v } }) },
  'data-webhook-url': {
    path: 'lead.webhookUrl',
    set: (v) => ({ lead: { webhookUrl: v === 'none' ? null : v } }),
  },
  'data-consent-text': { path: 'lead.consentText', set: (v) => ({ lead: { consentText: v } }) },
  'data-consent-version': {
    path: 'lead.consentVersion',
    set: (v) => ({ lead: { consentVersion: v } }),
  },
  'data-include-results': {
    path: 'lead.includeResults',
    set: (v) => ({ lead: { includeResults: bool(v) } }),
  },
};

/** Attributes of the embed itself. `data-fractional-fit` marks the element; the rest tune it. */
const EMBED_ATTRIBUTES = [
  'data-fractional-fit',
  // The MSP's config.json on the widget's origin; the configuration attributes override it.
  'data-config',
  'data-mode',
  'data-allowed-origin',
  'data-share-results',
  // Discovery answers for the next new assessment, as a query string: employees=40&industry=legal
  'data-prefill',
  // Set by the snippet on an element it has mounted.
  'data-ff-mounted',
];

/** Every attribute name the widget understands. */
export const KNOWN_ATTRIBUTES: readonly string[] = [
  ...Object.keys(CONFIG_ATTRIBUTES),
  ...EMBED_ATTRIBUTES,
];

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** 'true' / 'false' only; anything else is kept as text so the validator names it. */
function bool(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : value;
}

/** The `data-*` attributes of an element, as a plain object (values as written). */
export function readAttributes(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of Array.from(el.attributes)) {
    if (attr.name.startsWith('data-')) out[attr.name] = attr.value;
  }
  return out;
}

/** An exact origin like https://www.example.com or http://127.0.0.1:4174, or null. */
export function parseOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  // An origin has no path, query or fragment; "https://x.com/" is accepted as the same origin.
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  if (!/^https?:\/\/[^/]+\/?$/i.test(text.trim())) return null;
  return url.origin;
}

/**
 * The address in `data-config`: null without one (the widget is then the labelled demo), else
 * an http(s) URL on the widget's own origin, where the MSP serves config.json beside embed.js.
 * Another origin is refused: the file sets prices, contact and the lead's webhook, so it comes
 * from whoever hosts the widget, never from the page around it.
 */
export function configUrlOf(
  attrs: Readonly<Record<string, string>>,
  widgetOrigin: string,
): Result<string | null> {
  const text = attrs['data-config']?.trim();
  if (text === undefined) return { ok: true, value: null };
  const example = `${widgetOrigin}/config.json`;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  const fail = (message: string): Result<string | null> => ({
    ok: false,
    issues: [{ field: 'data-config', message }],
  });
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return fail(`must be the full address of your config.json, like ${example}`);
  }
  if (url.username || url.password) return fail('must not contain a user name or password');
  if (url.origin !== widgetOrigin) {
    return fail(`must be on the widget's own origin (${widgetOrigin}), like ${example}`);
  }
  return { ok: true, value: url.href };
}

/** Validates the attributes over `base` and lists every problem by attribute name. */
export function parseEmbedAttributes(
  attrs: Readonly<Record<string, string>>,
  base: Config,
): Result<{ config: Config; options: EmbedOptions }> {
  const issues: FieldIssue[] = [];
  const fail = (field: string, message: string) => issues.push({ field, message });

  for (const name of Object.keys(attrs)) {
    if (!KNOWN_ATTRIBUTES.includes(name)) {
      fail(name, `is not a known attribute (known: ${KNOWN_ATTRIBUTES.slice(0, -1).join(', ')})`);
    }
  }

  const modeText = (attrs['data-mode'] ?? 'iframe').trim();
  const mode = modeText === 'iframe' || modeText === 'inline' ? modeText : null;
  if (!mode) fail('data-mode', 'must be iframe or inline');

  const allowedOrigins: string[] = [];
  const originsText = attrs['data-allowed-origin'];
  if (originsText !== undefined) {
    const parts = originsText.split(/[\s,]+/).filter((s) => s !== '');
    if (parts.length === 0) fail('data-allowed-origin', 'must list at least one origin');
    for (const part of parts) {
      const origin = parseOrigin(part);
      if (origin) allowedOrigins.push(origin);
      else fail('data-allowed-origin', `"${part}" is not an origin like https://www.example.com`);
    }
  }

  const share = bool(attrs['data-share-results'] ?? 'false');
  if (typeof share !== 'boolean') fail('data-share-results', 'must be true or false');

  let prefill: Answers = {};
  const prefillText = attrs['data-prefill'];
  if (prefillText !== undefined) {
    const parsed = parsePrefill(new URLSearchParams(prefillText.trim().replace(/^\?/, '')));
    for (const p of parsed.problems) fail('data-prefill', `${p.field} ${p.message}`);
    prefill = parsed.answers;
  }

  // Overrides are merged one attribute at a time so each issue can be named by its attribute.
  let overrides: Record<string, unknown> = {};
  const pathToAttribute = new Map<string, string>();
  for (const [name, { path, set }] of Object.entries(CONFIG_ATTRIBUTES)) {
    const value = attrs[name];
    if (value === undefined) continue;
    pathToAttribute.set(path, name);
    overrides = merge(overrides, set(value));
  }
  const merged = mergeConfig(base, overrides);
  if (!merged.ok) {
    for (const issue of merged.issues) {
      const path = issue.field.replace(/\[\d+\]$/, '');
      const attribute = pathToAttribute.get(path) ?? attributeFor(path);
      fail(attribute, issue.message);
    }
  }

  if (issues.length > 0 || !merged.ok || !mode || typeof share !== 'boolean') {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: {
      config: merged.value,
      options: { mode, allowedOrigins, shareResults: share, prefill },
    },
  };
}

function attributeFor(path: string): string {
  const hit = Object.entries(CONFIG_ATTRIBUTES).find(([, a]) => a.path === path);
  return hit ? hit[0] : path;
}

function merge(a: Record<string, unknown>, b: unknown): Record<string, unknown> {
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return a;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      typeof prev === 'object' &&
      prev !== null &&
      !Array.isArray(prev) &&
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v)
        ? merge(prev as Record<string, unknown>, v)
        : v;
  }
  return out;
}
