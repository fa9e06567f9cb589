// @vitest-environment node
/** The welcome screen rendered for index.html: the first screen a visitor sees before any script. */
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../core/demo-config';
import { pageStart } from '../page-config';
import { prerenderPage, renderWelcome } from './prerender-welcome';

const configured = { config: demoConfig, source: 'configured' as const };

describe('renderWelcome', () => {
  const html = renderWelcome(configured);

  it('holds the heading, the labelled company field and the Start button', () => {
    expect(html).toContain('<h1 id="welcome-heading" tabindex="-1">');
    expect(html).toMatch(/<label for="company">Company name/);
    expect(html).toMatch(/<input id="company"[^>]*maxlength="200"/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Start the assessment<\/button>/);
  });

  it('shows the configured brand and nothing that needs the flow', () => {
    expect(html).toContain(demoConfig.brand.name);
    // No library, notices or transfer panel before the flow has started.
    expect(html).not.toContain('All assessments');
    expect(html).not.toContain('role="alert"');
  });

  it('carries Svelte’s hydration marks, so the app takes it over in place', () => {
    expect(html.startsWith('<!--[-->')).toBe(true);
  });

  it('escapes what the configuration says', () => {
    const hostile = {
      ...demoConfig,
      brand: { ...demoConfig.brand, name: '<img src=x onerror=alert(1)>' },
    };
    const out = renderWelcome({ config: hostile, source: 'configured' });
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('renders the page with its own configuration and brand colours', () => {
    const page = prerenderPage();
    expect(page.body).toBe(renderWelcome(pageStart));
    expect(page.rootStyle).toContain(`--brand: ${pageStart.config.brand.primaryColor}`);
    expect(page.rootStyle).toContain(`--accent-text-light: ${pageStart.config.brand.accentColor}`);
  });

  it('labels the demo, and only the demo', () => {
    expect(renderWelcome({ config: demoConfig, source: 'demo' })).toContain(
      'Example prices and contact',
    );
    expect(html).not.toContain('Example prices and contact');
  });

  it('says the MSP’s own welcome, or the app’s when it has none', () => {
    const own = renderWelcome({
      config: {
        ...demoConfig,
        welcome: { heading: 'Is your security ready?', intro: 'Ten minutes.' },
      },
      source: 'configured',
    });
    expect(own).toMatch(/<h1 id="welcome-heading"[^>]*>\s*Is your security ready\?\s*<\/h1>/);
    expect(own).toContain('<p>Ten minutes.</p>');
    expect(html).toMatch(/<h1 id="welcome-heading"[^>]*>\s*Do you need a vCISO/);
  });
});
