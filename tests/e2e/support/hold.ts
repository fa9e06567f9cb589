import type { Page } from '@playwright/test';

/** The app's own script (everything the first screen runs). */
export const APP_SCRIPT = /\/assets\/start-app-[^/]+\.js$/;
/** The flow's code: XState, the machine and its actors. */
export const FLOW_SCRIPT = /\/assets\/start-flow-[^/]+\.js$/;

/**
 * Holds back every request matching `url` until the returned function is called, to see what a
 * visitor gets while that file is still on its way.
 */
export async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Serves the page at `/` with `change` applied to its response (headers or body). */
export async function rewritePage(
  page: Page,
  change: { headers?: Record<string, string>; body?: (html: string) => string },
): Promise<void> {
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const body = change.body ? change.body(await response.text()) : undefined;
    await route.fulfill({
      response,
      headers: { ...response.headers(), ...change.headers },
      ...(body !== undefined ? { body } : {}),
    });
  });
}
