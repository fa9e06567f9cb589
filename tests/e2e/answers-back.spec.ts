import { expect, test } from '@playwright/test';
import { answerByKeyboard, heading, startAssessment } from './support/journey';

// Going back must always show the answer that is stored: a choice ticked (or the number typed)
// on every question answered, whatever the screen before it showed.
test('going back through every answered question shows each stored answer', async ({ page }) => {
  await page.goto('/');
  await startAssessment(page, 'Back Again Ltd');
  // Through discovery (single, multi and number questions) into the readiness practices.
  const digits = '1 3 1 1 5 2 4 1 6 2 3 3 1 2 5 1 1 4 2 6'.split(' ');
  const answered: { heading: string; digit: string; number: boolean }[] = [];
  for (const digit of digits) {
    const number = (await page.getByRole('textbox', { name: /^Number/ }).count()) > 0;
    // A short list of choices takes the last one it has.
    const choices = await page.locator('fieldset input').count();
    const pick = number ? digit : String(Math.min(Number(digit), choices));
    answered.push({ heading: await answerByKeyboard(page, pick, '25'), digit: pick, number });
  }
  await expect(page.locator('.refs')).toContainText('CSF');
  for (const step of [...answered].reverse()) {
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(heading(page)).toHaveText(step.heading);
    if (step.number) {
      await expect(page.getByRole('textbox', { name: /^Number/ })).toHaveValue('25');
      continue;
    }
    const inputs = page.locator('fieldset input');
    const box = inputs.nth(Number(step.digit) - 1);
    await expect(box, `${step.heading}: choice ${step.digit}`).toBeChecked();
    // Exactly the stored choices are ticked, and they look ticked.
    const checked = await inputs.evaluateAll(
      (els) => els.filter((el) => (el as HTMLInputElement).checked).length,
    );
    expect(checked, step.heading).toBeGreaterThanOrEqual(1);
    await expect(page.locator('label.selected')).toHaveCount(checked);
  }
});
