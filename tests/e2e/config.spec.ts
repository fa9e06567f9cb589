/**
 * The MSP's configuration as a file: config.json served beside the page (it wins over the build's),
 * data-config on the widget (iframe and inline), the labelled demo without either, and a file
 * that is refused with every issue. Results are reached by importing a hand-off file (a frozen
 * fixture), so each journey is short and the prices shown are the configuration's.
 */
import { readFileSync } from 'node:fs';
import {
  expect,
  test,
  type BrowserContext,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';
import { h1, HOST, type Scope } from './fixtures/frame-journey';
import { downloadPdfText, hasTool } from './support/pdf';

const WIDGET = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const MSP_TEXT = readFileSync(new URL('./fixtures/msp-config.json', import.meta.url), 'utf8');
const MSP = JSON.parse(MSP_TEXT) as {
  brand: { name: string };
  contact: { label: string; url: string };
  welcome: { heading: string; intro: string };
};
/**
 * The hand-off fixture without its saved cost assumptions (a file carries the prices it was
 * priced at), so the results are priced by the configuration: 62 staff, a vCISO retainer, the
 * MSP's second tier at £3,900 a month (the demo's: $5,250).
 */
const HANDOFF = (() => {
  const file = JSON.parse(
    readFileSync(
      new URL('../../src/core/content/fixtures/2026.11.1/handoff.json', import.meta.url),
      'utf8',
    ),
  ) as { assessment: Record<string, unknown> };
  file.assessment.assumptions = null;
  file.assessment.scenario = null;
  return {
    name: 'harbour-lane-assessment.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  };
})();
const MSP_RETAINER = '£3,900';
const DEMO_RETAINER = '$5,250';
const DEMO_NOTE = 'Example prices and contact';

/** Serves `body` at `path` of the widget's origin (CORS open, as inline mode needs). */
async function serveOnWidget(context: BrowserContext, path: string, body: string, status = 200) {
  await context.route(`${WIDGET}${path}`, (route) =>
    route.fulfill({
      status,
      body,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
}

/** Imports the hand-off fixture from the welcome screen and waits for its results. */
async function importResults(scope: Scope): Promise<void> {
  await scope.getByLabel('Import a hand-off file').setInputFiles(HANDOFF);
  await expect(h1(scope)).toHaveText('Your results: Harbour Lane Software');
}

/** What the results show of the configuration: the retainer's price and the call to action. */
async function expectMspResults(scope: Scope): Promise<void> {
  await expect(scope.getByText(MSP_RETAINER).first()).toBeVisible();
  await expect(scope.getByText(DEMO_RETAINER)).toHaveCount(0);
  const cta = scope.getByRole('link', { name: MSP.contact.label });
  await expect(cta).toHaveAttribute('href', MSP.contact.url);
  await expect(scope.getByText(DEMO_NOTE)).toHaveCount(0);
}

function expectMspPdf(text: string): void {
  expect(text).toContain(`Prepared by ${MSP.brand.name}`);
  expect(text).toContain(MSP.contact.label);
  expect(text).toContain(MSP_RETAINER);
  expect(text).not.toContain('Northwind');
  expect(text).not.toContain('Demo:');
}

test.describe('the standalone page', () => {
  test('without a config.json it is the labelled demo, on the page and in the PDF', async ({
    page,
  }, info) => {
    await page.goto('/');
    const banner = page.getByRole('banner');
    await expect(banner).toContainText('Northwind Managed IT');
    await expect(banner).toContainText(`Demo ${DEMO_NOTE}`);
    await importResults(page);
    await expect(page.getByRole('banner')).toContainText(DEMO_NOTE);
    await expect(page.getByText(DEMO_RETAINER).first()).toBeVisible();
    test.skip(!hasTool('pdftotext'), 'needs poppler-utils (pdftotext)');
    const pdf = await downloadPdfText(page, info);
    expect(pdf).toContain('Demo: example prices and contact of a fictional company');
  });

  test('a config.json served beside it changes brand, wording, prices and contact, and the PDF', async ({
    page,
  }, info) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ body: MSP_TEXT, contentType: 'application/json' }),
    );
    await page.goto('/');
    await expect(h1(page)).toHaveText(MSP.welcome.heading);
    await expect(page.getByText(MSP.welcome.intro)).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(MSP.brand.name);
    await expect(page.getByRole('banner')).not.toContainText(DEMO_NOTE);
    // The brand colour reached the page's own Start button.
    await expect(page.getByRole('button', { name: 'Start the assessment' })).toHaveCSS(
      'background-color',
      'rgb(14, 116, 144)',
    );
    await importResults(page);
    await expectMspResults(page);
    test.skip(!hasTool('pdftotext'), 'needs poppler-utils (pdftotext)');
    expectMspPdf(await downloadPdfText(page, info));
  });

  test('the first screen paints without waiting for config.json; the flow starts with it', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/config.json', async (route) => {
      await held;
      await route.fulfill({ body: MSP_TEXT, contentType: 'application/json' });
    });
    await page.goto('/');
    // The build's welcome (the demo here) is up and usable while the file is on its way.
    await expect(h1(page)).toHaveText(/Do you need a vCISO/);
    await page.getByRole('textbox', { name: /Company name/ }).fill('Early Co');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForTimeout(300);
    await expect(h1(page)).toHaveText(/Do you need a vCISO/);
    // The Start waited for the flow, which waited for the served configuration: the assessment
    // runs on the MSP's, and the demo label has gone before any price is shown.
    release();
    await expect(h1(page)).toContainText('How many people');
    await expect(page.getByRole('banner')).toContainText(MSP.brand.name);
    await expect(page.getByText(DEMO_NOTE)).toHaveCount(0);
  });

  test('a bad config.json stops the app with every issue by path, and nothing starts', async ({
    page,
  }) => {
    const bad = JSON.parse(MSP_TEXT) as Record<string, unknown>;
    bad.currency = 'pounds';
    delete bad.contact;
    await page.route('**/config.json', (route) =>
      route.fulfill({ body: JSON.stringify(bad), contentType: 'application/json' }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This assessment is not set up correctly');
    await expect(alert).toContainText('config.json');
    await expect(alert).toContainText('contact: is required');
    await expect(alert).toContainText('currency: must be at most 3 characters');
    await expect(page.getByRole('button', { name: 'Start the assessment' })).toHaveCount(0);
  });
});

test.describe('the widget', () => {
  for (const mode of ['iframe', 'inline'] as const) {
    const scopeOf = (page: Page): FrameLocator | Locator =>
      mode === 'iframe' ? page.frameLocator('#widget iframe') : page.locator('#widget');

    test(`${mode}: data-config gives it the MSP's brand, wording, prices and contact, and the PDF`, async ({
      page,
      context,
    }, info) => {
      await serveOnWidget(context, '/msp-config.json', MSP_TEXT);
      // Inline mode fetches the file from the host page: its CSP must allow the widget's origin.
      const connect = mode === 'inline' ? '&connect=widget' : '';
      // A rep's embed here (rep tools always on), so a hand-off file brings the results in.
      await page.goto(`${HOST}/configured.html?csp=1${connect}&mode=${mode}&rep=always`);
      const scope = scopeOf(page);
      await expect(h1(scope)).toHaveText(MSP.welcome.heading);
      await expect(scope.getByText(MSP.brand.name).first()).toBeVisible();
      await expect(scope.getByText(DEMO_NOTE)).toHaveCount(0);
      await importResults(scope);
      await expectMspResults(scope);
      expect(
        await page.evaluate(() => (window as never as { cspViolations: string[] }).cspViolations),
      ).toEqual([]);
      test.skip(!hasTool('pdftotext'), 'needs poppler-utils (pdftotext)');
      expectMspPdf(await downloadPdfText(page, info, scope as FrameLocator));
    });

    test(`${mode}: without data-config an existing embed code keeps working, labelled as the demo`, async ({
      page,
    }, info) => {
      await page.goto(`${HOST}/host.html?mode=${mode}&rep=always`);
      const scope = scopeOf(page);
      await expect(h1(scope)).toHaveText(/Do you need a vCISO/);
      await expect(scope.getByText(DEMO_NOTE)).toBeVisible();
      await importResults(scope);
      await expect(scope.getByText(DEMO_NOTE)).toBeVisible();
      test.skip(!hasTool('pdftotext'), 'needs poppler-utils (pdftotext)');
      const pdf = await downloadPdfText(page, info, scope as FrameLocator);
      expect(pdf).toContain('Demo: example prices and contact of a fictional company');
    });

    test(`${mode}: a data-config without a contact refuses to start and says what is missing`, async ({
      page,
      context,
    }) => {
      const partial = JSON.parse(MSP_TEXT) as Record<string, unknown>;
      delete partial.contact;
      await serveOnWidget(context, '/no-contact.json', JSON.stringify(partial));
      const connect = mode === 'inline' ? '&csp=1&connect=widget' : '';
      await page.goto(`${HOST}/configured.html?config=no-contact&mode=${mode}${connect}`);
      const alert = scopeOf(page).getByRole('alert');
      await expect(alert).toContainText('not set up correctly');
      await expect(alert).toContainText(`${WIDGET}/no-contact.json`);
      await expect(alert).toContainText('contact: is required');
      await expect(scopeOf(page).getByRole('button', { name: 'Start the assessment' })).toHaveCount(
        0,
      );
    });
  }

  test('a data-config naming no file refuses, never falling back to the demo', async ({ page }) => {
    await page.goto(`${HOST}/configured.html?config=missing`);
    const alert = page.frameLocator('#widget iframe').getByRole('alert');
    await expect(alert).toContainText(`data-config: finds no file at ${WIDGET}/missing.json`);
  });
});
