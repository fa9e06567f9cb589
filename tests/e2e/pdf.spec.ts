import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';

/** Poppler's command-line tools (poppler-utils), used to read the downloaded PDF. */
function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Text of the PDF with white space collapsed, so line wrapping does not matter. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

/** Page count from pdfinfo, or by counting page objects when pdfinfo is missing. */
function pageCount(file: string): number {
  if (has('pdfinfo')) {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  }
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Renders every page at 50 dpi into the test's output folder, as an artifact to look at. */
function snapshotPages(file: string, testInfo: TestInfo): string[] {
  if (!has('pdftoppm')) return [];
  const dir = testInfo.outputPath('pages');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', file, `${dir}/page`]);
  return readdirSync(dir).filter((f) => f.endsWith('.png'));
}

// Each test answers the whole questionnaire first: allow three times the usual time.
test.beforeEach(() => test.slow());

/** Answers everything by keyboard and opens the results; `atReview` runs just before. */
async function reachResults(page: Page, company: string, atReview?: () => void): Promise<void> {
  await page.goto('/');
  await startAssessment(page, company);
  await answerAllByKeyboard(page);
  atReview?.();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');
}

/** The amount in the results page's totals table, read by its row header. */
async function totalOnPage(page: Page, row: RegExp): Promise<string> {
  const table = page.getByRole('table', { name: /^Totals over/ });
  const tr = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row }) });
  return ((await tr.getByRole('cell').first().textContent()) ?? '').trim();
}

async function downloadReport(page: Page, testInfo: TestInfo) {
  const button = page.getByRole('button', { name: 'Download the PDF report' });
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'is downloading' })).toBeVisible();
  return { file, name: download.suggestedFilename() };
}

test('the PDF carries the same result the page shows', async ({ page }, testInfo) => {
  test.skip(!has('pdftotext'), 'needs poppler-utils (pdftotext)');
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));

  let beforeResults: string[] = [];
  await reachResults(page, 'Acme Dental', () => (beforeResults = [...requested]));
  const isJsPdf = (u: string) => /\/assets\/jspdf[^/]*\.js$/.test(u);
  // No screen before the results loads the PDF engine; the results page fetches it when idle.
  expect(beforeResults.filter(isJsPdf)).toEqual([]);
  await expect.poll(() => requested.some(isJsPdf)).toBe(true);
  const button = page.getByRole('button', { name: 'Download the PDF report' });
  await expect(button).toBeEnabled();
  await expectNoAxeViolations(page, 'results with the PDF button');

  const headline = (
    (await page
      .getByRole('region', { name: 'Recommended engagement' })
      .getByRole('paragraph')
      .first()
      .textContent()) ?? ''
  ).trim();
  const scoreText =
    (await page.getByRole('region', { name: 'Security readiness' }).textContent()) ?? '';
  const score = /\d+/.exec(scoreText)?.[0] ?? 'missing';
  const fullTime = await totalOnPage(page, /^Full-time CISO/);
  const vciso = await totalOnPage(page, /^vCISO/);
  const difference = await totalOnPage(page, /^Difference/);
  expect(fullTime).toMatch(/^\$[\d,]+$/);

  const { file, name } = await downloadReport(page, testInfo);
  expect(name).toMatch(/^Acme-Dental-readiness-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(readFileSync(file, 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);

  const text = pdfText(file);
  expect(text).toContain('Acme Dental');
  expect(text).toContain(headline);
  expect(text).toContain(`${score} / 100`);
  for (const amount of [fullTime, vciso, difference]) expect(text).toContain(amount);
  expect(pageCount(file)).toBeGreaterThanOrEqual(5);
  expect(snapshotPages(file, testInfo).length).toBe(pageCount(file));

  // Tagged: the structure tree reads back with a heading per section, the tables and the two
  // charts as figures, and the running header and footer outside it.
  if (has('pdfinfo')) {
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    const count = (role: string) => tree.match(new RegExp(`^\\s*${role}\\b`, 'gm'))?.length ?? 0;
    expect(count('H1')).toBe(1);
    expect(count('H2')).toBeGreaterThanOrEqual(6);
    expect(count('Table')).toBeGreaterThanOrEqual(3);
    expect(count('Figure')).toBe(2);
    expect(count('Link')).toBe(2);
    expect(tree).toContain('"Acme Dental');
    expect(tree).not.toMatch(/Page \d+ of \d+/);
  }

  // jsPDF's optional html() helpers (html2canvas, DOMPurify) are never fetched.
  expect(requested.filter((u) => /html2canvas|purify/.test(u))).toEqual([]);

  // The fallback link is there for frames that swallow the download.
  const open = page.getByRole('link', { name: /Open the PDF/ });
  await expect(open).toHaveAttribute('href', /^blob:/);
  await expect(open).toHaveAttribute('target', '_blank');
  await expectNoAxeViolations(page, 'results after the PDF download');
});

test('a hostile company name gives a valid PDF and a safe file name', async ({
  page,
}, testInfo) => {
  test.skip(!has('pdftotext'), 'needs poppler-utils (pdftotext)');
  const name = `Zoë’s "Café" [Ünïcode] (Ltd) ) Tj ( \\ / .. 😀 ${'Dental Partners '.repeat(18)}`;
  expect(name.length).toBeGreaterThan(300);
  await reachResults(page, name);

  const { file, name: fileName } = await downloadReport(page, testInfo);
  expect(fileName).toMatch(/^Zoe-s-Cafe-Unicode-Ltd-Tj-Dental-Partners[A-Za-z-]*-readiness-/);
  expect(fileName).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*\.pdf$/);
  expect(fileName.length).toBeLessThanOrEqual(80);
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);

  const text = pdfText(file);
  expect(text).toContain('Zoë’s "Café" [Ünïcode] (Ltd) ) Tj ( \\ / .. ? Dental Partners');
  expect(text).toContain('appear as “?”');
  expect(pageCount(file)).toBeGreaterThanOrEqual(5);
  snapshotPages(file, testInfo);
});

test('inside a sandboxed frame that blocks downloads, the PDF opens from a link', async ({
  page,
}) => {
  await reachResults(page, 'Framed Clinic');
  // Same origin, scripts allowed, downloads not: the assessment resumes from IndexedDB.
  await page.setContent(
    '<iframe title="Assessment" sandbox="allow-scripts allow-same-origin allow-popups" ' +
      'src="/" style="width:1200px;height:780px;border:0"></iframe>',
  );
  const frame = page.frameLocator('iframe[title="Assessment"]');
  const resume = frame.getByRole('button', { name: /^Open Framed Clinic/ });
  const results = frame.getByRole('heading', { level: 1, name: /Your results/ });
  await expect(resume.or(results)).toBeVisible();
  if (await resume.isVisible()) await resume.click();
  if (!(await results.isVisible())) {
    const review = frame.getByRole('button', { name: 'Review answers' });
    if (await review.isVisible()) await review.click();
    await frame.getByRole('button', { name: 'See my results' }).click();
  }
  await expect(results).toBeVisible();

  await frame.getByRole('button', { name: 'Download the PDF report' }).click();
  const open = frame.getByRole('link', { name: /Open the PDF/ });
  await expect(open).toHaveAttribute('href', /^blob:/);
  const head = await open.evaluate(async (a: HTMLAnchorElement) => {
    const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    return String.fromCharCode(...bytes.slice(0, 5));
  });
  expect(head).toBe('%PDF-');
});

test('notes reach the review, and the PDF only as an appendix when ticked', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await startAssessment(page, 'Noted Practice');
  // A note on the first question, typed as the prospect answers.
  await page.getByText('Add a note').click();
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Two sites, one shared office');
  await answerAllByKeyboard(page);
  await page
    .getByRole('textbox', { name: 'Note on this assessment (optional)' })
    .fill('Met the owner and the office manager on 2 Dec');
  await expect(page.getByText('Two sites, one shared office')).toBeVisible();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');

  const tick = page.getByRole('checkbox', { name: /Include the 2 notes as an appendix/ });
  await expect(tick).not.toBeChecked();
  const without = pdfText((await downloadReport(page, testInfo)).file);
  expect(without).not.toContain('Appendix: notes');
  expect(without).not.toContain('Two sites');

  await tick.check();
  const withNotes = pdfText((await downloadReport(page, testInfo)).file);
  expect(withNotes).toContain('Appendix: notes');
  expect(withNotes).toContain(
    'About this assessment Met the owner and the office manager on 2 Dec',
  );
  expect(withNotes).toContain('Two sites, one shared office');
  expect(withNotes.indexOf('How this report was made')).toBeLessThan(
    withNotes.indexOf('Appendix: notes'),
  );
});
