/**
 * The configurator (configure.html): a form for every setting, a live preview, contrast shades,
 * import and export of config.json, the embed code. Its export, uploaded beside the widget and
 * pasted into a host page under a strict CSP, gives the widget the preview showed.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { h1, HOST, keyFor } from './fixtures/frame-journey';

const WIDGET = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const MSP_FILE = new URL('./fixtures/msp-config.json', import.meta.url).pathname;

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** The preview's copy of the app's welcome screen (inert: a picture, found by its text). */
const preview = (page: Page) => page.locator('#preview');

/** Presses Tab until `target` has focus (at most `max` times): it is reachable by keyboard. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

test('by keyboard alone: type, add a size band, see each issue at its field; the preview follows', async ({
  page,
}) => {
  await page.goto('/configure.html');
  await expect(page.locator('header h1').first()).toHaveText('Configure your assessment');
  await tabTo(page, field(page, 'Company name'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Harbor Point IT');
  await expect(preview(page).getByText('Harbor Point IT').first()).toBeVisible();
  await expect(preview(page).getByText('Prepared by Harbor Point IT')).toBeAttached();

  // The welcome wording, in the preview at once.
  await tabTo(page, field(page, 'Welcome headline (optional)'));
  await page.keyboard.type('Is your security ready for the next audit?');
  await expect(preview(page).locator('h1')).toHaveText(
    'Is your security ready for the next audit?',
  );
  // The preview is a picture: its copy of the app's form is inert, never a Tab stop.
  const previewStart = preview(page).locator('button', { hasText: 'Start the assessment' });
  expect(await previewStart.evaluate((el) => el.closest('[inert]') !== null)).toBe(true);

  // A new size band: added by keyboard, its bound (the band before it now needs one) focused.
  await tabTo(page, page.getByRole('button', { name: 'Add a size band' }).first());
  await page.keyboard.press('Enter');
  await expect(page.locator('#cfg-pricing-retainerTiers-3-maxEmployees')).toBeFocused();
  const summary = page.getByRole('heading', { name: /settings? to fix/ });
  await expect(summary).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'pricing.retainerTiers[3].maxEmployees' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download config.json' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.type('500');
  await tabTo(page, page.locator('#cfg-pricing-retainerTiers-4-monthlyFee'));
  await page.keyboard.type('15,000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  await page.keyboard.type('40');
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download config.json' })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  // A bad value is named at its field, by path, and the export waits for it.
  await tabTo(page, field(page, 'Currency'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('XX');
  await expect(field(page, 'Currency')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cfg-currency-error')).toHaveText(
    'must be an ISO 4217 currency code such as USD or EUR',
  );
});

test('brand colours: the shades the app will use, checked for contrast', async ({ page }) => {
  await page.goto('/configure.html');
  await field(page, 'Main colour').fill('#facc15');
  const table = page.getByRole('table', { name: /^Main colour/ });
  const textRow = table.getByRole('row', { name: /Text and links/ });
  // On the light page yellow text is darkened to 4.5:1; on the dark page it is fine as it is.
  await expect(textRow.getByRole('cell').nth(0)).toContainText(/adjusted: yours is 1\.\d\d:1/);
  await expect(textRow.getByRole('cell').nth(1)).toContainText('#facc15');
  await expect(textRow.getByRole('cell').nth(1)).not.toContainText('adjusted');
  // The preview's Start button is filled with the colour as configured, with black text.
  const start = preview(page).locator('button', { hasText: 'Start the assessment' });
  await expect(start).toHaveCSS('background-color', 'rgb(250, 204, 21)');
  await expect(start).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test('opens an existing config.json, and refuses one that is not a configuration', async ({
  page,
}) => {
  await page.goto('/configure.html');
  await page.getByLabel('Open a config.json').setInputFiles(MSP_FILE);
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened msp-config.json' }),
  ).toBeVisible();
  await expect(field(page, 'Company name')).toHaveValue('Harbor Point IT');
  await expect(field(page, 'Currency')).toHaveValue('GBP');
  await expect(preview(page).locator('h1')).toHaveText(
    'Is your security ready for the next audit?',
  );
  await expect(page.getByText('Still the demo company’s')).toHaveCount(0);

  await page.getByLabel('Open a config.json').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ brand: { name: 'X' } })),
  });
  const status = page.getByRole('status').filter({ hasText: 'broken.json was not opened' });
  await expect(status).toContainText('contact: is required');
  await expect(status).toContainText('brand.logoUrl: is required');
  // The form keeps what it had.
  await expect(field(page, 'Company name')).toHaveValue('Harbor Point IT');
});

test('its export, pasted into a host page under a strict CSP, gives the widget the preview showed', async ({
  page,
  context,
}, info) => {
  await page.goto('/configure.html');
  await field(page, 'Company name').fill('Harbor Point IT');
  await field(page, 'Main colour').fill('#0e7490');
  await field(page, 'Welcome headline (optional)').fill('Ready for the next audit?');
  await field(page, 'Call to action').fill('Book a call with Harbor Point');
  await field(page, 'Call to action address').fill('https://harborpoint.example/book');
  await field(page, 'Consent text').fill('Harbor Point IT may contact me about this assessment.');
  await page.locator('#cfg-pricing-retainerTiers-1-monthlyFee').fill('3,900');
  await field(page, 'Your website (optional)').fill(HOST);

  const shown = {
    heading: await preview(page).locator('h1').textContent(),
    button: await preview(page)
      .locator('button', { hasText: 'Start the assessment' })
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  };
  expect(shown.heading?.trim()).toBe('Ready for the next audit?');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download config.json' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('config.json');
  const file = info.outputPath('config.json');
  await download.saveAs(file);
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).brand.name).toBe('Harbor Point IT');

  const code = await page.getByLabel('Embed code (recommended)').inputValue();
  expect(code).toContain(`data-config="${WIDGET}/config.json"`);
  expect(code).toContain(`data-allowed-origin="${HOST}"`);
  expect(await page.getByRole('link', { name: `${WIDGET}/` }).getAttribute('href')).toBe(
    `${WIDGET}/`,
  );

  // "Uploaded" beside embed.js on the widget's origin, and pasted into a customer's page.
  await context.route(`${WIDGET}/config.json`, (route) =>
    route.fulfill({ body: exported, contentType: 'application/json' }),
  );
  const key = keyFor(info.title);
  await fetch(`${HOST}/paste/${key}`, { method: 'POST', body: code });
  await page.goto(`${HOST}/pasted.html?key=${key}&csp=1`);
  const frame = page.frameLocator('[data-fractional-fit] iframe');
  await expect(h1(frame)).toHaveText(shown.heading!.trim());
  await expect(frame.getByRole('banner')).toHaveText('Harbor Point IT');
  await expect(frame.getByRole('button', { name: 'Start the assessment' })).toHaveCSS(
    'background-color',
    shown.button,
  );
  expect(
    await page.evaluate(() => (window as never as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});

test.describe('axe', () => {
  // axe is injected as an inline script, which the configurator's own CSP rightly refuses.
  test.use({ bypassCSP: true });
  test('the configurator passes axe, with issues shown too', async ({ page }) => {
    await page.goto('/configure.html');
    await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
    await expectNoAxeViolations(page, 'configurator');
    await field(page, 'Main colour').fill('#facc15');
    await field(page, 'Currency').fill('XX');
    await expect(page.getByRole('heading', { name: '1 setting to fix' })).toBeVisible();
    await expectNoAxeViolations(page, 'configurator with an issue');
  });
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`screenshot at ${width}×${height}, nothing wider than the screen`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('/configure.html');
    await field(page, 'Company name').fill('Harbor Point IT');
    await field(page, 'Main colour').fill('#facc15');
    await expect(preview(page).getByText('Prepared by Harbor Point IT')).toBeAttached();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`configure-${width}.png`) });
    await page.screenshot({ path: info.outputPath(`configure-${width}-full.png`), fullPage: true });
  });
}
