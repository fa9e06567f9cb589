import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';

test.beforeEach(() => test.slow());

test('scenario B: a second set of assumptions on the same chart, side by side, kept, in the PDF', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await startAssessment(page, 'Two Scenarios LLC');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');
  const chart = page.getByRole('img', { name: /^Line chart of cumulative cost/ });
  await expect(chart).not.toHaveAttribute('aria-label', /\(B\)/);

  await page.getByRole('button', { name: 'Compare a scenario B' }).click();
  const table = page.getByRole('table', { name: /^Scenario A and B/ });
  await expect(table).toBeVisible();
  await expect(page.getByText('B has the same figures as A: change one to compare.')).toBeVisible();
  // "2" everywhere is a full-time verdict: B draws both lines again, the vCISO retainer beside it.
  await expect(chart).toHaveAttribute('aria-label', /vCISO retainer, for comparison \(B\)/);

  // B's own fields are named apart from A's.
  const retainerB = page.getByLabel('Scenario B: vCISO monthly retainer');
  await retainerB.fill('9000');
  await expect(page.getByText('B differs in: vCISO monthly retainer.')).toBeVisible();
  const vcisoRow = table.getByRole('row', { name: /^Recommended engagement/ });
  await expect(vcisoRow.getByRole('cell').nth(2)).toHaveText(/^\+\$/);
  // A is untouched.
  await expect(page.getByLabel(/^vCISO monthly retainer/)).not.toHaveValue('9,000');
  await expectNoAxeViolations(page, 'results with scenario B');

  // Kept with the assessment.
  await page.reload();
  await expect(page.getByText('B differs in: vCISO monthly retainer.')).toBeVisible();
  await expect(page.getByLabel('Scenario B: vCISO monthly retainer')).toHaveValue(/9,?000/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the PDF report' }).click();
  const file = testInfo.outputPath('scenario.pdf');
  await (await downloading).saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Scenario B differs in: vCISO monthly retainer $9,000');

  await page.getByRole('button', { name: 'Remove scenario B' }).click();
  await expect(table).toHaveCount(0);
  await expect(chart).not.toHaveAttribute('aria-label', /\(B\)/);
});
