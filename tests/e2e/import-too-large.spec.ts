import { expect, test } from '@playwright/test';
import { buildHandoffFile } from '../../src/core/handoff';
import { questions } from '../../src/core/content/questions';
import { expectNoAxeViolations } from './support/axe';
import { heading } from './support/journey';

const discovery = {
  employees: 40,
  industry: 'healthcare',
  regulations: ['hipaa'],
  customerDemands: 'questionnaires',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'it-generalist',
  initiatives: [],
  dedicatedMandate: 'no',
};

function handoffBuffer(companyName: string, noteChars: number): Buffer {
  // Three-byte characters: 40 notes of 10,000 each are valid, yet over a stored record's limit.
  const notes = Object.fromEntries(
    questions.slice(0, 40).map((q) => [q.id, '記'.repeat(noteChars)]),
  );
  const file = buildHandoffFile(
    {
      companyName,
      createdAt: '2026-11-20T09:00:00.000Z',
      answers: discovery,
      notes,
      assumptions: null,
    },
    '2026-11-21T09:00:00.000Z',
  );
  return Buffer.from(JSON.stringify(file));
}

test('a valid hand-off file too large to keep is refused for its size, and the notice goes with the next import', async ({
  page,
}) => {
  await page.goto('/');
  const picker = page.getByLabel('Import a hand-off file');
  // The picker is a comfortable target (2.5.8: at least 24 by 24 px).
  const box = (await picker.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);

  await picker.setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: handoffBuffer('Bulky Co', 10_000),
  });
  const notice = page.getByText(/too large to keep as one assessment/);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Nothing was imported');
  await expect(page.getByText(/could not be saved on this device/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'welcome after a refused import');

  await page.getByLabel('Import a hand-off file').setInputFiles({
    name: 'small.json',
    mimeType: 'application/json',
    buffer: handoffBuffer('Small Co', 10),
  });
  await expect(heading(page)).toHaveText('Your results: Small Co');
  await expect(page.getByText(/was imported from the hand-off file/)).toBeVisible();
  await expect(page.getByText(/too large to keep/)).toHaveCount(0);
});
