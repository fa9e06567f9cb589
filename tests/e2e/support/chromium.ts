import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags this sandbox needs: no sandbox as root, no GPU, no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium to drive: CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download (a developer laptop). Throws a message that says how to get one when none exists.
 */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
    }
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright uses its own browser.
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install chromium`), ' +
      'set CHROME_PATH to a Chrome/Chromium binary, or run `npx playwright install chromium`.',
  );
}
