import { describe, expect, it } from 'vitest';
import { demoConfig } from '../core/config';
import { configUrlOf, KNOWN_ATTRIBUTES, parseEmbedAttributes, parseOrigin } from './attributes';

const ok = (attrs: Record<string, string>) => {
  const r = parseEmbedAttributes(attrs, demoConfig);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const issues = (attrs: Record<string, string>) => {
  const r = parseEmbedAttributes(attrs, demoConfig);
  return r.ok ? [] : r.issues;
};

describe('parseEmbedAttributes', () => {
  it('maps every attribute onto the configuration and the embed options', () => {
    const { config, options } = ok({
      'data-fractional-fit': '',
      'data-brand-name': 'Contoso Security',
      'data-primary-color': '#7C3AED',
      'data-accent-color': '#0f766e',
      'data-logo-url': 'https://cdn.contoso.example/logo.svg',
      'data-contact-label': 'Book a call',
      'data-contact-url': 'https://contoso.example/book',
      'data-locale': 'de-DE',
      'data-currency': 'eur',
      'data-offers': 'vciso-retainer, vciso-project',
      'data-rep-tools': 'switch',
      'data-lead-placement': 'before-results',
      'data-webhook-url': 'https://hooks.contoso.example/leads',
      'data-consent-text': 'Contoso may contact me.',
      'data-consent-version': 'v7',
      'data-include-results': 'TRUE',
      'data-mode': 'inline',
      'data-allowed-origin': 'https://www.contoso.example, https://contoso.example/',
      'data-share-results': 'true',
      'data-ff-mounted': '',
    });
    expect(config.brand).toEqual({
      name: 'Contoso Security',
      logoUrl: 'https://cdn.contoso.example/logo.svg',
      primaryColor: '#7c3aed',
      accentColor: '#0f766e',
    });
    expect(config.contact).toEqual({ label: 'Book a call', url: 'https://contoso.example/book' });
    expect(config.locale).toBe('de-DE');
    expect(config.currency).toBe('EUR');
    expect(config.offers).toEqual(['vciso-retainer', 'vciso-project']);
    expect(config.repTools).toBe('switch');
    expect(config.lead).toEqual({
      placement: 'before-results',
      webhookUrl: 'https://hooks.contoso.example/leads',
      consentText: 'Contoso may contact me.',
      consentVersion: 'v7',
      includeResults: true,
    });
    expect(config.pricing).toEqual(demoConfig.pricing);
    expect(options).toEqual({
      mode: 'inline',
      allowedOrigins: ['https://www.contoso.example', 'https://contoso.example'],
      shareResults: true,
      prefill: {},
    });
  });

  it('defaults to the iframe, no sharing, and the demo configuration', () => {
    const { config, options } = ok({ 'data-fractional-fit': '' });
    expect(config).toEqual(demoConfig);
    expect(options).toEqual({
      mode: 'iframe',
      allowedOrigins: [],
      shareResults: false,
      prefill: {},
    });
  });

  it.each([
    ['data-webhook-url', 'javascript:alert(1)'],
    ['data-webhook-url', 'data:text/html,<script>alert(1)</script>'],
    ['data-webhook-url', 'http://hooks.example.com/leads'],
    ['data-webhook-url', 'https://user:secret@hooks.example.com'],
    ['data-webhook-url', ''],
    ['data-primary-color', 'red'],
    ['data-primary-color', '#12345'],
    ['data-primary-color', 'url(javascript:x)'],
    ['data-accent-color', '#ggg'],
    ['data-offers', 'vciso-retainer,free-lunch'],
    ['data-offers', 'vciso-retainer,vciso-retainer'],
    ['data-offers', ''],
    ['data-lead-placement', 'sidebar'],
    ['data-rep-tools', 'yes'],
    ['data-locale', 'not a locale'],
    ['data-currency', 'DOLLARS'],
    ['data-logo-url', 'javascript:alert(1)'],
    ['data-logo-url', '//evil.example/logo.svg'],
    ['data-contact-url', 'javascript:alert(1)'],
    ['data-include-results', 'yes'],
    ['data-share-results', '1'],
    ['data-mode', 'popup'],
    ['data-allowed-origin', 'evil.example'],
    ['data-allowed-origin', 'https://example.com/path'],
    ['data-allowed-origin', 'javascript:alert(1)'],
    ['data-allowed-origin', ''],
    ['data-brand-name', '   '],
    ['data-brand-nam', 'Typo Inc'],
  ])('%s="%s" is reported by its own name', (name, value) => {
    const found = issues({ [name]: value });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((i) => i.field)).toContain(name);
    for (const i of found) expect(i.message.length).toBeGreaterThan(5);
  });

  it('lists every bad attribute at once', () => {
    const found = issues({
      'data-primary-color': 'red',
      'data-webhook-url': 'javascript:alert(1)',
      'data-offers': 'vciso-retainer,bogus',
      'data-mode': 'popup',
    });
    expect(new Set(found.map((i) => i.field))).toEqual(
      new Set(['data-primary-color', 'data-webhook-url', 'data-offers', 'data-mode']),
    );
  });

  it('a webhook needs consent wording', () => {
    const found = issues({ 'data-webhook-url': 'https://h.example/x', 'data-consent-text': '' });
    expect(found.map((i) => i.field)).toEqual(['data-consent-text']);
  });

  it('"none" clears the webhook and the logo', () => {
    const { config } = ok({ 'data-webhook-url': 'none', 'data-logo-url': 'none' });
    expect(config.lead.webhookUrl).toBeNull();
    expect(config.brand.logoUrl).toBeNull();
  });

  it('knows its own marker attributes', () => {
    expect(KNOWN_ATTRIBUTES).toContain('data-fractional-fit');
    expect(KNOWN_ATTRIBUTES).toContain('data-ff-mounted');
  });
});

describe('data-prefill', () => {
  it.each([
    ['employees=120', { employees: 120 }],
    ['?employees=120&industry=healthcare', { employees: 120, industry: 'healthcare' }],
    ['regulations=hipaa,pci-dss', { regulations: ['hipaa', 'pci-dss'] }],
    ['', {}],
  ])('%s fills in %o', (value, prefill) => {
    const parsed = parseEmbedAttributes(
      { 'data-fractional-fit': '', 'data-prefill': value },
      demoConfig,
    );
    expect(parsed.ok && parsed.value.options.prefill).toEqual(prefill);
  });

  it.each([
    ['employees=lots', 'employees must be a number'],
    ['industry=bogus', 'industry must be one of'],
    ['colour=blue', 'colour is not a question that can be filled in from a link'],
    ['gv-security-owner=3', 'gv-security-owner is a readiness question'],
  ])('%s is refused by its attribute name', (value, message) => {
    const parsed = parseEmbedAttributes(
      { 'data-fractional-fit': '', 'data-prefill': value },
      demoConfig,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]!.field).toBe('data-prefill');
    expect(parsed.issues[0]!.message).toContain(message);
  });
});

describe('parseOrigin', () => {
  it.each([
    ['https://www.example.com', 'https://www.example.com'],
    ['https://www.example.com/', 'https://www.example.com'],
    ['http://127.0.0.1:4174', 'http://127.0.0.1:4174'],
    ['HTTPS://Example.COM', 'https://example.com'],
  ])('%s is the origin %s', (text, origin) => expect(parseOrigin(text)).toBe(origin));

  it.each([
    'example.com',
    'https://example.com/a',
    'https://example.com?x',
    'ftp://example.com',
    'https://u:p@example.com',
    '*',
    'null',
  ])('%s is not an origin', (text) => expect(parseOrigin(text)).toBeNull());
});

describe('data-config', () => {
  const WIDGET = 'https://assess.msp.example';

  it('is optional: without it there is no file to read', () => {
    expect(configUrlOf({ 'data-fractional-fit': '' }, WIDGET)).toEqual({ ok: true, value: null });
  });

  it('takes a config.json on the widget’s own origin', () => {
    expect(configUrlOf({ 'data-config': ` ${WIDGET}/msp/config.json ` }, WIDGET)).toEqual({
      ok: true,
      value: `${WIDGET}/msp/config.json`,
    });
    // An attribute the rest of the embed code knows.
    expect(KNOWN_ATTRIBUTES).toContain('data-config');
    expect(issues({ 'data-config': `${WIDGET}/config.json` })).toEqual([]);
  });

  it.each([
    ['config.json', 'must be the full address of your config.json, like'],
    ['javascript:alert(1)', 'must be the full address of your config.json, like'],
    ['https://evil.example/config.json', "must be on the widget's own origin"],
    ['http://assess.msp.example/config.json', "must be on the widget's own origin"],
    ['https://user:pw@assess.msp.example/config.json', 'must not contain a user name'],
  ])('refuses %s, by its attribute', (value, message) => {
    const result = configUrlOf({ 'data-config': value }, WIDGET);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { field: 'data-config', message: expect.stringContaining(message) },
    ]);
  });

  it('welcome wording can be set by attribute too', () => {
    const { config } = ok({
      'data-welcome-heading': 'Ready?',
      'data-welcome-intro': 'Ten minutes.',
    });
    expect(config.welcome).toEqual({ heading: 'Ready?', intro: 'Ten minutes.' });
    expect(issues({ 'data-welcome-heading': ' ' })).toEqual([
      { field: 'data-welcome-heading', message: 'must not be empty' },
    ]);
  });
});
