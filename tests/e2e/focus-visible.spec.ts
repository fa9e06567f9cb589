import { expect, test, type Page } from '@playwright/test';
import { tabAndMeasure } from './support/focus';
import { answerAllByKeyboard, heading, startAssessment } from './support/journey';

test.beforeEach(() => test.slow());

async function toReview(page: Page): Promise<void> {
  await page.goto('/');
  await startAssessment(page, 'Sticky Bars Ltd');
  await answerAllByKeyboard(page);
}

async function tabThroughReview(page: Page): Promise<void> {
  await toReview(page);
  await page.getByRole('textbox', { name: /Company name/ }).focus();
  const obscured = await tabAndMeasure(page, 120);
  test.info().annotations.push({
    type: 'obscured focus stops',
    description: `review: ${obscured.length} partly, ${obscured.filter((o) => o.covered > 0.99).length} wholly`,
  });
  expect(obscured).toEqual([]);
}

test('no focused answer or Edit button is hidden by the review screen’s sticky bar', async ({
  page,
}) => {
  await tabThroughReview(page);
});

test('no focused answer or Edit button is hidden by the sticky bar on a phone @phone', async ({
  page,
}) => {
  await tabThroughReview(page);
});

test('no focused control in the what-if lists is hidden by its sticky status', async ({ page }) => {
  await toReview(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');
  const whatIf = page.getByRole('heading', { name: /What if/i });
  await whatIf.scrollIntoViewIfNeeded();
  await page.locator('#whatif-heading').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  const obscured = await tabAndMeasure(page, 80);
  test.info().annotations.push({
    type: 'obscured focus stops',
    description: `results: ${obscured.length} partly, ${obscured.filter((o) => o.covered > 0.99).length} wholly`,
  });
  expect(obscured).toEqual([]);
});
