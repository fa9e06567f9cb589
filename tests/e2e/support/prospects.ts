/**
 * Prospects written with the app's own core and brought in as hand-off files: a quick way to
 * reach a results page with known answers, as a rep importing last quarter's file would.
 */
import { writeFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { applicableQuestions } from '../../../src/core/content/questions';
import { buildHandoffFile } from '../../../src/core/handoff';
import type {
  AnswerValue,
  Answers,
  DiscoveryAnswers,
  Domain,
  ReadinessAnswer,
} from '../../../src/core/types';
import { heading } from './journey';

export const baseDiscovery: DiscoveryAnswers = {
  employees: 40,
  industry: 'professional-services',
  regulations: [],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'none',
  initiatives: [],
  dedicatedMandate: 'no',
};

/** Discovery as given, every applicable practice at its domain's level (or the default). */
export function answersFor(
  d: Partial<DiscoveryAnswers>,
  levels: Partial<Record<Domain | 'default', ReadinessAnswer>>,
): Answers {
  const a: Record<string, AnswerValue> = { ...baseDiscovery, ...d } as Record<string, AnswerValue>;
  for (const q of applicableQuestions(a)) {
    if (q.section === 'readiness') a[q.id] = levels[q.domain] ?? levels.default ?? 2;
  }
  return a;
}

/** Writes the prospect as a hand-off file in the test's output folder; returns its path. */
export function writeProspect(
  info: TestInfo,
  name: string,
  answers: Answers,
  createdAt = '2026-12-06T09:00:00.000Z',
): string {
  const file = info.outputPath(`${name.replace(/\W+/g, '-')}-${createdAt.slice(0, 10)}.json`);
  const handoff = buildHandoffFile(
    { companyName: name, createdAt, answers, notes: {}, assumptions: null },
    createdAt,
  );
  writeFileSync(file, JSON.stringify(handoff));
  return file;
}

/** Imports the prospect on the welcome screen and waits for its results. */
export async function importProspect(
  page: Page,
  info: TestInfo,
  name: string,
  answers: Answers,
  createdAt?: string,
): Promise<void> {
  const file = writeProspect(info, name, answers, createdAt);
  await page.goto('/');
  // The page reopens the assessment last worked on: back to the list first.
  const importField = page.getByLabel('Import a hand-off file');
  const close = page.getByRole('button', { name: 'All assessments' });
  await expect(importField.or(close)).toBeVisible();
  if (await close.isVisible()) await close.click();
  await importField.setInputFiles(file);
  await expect(heading(page)).toHaveText(`Your results: ${name}`);
}
