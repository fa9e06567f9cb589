import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config';
import { demoConfig } from '../../core/demo-config';
import type { Config } from '../../core/types';
import { candidateFrom, draftFrom, fieldId } from './config-draft';
import { configUrl, embedCode, parseHosting, testLink } from './embed-code';

const msp = JSON.parse(
  readFileSync(new URL('../../../tests/e2e/fixtures/msp-config.json', import.meta.url), 'utf8'),
) as Config;

describe('the configurator’s draft', () => {
  it.each([
    ['the demo', demoConfig],
    ['an MSP’s file', msp],
    ['one with every optional setting', { ...msp, repTools: 'always', welcome: { intro: 'Hi' } }],
  ])('round-trips %s unchanged', (_what, config) => {
    const parsed = parseConfig(config);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parseConfig(candidateFrom(draftFrom(parsed.value)))).toEqual(parsed);
  });

  it('reads amounts as people type them, and names what does not read', () => {
    const draft = draftFrom(demoConfig);
    draft.pricing.vcisoOnboardingFee = '4,500';
    draft.pricing.hourlyRate = '250.50';
    draft.pricing.retainerTiers[0]!.monthlyFee = 'three thousand';
    draft.pricing.fractionalCioMonthly = '';
    const parsed = parseConfig(candidateFrom(draft));
    expect(!parsed.ok && parsed.issues).toEqual([
      { field: 'pricing.fractionalCioMonthly', message: 'is required' },
      { field: 'pricing.retainerTiers[0].monthlyFee', message: 'must be a finite number' },
    ]);
    draft.pricing.retainerTiers[0]!.monthlyFee = '3000';
    draft.pricing.fractionalCioMonthly = '3000';
    const fixed = parseConfig(candidateFrom(draft));
    expect(fixed.ok && fixed.value.pricing.vcisoOnboardingFee).toBe(4500);
    expect(fixed.ok && fixed.value.pricing.hourlyRate).toBe(250.5);
  });

  it('leaves empty optional settings out, and an empty webhook means none', () => {
    const draft = draftFrom({ ...demoConfig, welcome: { heading: 'Hi' }, repTools: 'switch' });
    draft.welcome.heading = ' ';
    draft.repTools = '';
    draft.brand.logoUrl = '';
    draft.lead.webhookUrl = '';
    draft.pricing.cioBySize = false;
    const parsed = parseConfig(candidateFrom(draft));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value).not.toHaveProperty('welcome');
    expect(parsed.value).not.toHaveProperty('repTools');
    expect(parsed.value.pricing).not.toHaveProperty('fractionalCioTiers');
    expect(parsed.value.brand.logoUrl).toBeNull();
    expect(parsed.value.lead.webhookUrl).toBeNull();
  });

  it('the last tier has no upper bound; an empty earlier bound is named', () => {
    const draft = draftFrom(demoConfig);
    draft.pricing.retainerTiers[1]!.maxEmployees = '';
    const parsed = parseConfig(candidateFrom(draft));
    expect(!parsed.ok && parsed.issues).toEqual([
      { field: 'pricing.retainerTiers[1].maxEmployees', message: 'is required' },
    ]);
  });

  it('gives every issue path a field id', () => {
    expect(fieldId('pricing.retainerTiers[1].hours.min')).toBe(
      'cfg-pricing-retainerTiers-1-hours-min',
    );
    expect(fieldId('brand.primaryColor')).toBe('cfg-brand-primaryColor');
  });
});

describe('embed code', () => {
  const hosting = parseHosting(
    'https://assess.msp.example',
    'https://www.a.example, https://b.example/',
  );

  it('reads the hosting address as a folder and the sites as origins', () => {
    expect(hosting).toEqual({
      ok: true,
      value: {
        base: 'https://assess.msp.example/',
        sites: ['https://www.a.example', 'https://b.example'],
      },
    });
  });

  it('names config.json beside embed.js, in both modes, with the sites allowed', () => {
    if (!hosting.ok) throw new Error('hosting');
    expect(configUrl(hosting.value)).toBe('https://assess.msp.example/config.json');
    expect(embedCode(hosting.value, 'iframe')).toBe(
      [
        '<script src="https://assess.msp.example/embed.js" async></script>',
        '<div',
        '  data-fractional-fit',
        '  data-config="https://assess.msp.example/config.json"',
        '  data-allowed-origin="https://www.a.example https://b.example"',
        '></div>',
      ].join('\n'),
    );
    expect(embedCode(hosting.value, 'inline')).toContain('\n  data-mode="inline"\n');
    expect(testLink(hosting.value)).toBe('https://assess.msp.example/');
  });

  it('leaves data-allowed-origin out when no site is named', () => {
    const own = parseHosting('https://assess.msp.example/app/', '');
    expect(own.ok && embedCode(own.value, 'iframe')).not.toContain('data-allowed-origin');
    expect(own.ok && configUrl(own.value)).toBe('https://assess.msp.example/app/config.json');
  });

  it.each([
    ['assess.msp.example', '', 'hosting'],
    ['http://assess.msp.example', '', 'hosting'],
    ['https://assess.msp.example/?x=1', '', 'hosting'],
    ['https://assess.msp.example', 'www.a.example', 'sites'],
    ['https://assess.msp.example', 'https://a.example/page', 'sites'],
  ])('refuses %s / %s, naming the %s field', (base, sites, field) => {
    const parsed = parseHosting(base, sites);
    expect(!parsed.ok && parsed.issues.map((i) => i.field)).toEqual([field]);
  });
});
