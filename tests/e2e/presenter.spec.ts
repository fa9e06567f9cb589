import { expect, test, type Page } from '@playwright/test';
import { demoConfig } from '../../src/core/config';
import { computeOutcome } from '../../src/core/outcome';
import { presenterOutline, presenterSteps } from '../../src/flow/presenter-steps';
import { libraryText } from '../../src/ui/messages/library';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';
import { answersFor, importProspect } from './support/prospects';

test.beforeEach(() => test.slow());

async function resultsByKeyboard(page: Page): Promise<void> {
  await page.goto('/');
  await startAssessment(page, 'Projector Partners');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toContainText('Your results');
}

/** The presenter's step heading: "Step n of m: name", focused. */
const stepHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /^Step \d+ of \d+: / });

const step = (page: Page, n: number, name: string | RegExp) =>
  expect(
    page.getByRole('heading', {
      level: 1,
      name: typeof name === 'string' ? new RegExp(`^Step ${n} of \\d+: ${name}$`) : name,
    }),
  ).toBeFocused();

/** Where the presenter is: the step number, how many there are, and the step's name. */
async function where(page: Page): Promise<{ n: number; of: number; name: string }> {
  const text = (await stepHeading(page).textContent()) ?? '';
  const m = /^Step (\d+) of (\d+): (.+)$/.exec(text.trim());
  if (!m) throw new Error(`not a step heading: ${text}`);
  return { n: Number(m[1]), of: Number(m[2]), name: m[3]! };
}

test('presenter mode by keyboard alone: reveal step by step, shortcuts overlay, exit', async ({
  page,
}) => {
  await resultsByKeyboard(page);

  await page.keyboard.press('p');
  await step(page, 1, 'Readiness scores');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.getByRole('heading', { name: 'Security readiness' })).toBeVisible();
  // Nothing of the later steps yet: the recommendation and the costs are revealed in turn.
  await expect(page.getByRole('img', { name: /cumulative cost/ })).toHaveCount(0);
  // The recommendation waits for its own step; no header, lead form or notices meanwhile.
  await expect(page.getByText('Recommended engagement', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'All assessments' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Work email' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'presenter, scores');

  const { of: count } = await where(page);

  await page.keyboard.press('ArrowRight');
  await step(page, 2, 'Readiness by function');
  await expect(page.getByRole('heading', { name: 'Security readiness' })).toHaveCount(0);

  // The verdict on its own step, before the reasons.
  await page.keyboard.press(' ');
  await step(page, 3, 'Recommended engagement');
  await expect(page.getByText('Our recommendation', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await step(page, 4, /^Step 4 of \d+: Why we recommend this/);

  // On to the costs, a step at a time.
  for (let i = 0; i < count && (await where(page)).name !== 'What it costs'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(stepHeading(page)).toHaveText(/: What it costs$/);
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.getByRole('img', { name: /cumulative cost/ })).toBeVisible();
  // No clutter: the figures without the assumptions form.
  await expect(page.getByRole('heading', { name: 'Your assumptions' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'presenter, costs');

  const last = new RegExp(`^Step ${count} of ${count}: The first 90 days`);
  await page.keyboard.press('End');
  await step(page, count, last);
  await page.keyboard.press('ArrowRight'); // already last: stays
  await step(page, count, last);
  await page.keyboard.press('Home');
  await step(page, 1, 'Readiness scores');
  await page.keyboard.press('PageDown');
  await step(page, 2, 'Readiness by function');
  await page.keyboard.press('ArrowLeft');
  await step(page, 1, 'Readiness scores');

  // The ? overlay lists the shortcuts; Esc closes it and leaves presenter mode on.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Next step/ })).toContainText('→');
  await expectNoAxeViolations(page, 'shortcuts overlay');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /^Step 1 of \d+/ })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(heading(page)).toContainText('Your results');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(page.getByRole('button', { name: 'Present the results' })).toBeFocused();
  // Typing in a field is never taken for a shortcut.
  const salary = page.getByLabel('CISO base salary');
  await salary.focus();
  await page.keyboard.press('p');
  await expect(heading(page)).toContainText('Your results');
});

test('@phone presenter mode fits a phone and its buttons work by touch', async ({ page }) => {
  await resultsByKeyboard(page);
  await page.getByRole('button', { name: 'Present the results' }).click();
  await step(page, 1, 'Readiness scores');
  await page.getByRole('button', { name: 'Next →' }).click();
  await step(page, 2, 'Readiness by function');
  await page.getByRole('button', { name: 'Next →' }).click();
  await step(page, 3, 'Recommended engagement');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(heading(page)).toContainText('Your results');
});

// A prospect with much to say: a HIPAA clinic with co-managed IT, low levels, an insurer asking
// for evidence and a past incident: many reasons and warnings, and a full 90-day plan.
const clinic = answersFor(
  {
    employees: 60,
    industry: 'healthcare',
    regulations: ['hipaa'],
    customerDemands: 'questionnaires',
    cyberInsurance: 'evidence-requested',
    incident: 'past-24-months',
    itSupport: 'internal-and-msp',
    securityLeadership: 'it-generalist',
  },
  { default: 1 },
);

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`every presenter step fits ${size.width}×${size.height} without scrolling; the verdict shows the model and headline`, async ({
    page,
  }, info) => {
    const outcome = computeOutcome(clinic, null, demoConfig, null);
    if (outcome.kind !== 'ok') throw new Error(outcome.message);
    const rec = outcome.result.recommendation;
    const steps = presenterSteps(presenterOutline(outcome.result, null));
    // Long enough to be split: the reasons over several steps, warnings, a plan in three phases.
    const kinds = steps.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'reasons').length).toBeGreaterThan(1);
    expect(kinds).toContain('warnings');
    expect(kinds.filter((k) => k === 'plan').length).toBeGreaterThanOrEqual(3);

    await page.setViewportSize(size);
    await importProspect(page, info, 'Harbor Family Clinic', clinic);
    // The results page's headline is the one the verdict step shows.
    const hero = page.getByRole('region', { name: 'Recommended engagement' });
    await expect(hero.getByText(rec.headline, { exact: true })).toBeVisible();

    await page.keyboard.press('p');
    await expect(stepHeading(page)).toBeFocused();
    const seen: string[] = [];
    for (let i = 1; i <= steps.length; i++) {
      const at = await where(page);
      expect(at).toMatchObject({ n: i, of: steps.length });
      seen.push(at.name);
      await expect(stepHeading(page)).toBeFocused();
      // Charts draw after the heading: measure once the page has settled.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const fit = await page.evaluate(() => {
        const doc = document.documentElement;
        const bar = document
          .querySelector('nav[aria-label="Presenter mode"]')!
          .getBoundingClientRect();
        return {
          scrollHeight: doc.scrollHeight,
          scrollWidth: doc.scrollWidth,
          barTop: bar.top,
          barBottom: bar.bottom,
        };
      });
      const where_ = `${size.width}×${size.height}, step ${i}: ${at.name}`;
      expect.soft(fit.scrollHeight, where_).toBeLessThanOrEqual(size.height);
      expect.soft(fit.scrollWidth, where_).toBeLessThanOrEqual(size.width);
      expect.soft(fit.barTop, where_).toBeGreaterThanOrEqual(0);
      expect.soft(fit.barBottom, where_).toBeLessThanOrEqual(size.height);
      if (steps[i - 1]!.kind === 'verdict') {
        await expect(
          page.getByRole('heading', { level: 2, name: libraryText.models[rec.model] }),
        ).toBeVisible();
        await expect(page.getByText(rec.headline, { exact: true })).toBeVisible();
        if (size.width === 1024) await page.screenshot({ path: info.outputPath('verdict.png') });
      }
      if (size.width === 1024 && /\(2 of \d+\)$/.test(at.name)) {
        await page.screenshot({ path: info.outputPath(`step-${i}.png`) });
      }
      await page.keyboard.press('ArrowRight');
    }
    // Every part named, in order: the verdict before the reasons, the plan by phase.
    expect(seen.indexOf('Recommended engagement')).toBe(
      seen.findIndex((n) => n.startsWith('Why')) - 1,
    );
    expect(seen).toContain('The first 90 days: Days 1–30');
    // Past the last step, →  stays.
    await expect(stepHeading(page)).toHaveText(
      new RegExp(`^Step ${steps.length} of ${steps.length}: `),
    );
  });
}
