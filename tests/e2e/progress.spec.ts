/**
 * Progress since the last assessment, as a rep uses it next quarter: two assessments of one
 * company on the device, compared from the library; the changes by function equal the difference
 * of the two results pages, on the page and in the PDF (pdftotext); and a comparison with a
 * hand-off file from an earlier question bank names what it left out.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { heading } from './support/journey';
import { downloadPdfText, hasTool } from './support/pdf';
import { discoveryQuestions } from '../../src/core/content/questions';
import { answersFor, importProspect } from './support/prospects';

const FUNCTIONS = ['Govern', 'Identify', 'Protect', 'Detect', 'Respond', 'Recover'];

/** The readiness of each function as the results page's table shows it. */
async function functionScores(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole('table', { name: 'Readiness by function' });
  const out: Record<string, number> = {};
  for (const name of FUNCTIONS) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    out[name] = Number((await row.getByRole('cell').first().textContent())?.trim());
  }
  return out;
}

test('two assessments of one company, compared from the library, on the page and in the PDF', async ({
  page,
}, info) => {
  test.slow();
  const discovery = { regulations: ['hipaa' as const], industry: 'healthcare' as const };
  await importProspect(
    page,
    info,
    'Harbor Dental',
    answersFor(discovery, { default: 1 }),
    '2026-09-01T09:00:00.000Z',
  );
  const then = await functionScores(page);
  await importProspect(
    page,
    info,
    'Harbor Dental',
    answersFor(discovery, { default: 1, protect: 3, respond: 2 }),
    '2026-12-01T09:00:00.000Z',
  );
  const now = await functionScores(page);
  expect(now.Protect).toBeGreaterThan(then.Protect!);

  await page.getByRole('button', { name: 'All assessments' }).click();
  await page
    .getByRole('button', { name: /^Compare Harbor Dental with the previous one/ })
    .first()
    .click();
  await expect(heading(page)).toHaveText('Your results: Harbor Dental');
  const panel = page.getByRole('region', { name: 'Progress since the last assessment' });
  const table = panel.getByRole('table', { name: 'Readiness then and now' });
  await expect(table).toBeVisible();
  for (const name of FUNCTIONS) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    const change = now[name]! - then[name]!;
    expect(cells.slice(0, 2)).toEqual([String(then[name]), String(now[name])]);
    expect(cells[2]).toContain(change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0');
  }
  await expect(panel.getByRole('table', { name: 'Answers that changed' })).toBeVisible();

  if (hasTool('pdftotext')) {
    const text = await downloadPdfText(page, info);
    expect(text).toContain('Progress since the last assessment');
    const protect = now.Protect! - then.Protect!;
    expect(text).toContain(`Protect ${then.Protect} ${now.Protect} +${protect}`);
  }

  await panel.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(panel.getByRole('table')).toHaveCount(0);
});

test('a comparison with last quarter’s file from an earlier question bank names what it left out', async ({
  page,
}, info) => {
  const fixture = JSON.parse(
    readFileSync('src/core/content/fixtures/2026.11.1/handoff.json', 'utf8'),
  ) as { assessment: { companyName: string; answers: { questionId: string; value: unknown }[] } };
  const company = fixture.assessment.companyName;
  // Today's assessment of the same company: its discovery answers, every practice at level 3.
  const ids = new Set(discoveryQuestions.map((q) => q.id));
  const answers = Object.fromEntries(
    fixture.assessment.answers
      .filter((a) => ids.has(a.questionId))
      .map((a) => [a.questionId, a.value]),
  );
  await importProspect(
    page,
    info,
    company,
    answersFor(answers as Parameters<typeof answersFor>[0], { default: 3 }),
    '2026-12-05T09:00:00.000Z',
  );
  const panel = page.getByRole('region', { name: 'Progress since the last assessment' });
  await panel
    .getByLabel('Compare with an earlier hand-off file')
    .setInputFiles('src/core/content/fixtures/2026.11.1/handoff.json');
  await expect(panel.getByRole('table', { name: 'Readiness then and now' })).toBeVisible();
  const leftOut = panel.getByRole('region', { name: 'Left out of the comparison' });
  await expect(leftOut).toBeVisible();
  await expect(leftOut.getByRole('listitem').first()).toContainText('version 2026.12.1');
  await expect(panel.getByText(/The questions changed between the two assessments/)).toBeVisible();
  // A file that is not a hand-off file is refused with the reason.
  await panel.getByRole('button', { name: 'Close the comparison' }).click();
  await panel.getByLabel('Compare with an earlier hand-off file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(panel.getByRole('alert')).toBeVisible();
});
