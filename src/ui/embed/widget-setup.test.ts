import { describe, expect, it, vi } from 'vitest';
import { demoConfig } from '../../core/demo-config';
import { widgetSetup } from './widget-setup';

const WIDGET = 'https://assess.msp.example';
const FILE = `${WIDGET}/config.json`;
const msp = {
  ...structuredClone(demoConfig),
  brand: { ...demoConfig.brand, name: 'Contoso Security' },
  contact: { label: 'Talk to Contoso', url: 'https://contoso.example/book' },
};
const serving = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('widgetSetup', () => {
  it('without data-config: the labelled demo, with the attributes over it', async () => {
    const fetch = vi.fn();
    const setup = await widgetSetup({ 'data-brand-name': 'Old Snippet Co' }, WIDGET, fetch);
    expect(fetch).not.toHaveBeenCalled();
    expect(setup.ok && setup.start.source).toBe('demo');
    expect(setup.ok && setup.start.config.brand.name).toBe('Old Snippet Co');
    expect(setup.ok && setup.start.config.contact).toEqual(demoConfig.contact);
  });

  it('with data-config: the file, configured, with single attributes over it', async () => {
    const fetch = serving(msp);
    const setup = await widgetSetup(
      { 'data-config': FILE, 'data-primary-color': '#7c3aed', 'data-mode': 'inline' },
      WIDGET,
      fetch,
    );
    expect(fetch).toHaveBeenCalledWith(FILE, expect.objectContaining({ credentials: 'omit' }));
    expect(setup).toEqual({
      ok: true,
      start: {
        config: { ...msp, brand: { ...msp.brand, primaryColor: '#7c3aed' } },
        source: 'configured',
      },
      options: { mode: 'inline', allowedOrigins: [], shareResults: false, prefill: {} },
    });
  });

  it('a file without a contact or prices refuses, naming what is missing, in the file', async () => {
    const { contact: _c, pricing: _p, ...partial } = msp;
    const setup = await widgetSetup({ 'data-config': FILE }, WIDGET, serving(partial));
    expect(setup).toEqual({
      ok: false,
      lead: expect.stringContaining(`in the configuration file named by data-config (${FILE})`),
      issues: [
        { field: 'contact', message: 'is required' },
        { field: 'pricing', message: 'is required' },
      ],
    });
  });

  it.each([
    ['no file there', serving({}, 404), `finds no file at ${FILE}`],
    ['a server error', serving({}, 500), `could not load ${FILE} (HTTP 500)`],
  ])('%s: refuses on the embed code, never the demo', async (_what, fetch, message) => {
    const setup = await widgetSetup({ 'data-config': FILE }, WIDGET, fetch);
    expect(setup).toEqual({
      ok: false,
      lead: 'The site owner can fix these settings on the embed code:',
      issues: [{ field: 'data-config', message: expect.stringContaining(message) }],
    });
  });

  it('a file elsewhere is never fetched', async () => {
    const fetch = vi.fn();
    const setup = await widgetSetup(
      { 'data-config': 'https://evil.example/config.json' },
      WIDGET,
      fetch,
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(setup.ok).toBe(false);
  });

  it('a bad attribute over a good file is named by its attribute', async () => {
    const setup = await widgetSetup(
      { 'data-config': FILE, 'data-currency': 'ZZZ' },
      WIDGET,
      serving(msp),
    );
    expect(!setup.ok && setup.issues).toEqual([
      { field: 'data-currency', message: 'must be an ISO 4217 currency code such as USD or EUR' },
    ]);
  });
});
