import { expect, type Page } from '@playwright/test';

export const REVIEW_HEADING = 'Review your answers';

/** The question heading currently shown (the page's h1). */
export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/**
 * Answers the question on screen with the keyboard alone, as the screen's hints say: digits pick
 * a choice, a number is typed, Enter goes on. Returns the heading that was answered.
 */
export async function answerByKeyboard(page: Page, digit = '2', number = '40'): Promise<string> {
  const h1 = heading(page);
  const text = (await h1.textContent()) ?? '';
  const numberBox = page.getByRole('textbox', { name: /^Number/ });
  if (await numberBox.count()) {
    await numberBox.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(number);
  } else {
    await page.keyboard.press(digit);
  }
  await page.keyboard.press('Enter');
  await expect(h1).not.toHaveText(text);
  return text;
}

/** Starts a new assessment from the welcome screen, typing the company name. */
export async function startAssessment(page: Page, company: string): Promise<void> {
  await page.getByRole('textbox', { name: /Company name/ }).fill(company);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(heading(page)).toContainText('How many people');
}

/** Answers every question until the review screen, by keyboard. */
export async function answerAllByKeyboard(page: Page, digit = '2', number = '40'): Promise<number> {
  let count = 0;
  for (; count < 80; count++) {
    if ((await heading(page).textContent()) === REVIEW_HEADING) return count;
    await answerByKeyboard(page, digit, number);
  }
  throw new Error('The questionnaire never reached the review screen.');
}
