import { expect, test, type Page } from '@playwright/test';
import { answerAllByKeyboard, answerByKeyboard, heading, startAssessment } from './support/journey';

// One unbroken word, as long as a company name may be (200 characters).
const LONG_NAME = 'Supercalifragilisticexpialidocious'.repeat(6).slice(0, 200);

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, client, wide } = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // The innermost elements that reach past the viewport, to say what to fix.
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > client + 0.5)
      .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > client + 0.5))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`);
    return { scroll: document.documentElement.scrollWidth, client, wide };
  });
  expect(
    scroll,
    `${where}: page width ${scroll} in a ${client} px viewport: ${wide.join(', ')}`,
  ).toBeLessThanOrEqual(client);
}

// WCAG 1.4.12: people may override text spacing; nothing may be cut off or scroll sideways.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

const cases = [
  { width: 320, spacing: false },
  { width: 320, spacing: true },
  { width: 390, spacing: false },
  { width: 1280, spacing: false },
];

for (const { width, spacing } of cases) {
  const label = `${width} px${spacing ? ' with wider text spacing' : ''}`;
  test(`a long unbroken company name wraps everywhere at ${label}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    if (spacing) {
      await page.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
        });
      }, TEXT_SPACING);
    }
    await page.goto('/');
    await startAssessment(page, LONG_NAME);
    await answerByKeyboard(page, '1', '30');
    await page.reload();
    await expect(page.getByText(/^Welcome back/)).toBeVisible();
    await expectNoSidewaysScroll(page, 'welcome back');
    await answerAllByKeyboard(page);
    await expectNoSidewaysScroll(page, 'review');
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(heading(page)).toContainText('Your results');
    await expect(page.getByRole('heading', { name: 'Recommended engagement' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'results');
    await page.getByRole('button', { name: 'All assessments' }).click();
    await expect(page.locator('#library-heading')).toBeVisible();
    await expectNoSidewaysScroll(page, 'library');
  });
}
