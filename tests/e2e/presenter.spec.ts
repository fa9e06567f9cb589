import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';

test.beforeEach(() => test.slow());

async function resultsByKeyboard(page: Page): Promise<void> {
  await page.goto('/');
  await startAssessment(page, 'Projector Partners');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toContainText('Your results');
}

const step = (page: Page, n: number, name: string) =>
  expect(page.getByRole('heading', { level: 1, name: `Step ${n} of 4: ${name}` })).toBeFocused();

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

  await page.keyboard.press('ArrowRight');
  await step(page, 2, 'Recommended engagement');
  await expect(page.getByRole('heading', { name: 'Security readiness' })).toHaveCount(0);

  await page.keyboard.press(' ');
  await step(page, 3, 'What it costs');
  await expect(page.getByRole('img', { name: /cumulative cost/ })).toBeVisible();
  // No clutter: the figures without the assumptions form.
  await expect(page.getByRole('heading', { name: 'Your assumptions' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'presenter, costs');

  await page.keyboard.press('End');
  await step(page, 4, 'The first 90 days');
  await page.keyboard.press('ArrowRight'); // already last: stays
  await step(page, 4, 'The first 90 days');
  await page.keyboard.press('Home');
  await step(page, 1, 'Readiness scores');
  await page.keyboard.press('PageDown');
  await step(page, 2, 'Recommended engagement');
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
  await expect(page.getByRole('heading', { level: 1, name: /^Step 1 of 4/ })).toBeVisible();

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
  await step(page, 2, 'Recommended engagement');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(heading(page)).toContainText('Your results');
});
