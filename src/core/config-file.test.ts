import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import {
  CONFIG_FILE_MAX_CHARS,
  configFileText,
  decideStart,
  readConfigFile,
  sameConfig,
} from './config-file';
import { demoConfig } from './demo-config';
import type { Config, ConfigStart } from './types';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/config/${name}`, import.meta.url), 'utf8');

const msp: Config = {
  ...structuredClone(demoConfig),
  brand: { ...demoConfig.brand, name: 'Contoso Security', primaryColor: '#7c3aed' },
  contact: { label: 'Talk to Contoso', url: 'https://contoso.example/book' },
};

describe('config.json files written before the current version', () => {
  it.each(['2026-11-demo.json', '2026-12-demo.json'])('%s still loads', (name) => {
    const read = readConfigFile(fixture(name));
    expect(read.ok ? [] : read.issues).toEqual([]);
  });

  it('reads the settings added since as left out, with their stated defaults', () => {
    const read = readConfigFile(fixture('2026-11-demo.json'));
    if (!read.ok) throw new Error('fixture did not load');
    expect(read.value.pricing.fractionalCioTiers).toBeUndefined();
    expect(read.value.welcome).toBeUndefined();
    expect(read.value.repTools).toBeUndefined();
    // The rest is the demo's, unchanged.
    const { fractionalCioTiers: _tiers, ...pricing } = demoConfig.pricing;
    expect(read.value).toEqual({ ...demoConfig, pricing });
  });

  it('2026-12-demo.json is today’s demo configuration', () => {
    expect(readConfigFile(fixture('2026-12-demo.json'))).toEqual({ ok: true, value: demoConfig });
  });
});

describe('welcome wording', () => {
  it('keeps a headline and an introduction, trimmed, each optional', () => {
    const both = parseConfig({ ...demoConfig, welcome: { heading: ' Hi ', intro: 'Read on.' } });
    expect(both.ok && both.value.welcome).toEqual({ heading: 'Hi', intro: 'Read on.' });
    const one = parseConfig({ ...demoConfig, welcome: { intro: 'Only this.' } });
    expect(one.ok && one.value.welcome).toEqual({ intro: 'Only this.' });
  });

  it.each([
    [{ heading: '' }, 'welcome.heading', 'must not be empty'],
    [{ heading: 'x'.repeat(121) }, 'welcome.heading', 'must be at most 120 characters'],
    [{ intro: 7 }, 'welcome.intro', 'must be text'],
    [{ headline: 'typo' }, 'welcome.headline', 'is not a known setting'],
    ['Hello', 'welcome', 'must be an object'],
  ])('refuses %j at %s', (welcome, field, message) => {
    expect(parseConfig({ ...demoConfig, welcome })).toEqual({
      ok: false,
      issues: [{ field, message }],
    });
  });
});

describe('readConfigFile', () => {
  it('reads what configFileText wrote', () => {
    const text = configFileText(msp);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readConfigFile(text)).toEqual({ ok: true, value: msp });
  });

  it('names a file that is not JSON', () => {
    const read = readConfigFile('{ "brand": ');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues[0]?.field).toBe('config.json');
    expect(!read.ok && read.issues[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('refuses an oversized file before parsing it', () => {
    const read = readConfigFile(' '.repeat(CONFIG_FILE_MAX_CHARS + 1));
    expect(read).toEqual({
      ok: false,
      issues: [
        {
          field: 'config.json',
          message: 'is larger than 100,000 characters, so it is not a configuration',
        },
      ],
    });
  });

  it('lists every missing part by path: no demo value fills a gap', () => {
    const { contact: _c, pricing: _p, ...rest } = demoConfig;
    expect(readConfigFile(JSON.stringify(rest))).toEqual({
      ok: false,
      issues: [
        { field: 'contact', message: 'is required' },
        { field: 'pricing', message: 'is required' },
      ],
    });
  });
});

describe('sameConfig', () => {
  it('ignores the order of keys, not their values', () => {
    const reversed = Object.fromEntries(Object.entries(msp).reverse());
    const reordered = JSON.parse(JSON.stringify(reversed)) as Config;
    expect(Object.keys(reordered)[0]).toBe('lead');
    expect(sameConfig(msp, reordered)).toBe(true);
    expect(sameConfig(msp, demoConfig)).toBe(false);
    const cheaper = structuredClone(msp);
    cheaper.pricing.hourlyRate = 250;
    expect(sameConfig(msp, cheaper)).toBe(false);
  });
});

describe('decideStart (the standalone page and the config.json served beside it)', () => {
  const demo: ConfigStart = { config: demoConfig, source: 'demo' };
  const built: ConfigStart = { config: msp, source: 'configured' };
  const found = (config: unknown) => ({ kind: 'found' as const, text: JSON.stringify(config) });

  it.each([
    ['demo build, no file', demo, { kind: 'absent' as const }],
    ['demo build, no answer', demo, { kind: 'unreachable' as const, reason: 'offline' }],
    ['configured build, no file', built, { kind: 'absent' as const }],
    ['configured build, the same file', built, found(msp)],
  ])('%s: keeps what it started with', (_, start, served) => {
    expect(decideStart(start, served)).toEqual({ kind: 'keep' });
  });

  it('a served file wins over the build’s, and is no longer the demo', () => {
    expect(decideStart(demo, found(msp))).toEqual({
      kind: 'switch',
      start: { config: msp, source: 'configured' },
    });
    const cheaper = structuredClone(msp);
    cheaper.pricing.hourlyRate = 250;
    expect(decideStart(built, found(cheaper))).toEqual({
      kind: 'switch',
      start: { config: cheaper, source: 'configured' },
    });
  });

  it('a served copy of the demo file is configured: someone chose it', () => {
    expect(decideStart(demo, found(demoConfig))).toEqual({
      kind: 'switch',
      start: { config: demoConfig, source: 'configured' },
    });
  });

  it('a bad file refuses to start, with every issue', () => {
    const bad = { ...msp, currency: 'dollars', brand: { ...msp.brand, primaryColor: 'purple' } };
    const decision = decideStart(built, found(bad));
    expect(decision.kind).toBe('refuse');
    expect(decision.kind === 'refuse' && decision.issues.map((i) => i.field)).toEqual([
      'brand.primaryColor',
      'currency',
    ]);
  });
});
