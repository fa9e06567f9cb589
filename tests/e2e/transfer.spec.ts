/**
 * Hand-off files, the leads CSV, share links and prefill, end to end in real Chromium: what
 * leaves one browser context arrives in a fresh one with the same scores.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { downloadPdfText, hasTool } from './support/pdf';
import { repToolsOn } from './support/rep-tools';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';
import { HOST, start, widgetFrame } from './fixtures/frame-journey';

const FORMULA = '=HYPERLINK("http://x","y")';

async function openResults(page: Page, company: string): Promise<void> {
  await page.goto('/');
  await startAssessment(page, company);
  await answerAllByKeyboard(page, '2', '40');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText(`Your results: ${company}`);
}

/** The scores a reader sees: the overall figure and the readiness-by-function table. */
async function scores(page: Page): Promise<string[]> {
  const overall = page.getByRole('region', { name: 'Security readiness' }).locator('strong');
  await expect(overall).toBeVisible();
  const table = page.getByRole('table').filter({ hasText: 'Function' }).first();
  return [
    (await overall.textContent()) ?? '',
    ...(await table.getByRole('row').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
  ];
}

async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    // As a rep, with the tools switched on (a new context starts without the project's state).
    ...(baseURL ? { storageState: repToolsOn(new URL(baseURL).origin) } : {}),
  });
  return context.newPage();
}

test.describe('hand-off file and leads CSV', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let before: string[] = [];
  let handoffPath = '';

  test.beforeAll(async ({ browser }, info) => {
    info.setTimeout(180_000);
    page = await freshPage(browser, info.project.use.baseURL);
    await openResults(page, 'Handoff Dental');
    before = await scores(page);
    expect(before.length).toBeGreaterThan(5);
  });
  test.afterAll(() => page.context().close());

  test('the hand-off file names each answer by id and CSF category, with versions', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export hand-off file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Handoff-Dental-assessment.json');
    handoffPath = test.info().outputPath('handoff.json');
    await file.saveAs(handoffPath);
    const json = JSON.parse(readFileSync(handoffPath, 'utf8'));
    expect(json.format).toBe('fractional-fit/assessment');
    expect(json.contentVersion).toMatch(/\d/);
    expect(json.scoringVersion).toMatch(/\d/);
    expect(json.assessment.companyName).toBe('Handoff Dental');
    const employees = json.assessment.answers.find(
      (a: { questionId: string }) => a.questionId === 'employees',
    );
    expect(employees).toMatchObject({ section: 'discovery', value: 40 });
    const readiness = json.assessment.answers.filter(
      (a: { section: string }) => a.section === 'readiness',
    );
    expect(readiness.length).toBeGreaterThan(10);
    // Every practice names its NIST CSF 2.0 categories (IT-strategy questions have none).
    const withCsf = readiness.filter((a: { csf: string[] }) => a.csf.length > 0);
    expect(withCsf.length).toBeGreaterThan(10);
    for (const a of withCsf) expect(a.csf[0]).toMatch(/^[A-Z]{2}\.[A-Z]{2}$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved as Handoff-Dental' }),
    ).toBeVisible();
  });

  test('imported in a fresh browser context, it shows identical scores', async ({ browser }) => {
    const other = await freshPage(browser, test.info().project.use.baseURL);
    await other.goto('/');
    await expect(heading(other)).toBeVisible();
    await other.getByLabel('Import a hand-off file').setInputFiles(handoffPath);
    await expect(heading(other)).toHaveText('Your results: Handoff Dental');
    expect(await scores(other)).toEqual(before);
    await expect(
      other.getByText('was imported from the hand-off file as a new assessment'),
    ).toBeVisible();
    await other.context().close();
  });

  test('a file that is not a hand-off file is refused with the reason', async ({ browser }) => {
    const other = await freshPage(browser, test.info().project.use.baseURL);
    await other.goto('/');
    await other.getByLabel('Import a hand-off file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    const alert = other.getByRole('alert');
    await expect(alert).toContainText('This is not a hand-off file from this app.');
    await expect(heading(other)).toContainText('Do you need');
    await expectNoAxeViolations(other, 'welcome with an import error');
    await other.context().close();
  });

  test('the leads CSV writes a formula-looking company name as text', async () => {
    test.setTimeout(60_000);
    await page.getByLabel('Your name').fill('Dana Reyes');
    await page.getByLabel('Work email').fill('dana@acme.example');
    await page.getByLabel('Company', { exact: true }).fill(FORMULA);
    await page.getByRole('checkbox', { name: /may contact me/ }).check();
    await page.waitForTimeout(3_100); // past the bots' minimum fill time
    await page.getByRole('button', { name: 'Send my details' }).click();
    await expect(page.getByText('Your details are saved in this browser')).toBeVisible();

    await page.getByRole('button', { name: 'All assessments' }).click();
    const exportLeads = page.getByRole('button', { name: 'Export leads (CSV)' });
    await expect(exportLeads).toBeVisible();
    await expectNoAxeViolations(page, 'welcome with leads and import');
    const download = page.waitForEvent('download');
    await exportLeads.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = test.info().outputPath('leads.csv');
    await file.saveAs(path);
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const [header, row] = text.split('\r\n');
    expect(header).toBe(
      'Captured at,Company,Name,Email,Phone,Consent,Delivery status,Gap score,Recommendation',
    );
    // The company cell: quoted, and its text starts with an apostrophe, so no spreadsheet runs it.
    const company = row!.split(',"')[1]!;
    expect(company.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(row).not.toMatch(/(^|,)=/);
    expect(row).toContain('Dana Reyes,dana@acme.example');
  });
});

test('a share link opens the same results, read-only, in a fresh context', async ({
  browser,
}, info) => {
  test.setTimeout(180_000);
  const page = await freshPage(browser, info.project.use.baseURL);
  await openResults(page, 'Share Clinic');
  const before = await scores(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#share=[A-Za-z0-9_-]+$/);
  await expect(
    page.getByText('The answers are in the link itself: nothing is uploaded'),
  ).toBeVisible();
  const link = await field.inputValue();
  await page.context().close();

  const other = await freshPage(browser, info.project.use.baseURL);
  const requests: string[] = [];
  other.on('request', (r) => requests.push(r.url()));
  await other.goto(link);
  await expect(heading(other)).toHaveText('Shared results: Share Clinic');
  expect(await scores(other)).toEqual(before);
  // The fragment is taken off the address bar; no request ever carried it.
  expect(new URL(other.url()).hash).toBe('');
  expect(requests.some((u) => u.includes('share='))).toBe(false);
  // Read-only: no what-if answers, no lead form, nothing saved yet.
  await expect(other.getByRole('button', { name: 'Export hand-off file' })).toHaveCount(0);
  await expectNoAxeViolations(other, 'shared results');
  // The reader can take the PDF away too: the sender's company, scores and figures.
  if (hasTool('pdftotext')) {
    const text = await downloadPdfText(other, info);
    expect(text).toContain('Share Clinic');
    const overall = /\d+/.exec(before[0] ?? '')?.[0];
    expect(text).toContain(`${overall} out of 100`);
  }

  await other.getByRole('button', { name: 'Save a copy on this device' }).click();
  await expect(heading(other)).toHaveText('Your results: Share Clinic');
  await expect(other.getByText('from the share link is now saved on this device')).toBeVisible();
  expect(await scores(other)).toEqual(before);
  await other.getByRole('button', { name: 'All assessments' }).click();
  await expect(other.getByRole('listitem').filter({ hasText: 'Share Clinic' })).toBeVisible();
  await other.context().close();
});

test('a share link made by an earlier question bank names each question that changed', async ({
  page,
}) => {
  const fragment = readFileSync(
    new URL('../../src/core/content/fixtures/2026.11.1/share-link.txt', import.meta.url),
    'utf8',
  ).trim();
  await page.goto(`/${fragment}`);
  await expect(heading(page)).toHaveText('Shared results: Harbour Lane Software');
  await page.getByRole('button', { name: 'Save a copy on this device' }).click();
  await expect(heading(page)).toHaveText('Your results: Harbour Lane Software');
  const notice = page.getByText('from the share link is now saved on this device');
  await expect(notice).toContainText('questions version 2026.11.1');
  await expect(notice).toContainText('“Patching” now asks only how updates are installed');
  await expect(notice).toContainText(
    '“Incident response help” now asks only whether outside incident response help is lined up before you need it. The earlier answer was left out: please answer it again.',
  );
  await expect(notice).toContainText('6 new questions are waiting.');
});

test('a damaged share link says so on the welcome screen', async ({ page }) => {
  await page.goto('/#share=not-a-real-link');
  await expect(page.getByText('This share link cannot be opened: link is damaged')).toBeVisible();
  await expect(heading(page)).toContainText('Do you need');
});

test('URL parameters prefill the discovery answers of a new assessment', async ({ page }) => {
  await page.goto('/?employees=120&industry=healthcare&regulations=hipaa,pci-dss');
  await expect(
    page.getByRole('status').filter({ hasText: 'Some answers were filled in from the link' }),
  ).toContainText('employees, industry, regulations');
  await expectNoAxeViolations(page, 'welcome with prefill');
  // Used once: the address no longer carries the answers, so a reload does not apply them again.
  expect(new URL(page.url()).search).toBe('');
  await startAssessment(page, 'CRM Prospect');
  await expect(page.getByRole('textbox', { name: /^Number/ })).toHaveValue('120');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toContainText('industry');
  await expect(page.getByRole('radio', { name: /Healthcare/ })).toBeChecked();
});

test('an invalid prefill is named in a clear message', async ({ page }) => {
  await page.goto('/?employees=lots&industry=bogus&colour=blue');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Some values in the link were not used' });
  await expect(notice).toContainText('employees must be a number');
  await expect(notice).toContainText('industry must be one of');
  await expect(notice).toContainText('colour is not a question that can be filled in from a link');
  await expectNoAxeViolations(page, 'welcome with an invalid prefill');
  await startAssessment(page, 'Nothing filled');
  await expect(page.getByRole('textbox', { name: /^Number/ })).toHaveValue('');
});

/** Sets the widget's data-prefill on the fixture host page before the snippet mounts it. */
async function hostWithPrefill(page: Page, value: string): Promise<void> {
  await page.addInitScript((v) => {
    document.addEventListener('DOMContentLoaded', () =>
      document.getElementById('widget')?.setAttribute('data-prefill', v),
    );
  }, value);
  await page.goto(`${HOST}/host.html?key=transfer-prefill`);
}

test('the widget takes data-prefill, validated like the URL', async ({ page }) => {
  await hostWithPrefill(page, 'employees=75&industry=legal');
  const frame = widgetFrame(page);
  await expect(frame.getByText('Some answers were filled in from the link')).toContainText(
    'employees, industry',
  );
  await start(frame, 'Widget Prefill Co');
  await expect(frame.getByRole('textbox', { name: /^Number/ })).toHaveValue('75');
});

test('a bad data-prefill stops the widget with its reason', async ({ page }) => {
  await hostWithPrefill(page, 'employees=lots');
  // Shown inside the widget's frame, by attribute name.
  const frame = widgetFrame(page);
  await expect(frame.getByText(/data-prefill/).first()).toBeVisible();
  await expect(frame.getByText(/employees must be a number/)).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Start the assessment' })).toHaveCount(0);
});
