import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';

/** Finishes an assessment through the real screens and opens its results. */
async function openResults(page: Page, company: string): Promise<void> {
  await page.goto('/');
  await startAssessment(page, company);
  await answerAllByKeyboard(page, '2', '40');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText(`Your results: ${company}`);
}

/** The canvas's pixels as a data URL: changes when Chart.js redraws something different. */
function pixels(canvas: Locator): Promise<string> {
  return canvas.evaluate((el) => (el as HTMLCanvasElement).toDataURL());
}

/** Whether a canvas has any painted pixel (Chart.js has drawn into it). */
function painted(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return false;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });
}

const readinessChart = (page: Page) =>
  page.getByRole('img', { name: /^Bar chart of readiness by function/ });
const costChart = (page: Page) => page.getByRole('img', { name: /^Line chart of cumulative cost/ });
const totals = (page: Page) => page.getByRole('table', { name: /^Totals over/ });
// "2" everywhere includes a mandate for a dedicated executive: a full-time verdict, priced, with
// a vCISO retainer beside it for comparison.
const totalRow = (page: Page, name: RegExp) =>
  totals(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) })
    .getByRole('cell');
const fullTimeTotal = (page: Page) => totalRow(page, /^Full-time CISO/);
const vcisoTotal = (page: Page) => totalRow(page, /^vCISO retainer/);

// One journey, several checks on the page it reaches: each test starts where the last left off.
test.describe('results page', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let defaultFullTime = '';
  let defaultVciso = '';

  test.beforeAll(async ({ browser }, info) => {
    // The whole questionnaire is answered once here, for every test below.
    info.setTimeout(180_000);
    page = await browser.newPage({
      baseURL: info.project.use.baseURL,
      viewport: { width: 1280, height: 800 },
    });
    await openResults(page, 'Results Dental');
    defaultFullTime = (await fullTimeTotal(page).textContent()) ?? '';
    defaultVciso = (await vcisoTotal(page).textContent()) ?? '';
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('both charts are drawn, labelled, and backed by tables', async () => {
    for (const chart of [readinessChart(page), costChart(page)]) {
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAttribute('aria-label', /\d/);
      await expect.poll(() => painted(chart)).toBe(true);
    }
    await expect(page.getByRole('table', { name: 'Readiness by function' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Recommended engagement' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cost over 3 years' })).toBeVisible();
    expect(defaultFullTime).toMatch(/^\$[\d,]+$/);
  });

  test('changing the salary updates the totals and the chart as you type', async () => {
    const salary = page.getByLabel('CISO base salary');
    await expect(salary).toHaveValue('250,000');
    const drawn = await pixels(costChart(page));
    await salary.fill('300,000');
    // The canvas itself is redrawn, not only its label.
    await expect.poll(() => pixels(costChart(page))).not.toBe(drawn);
    await expect(fullTimeTotal(page)).not.toHaveText(defaultFullTime);
    const raised = (await fullTimeTotal(page).textContent()) ?? '';
    expect(raised).toMatch(/^\$[\d,]+$/);
    await expect(costChart(page)).toHaveAttribute(
      'aria-label',
      new RegExp(raised.replace('$', '\\$')),
    );
    await expect(vcisoTotal(page)).toHaveText(defaultVciso);
  });

  test('an invalid value is marked, kept as typed, and the last valid figures stay', async () => {
    const salary = page.getByLabel('CISO base salary');
    const before = (await fullTimeTotal(page).textContent()) ?? '';
    for (const [typed, message] of [
      ['abc', /Enter a number.*Allowed: \$10,000 to \$5,000,000/],
      ['-5', /CISO base salary must be at least 10,000/],
      ['1e309', /exponent.*Allowed: \$10,000 to \$5,000,000/],
    ] as const) {
      await salary.fill(typed);
      await expect(salary).toHaveAttribute('aria-invalid', 'true');
      await expect(salary).toHaveAccessibleDescription(message);
      await expect(page.getByText(message)).toBeVisible();
      await expect(salary).toHaveValue(typed);
      await expect(fullTimeTotal(page)).toHaveText(before);
      await expect(page.getByText('The chart shows the last valid figures')).toBeVisible();
    }
  });

  test('reset to defaults restores the default figures', async () => {
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByLabel('CISO base salary')).toHaveValue('250,000');
    await expect(page.getByLabel('CISO base salary')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(fullTimeTotal(page)).toHaveText(defaultFullTime);
    await expect(vcisoTotal(page)).toHaveText(defaultVciso);
  });

  test('a five-year horizon changes the totals and the heading', async () => {
    await page.getByRole('radio', { name: '5 years' }).check();
    await expect(page.getByRole('heading', { name: 'Cost over 5 years' })).toBeVisible();
    await expect(totals(page)).toHaveAccessibleName('Totals over 5 years');
    await expect(fullTimeTotal(page)).not.toHaveText(defaultFullTime);
    await expect(
      page.getByRole('table', { name: /end of each year/ }).getByRole('row'),
    ).toHaveCount(6);
  });

  test('what-if: changing an answer moves the score and says what changed', async () => {
    const score = page.getByRole('region', { name: 'Security readiness' }).getByRole('strong');
    const before = Number(await score.first().textContent());
    await page.getByText(/^Govern: \d+ \/ 100/).click();
    const owner = page.getByLabel('Who is accountable for your security program?');
    await owner.focus();
    await owner.selectOption({ label: '4 – Reviewed and measured' });
    const note = page.getByRole('status').filter({ hasText: /Security readiness \d+ → \d+\./ });
    await expect(note).toBeVisible();
    await expect(note).toContainText(/Govern \d+ → \d+\./);
    await expect(note).toContainText(
      /Recommendation changed from “.+” to “.+”\.|The recommendation stays the same\./,
    );
    await expect
      .poll(async () => Number(await score.first().textContent()))
      .toBeGreaterThan(before);
    // The page updates around the control; focus stays where the person is.
    await expect(owner).toBeFocused();
  });

  test('axe finds nothing on the results page, light and dark', async () => {
    await expectNoAxeViolations(page, 'results (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => painted(costChart(page))).toBe(true);
    await expectNoAxeViolations(page, 'results (dark)');
    await page.emulateMedia({ colorScheme: 'light' });
  });
  test('at phone width nothing overflows and the charts redraw', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => costChart(page).evaluate((c) => c.clientWidth)).toBeLessThan(390);
    await expect.poll(() => painted(costChart(page))).toBe(true);
    await expect.poll(() => painted(readinessChart(page))).toBe(true);
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      );
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        elements: wide.map((el) => el.tagName + (el.id ? `#${el.id}` : '')).slice(0, 5),
      };
    });
    expect(overflow).toEqual({ page: 0, elements: [] });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
