// @vitest-environment node
/** The welcome screen rendered for index.html: the first screen a visitor sees before any script. */
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../core/demo-config';
import { pageConfig } from '../page-config';
import { prerenderPage, renderWelcome } from './prerender-welcome';

describe('renderWelcome', () => {
  const html = renderWelcome(demoConfig);

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
    const out = renderWelcome(hostile);
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('renders the page with its own configuration and brand colours', () => {
    const page = prerenderPage();
    expect(page.body).toBe(renderWelcome(pageConfig));
    expect(page.rootStyle).toContain(`--brand: ${pageConfig.brand.primaryColor}`);
    expect(page.rootStyle).toContain(`--accent-text-light: ${pageConfig.brand.accentColor}`);
  });
});
