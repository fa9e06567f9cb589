import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, answerByKeyboard, heading, startAssessment } from './support/journey';

/** Waits until the app's service worker is active and controls the page (it precached all). */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Whether a new version of the worker is installed and waiting. */
function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.waiting);
  });
}

const offlineNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'You are offline' });
const updateButton = (page: Page) => page.getByRole('button', { name: 'Reload to update' });

function pdfText(file: string): string | null {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

test('once loaded, a whole assessment, both charts and the PDF work with no network', async ({
  page,
  context,
}, testInfo) => {
  // The whole questionnaire is answered: allow three times the usual time.
  test.slow();
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
  await waitForOfflineReady(page);
  await expect(offlineNotice(page)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(offlineNotice(page)).toBeVisible();

  await startAssessment(page, 'Offline Dental');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results: Offline Dental');
  // Both charts, whose Chart.js chunk came from the worker's cache.
  await expect(
    page.getByRole('img', { name: /^Bar chart of readiness by function/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Line chart of cumulative cost/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Readiness by function' })).toBeVisible();
  await expectNoAxeViolations(page, 'results offline, with the offline notice');

  const button = page.getByRole('button', { name: 'Download the PDF report' });
  await expect(button).toBeEnabled();
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^Offline-Dental-readiness-.*\.pdf$/);
  expect(readFileSync(file, 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  const text = pdfText(file);
  if (text !== null) expect(text).toContain('Offline Dental');

  // Still offline, a reload opens the same results again (they were saved on this device).
  await page.reload();
  await expect(heading(page)).toContainText('Your results: Offline Dental');
  await context.setOffline(false);
  await expect(offlineNotice(page)).toHaveCount(0);
});

/**
 * Stands in for a new deployment: the app registers /sw.js, and this makes that
 * /sw.js?build=<n>, n kept in sessionStorage (it survives the reload). A new script URL is a new
 * version to the browser, installed beside the active one and waiting, as after a real deploy.
 */
function simulateBuilds(page: Page) {
  return page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      const build = sessionStorage.getItem('ff-test-build') ?? '1';
      return register.call(this, `${String(url)}?build=${build}`, options);
    };
  });
}

/** What the browser does when it finds build n on the server: install it, waiting. */
function deployBuild(page: Page, n: number): Promise<void> {
  return page.evaluate(async (build) => {
    sessionStorage.setItem('ff-test-build', String(build));
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  }, n);
}

test('a new version is offered on the welcome screen, never while answering', async ({ page }) => {
  await simulateBuilds(page);
  await page.goto('/');
  await waitForOfflineReady(page);
  await startAssessment(page, 'Update Dental');
  await answerByKeyboard(page);

  await deployBuild(page, 2);
  await expect.poll(() => hasWaitingWorker(page)).toBe(true);

  // Mid-assessment: nothing offered, the next question is answered as before.
  await answerByKeyboard(page);
  await expect(updateButton(page)).toHaveCount(0);

  // Between assessments: offered politely, in a status region.
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('button', { name: /Open Update Dental/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible();
  await expect(updateButton(page)).toBeVisible();
  await expectNoAxeViolations(page, 'welcome with the update offer');

  // A company name typed but not yet used would be lost: the update waits for it.
  const company = page.getByRole('textbox', { name: /Company name/ });
  await company.fill('Half typed');
  await updateButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'not saved yet' })).toBeVisible();
  await expect(company).toHaveValue('Half typed');
  expect(await hasWaitingWorker(page)).toBe(true);
  await company.fill('');

  // Clicking it activates the waiting version and reloads; the answers are still there.
  const reloaded = page.waitForEvent('load');
  await updateButton(page).click();
  await reloaded;
  await expect(page.getByRole('button', { name: /Open Update Dental/ })).toBeVisible();
  await expect(page.getByText('2 of', { exact: false })).toBeVisible();
  // Build 2 is in control now, nothing else is waiting, and nothing more is offered.
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? 'none'),
  ).toMatch(/\/sw\.js\?build=2$/);
  expect(await hasWaitingWorker(page)).toBe(false);
  await expect(updateButton(page)).toHaveCount(0);
});

test('the widget page registers no worker and claims no manifest', async ({ page }) => {
  await page.goto('/embed.html');
  await page.waitForTimeout(1_500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('the app page links its manifest and theme colour', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href ?? '')).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
  const icons = manifest.icons as { sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d4ed8');
});
