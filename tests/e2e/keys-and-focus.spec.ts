import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, answerByKeyboard, heading, startAssessment } from './support/journey';

test.beforeEach(() => test.slow());

const checkedCount = (page: Page) =>
  page
    .locator('fieldset input')
    .evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length);

test('an empty number field is marked invalid, names its message and takes focus', async ({
  page,
}) => {
  await page.goto('/');
  await startAssessment(page, 'Empty Field Co');
  await page.getByRole('button', { name: 'Next' }).click();
  const box = page.getByRole('textbox', { name: /^Number/ });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await box.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`#${describedBy}`)).toHaveText('Enter a whole number, e.g. 45.');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expectNoAxeViolations(page, 'question with an empty number field');
  await box.fill('12');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
});

test('number keys choose only from within the question, and can be turned off', async ({
  page,
}) => {
  await page.goto('/');
  await startAssessment(page, 'Keys Co');
  await answerByKeyboard(page, '1', '30');
  // Focus on an unrelated button (the header's): a digit does nothing.
  await page.getByRole('button', { name: 'All assessments' }).focus();
  await page.keyboard.press('2');
  expect(await checkedCount(page)).toBe(0);
  await expect(heading(page)).not.toHaveText('Assessments on this device');
  // From the question itself it chooses.
  await heading(page).focus();
  await page.keyboard.press('2');
  expect(await checkedCount(page)).toBe(1);
  await expect(page.locator('fieldset input').nth(1)).toBeChecked();
  // Turned off: digits do nothing, and the hint no longer offers them.
  const toggle = page.getByRole('button', { name: 'Number keys choose' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#keys-hint')).toHaveText('Keys: Enter next, Esc back.');
  await heading(page).focus();
  await page.keyboard.press('3');
  await expect(page.locator('fieldset input').nth(1)).toBeChecked();
  await expect(page.locator('fieldset input').nth(2)).not.toBeChecked();
  // The choice is kept for the next visit.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Number keys choose' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByRole('button', { name: 'Number keys choose' }).click();
  await expectNoAxeViolations(page, 'question with the number-keys toggle');
});

test('results: P acts only from the results, shortcuts can be turned off, the lead confirmation keeps focus, forced colours keep the choices visible', async ({
  page,
}) => {
  await page.goto('/');
  await startAssessment(page, 'Results Keys Ltd');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');

  // P from the header's button: nothing. From the results: presenter mode.
  await page.getByRole('button', { name: 'All assessments' }).focus();
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await heading(page).focus();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);

  // Turned off in the shortcuts list: P and ? do nothing; Esc still closes the list.
  await page.getByRole('button', { name: 'Shortcuts (?)' }).click();
  const single = page.getByRole('checkbox', { name: /Single-key shortcuts/ });
  await expect(single).toBeChecked();
  await expectNoAxeViolations(page, 'shortcuts list');
  await single.uncheck();
  await page.keyboard.press('Escape');
  await heading(page).focus();
  await page.keyboard.press('p');
  await page.keyboard.press('?');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Shortcuts (?)' }).click();
  await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
  await page.keyboard.press('Escape');

  // Windows High Contrast: the chosen time horizon and the progress stay visible.
  await page.emulateMedia({ forcedColors: 'active' });
  const segments = page.locator('.horizon label');
  await expect(segments).toHaveCount(3);
  const looks = await segments.evaluateAll((els) =>
    els.map((el) => ({
      selected: el.classList.contains('selected'),
      bg: getComputedStyle(el).backgroundColor,
      tick: el.querySelector('.tick') !== null,
    })),
  );
  const chosen = looks.filter((l) => l.selected);
  expect(chosen).toHaveLength(1);
  expect(chosen[0]?.tick).toBe(true);
  for (const other of looks.filter((l) => !l.selected)) {
    expect(other.bg).not.toBe(chosen[0]?.bg);
    expect(other.tick).toBe(false);
  }
  await page.emulateMedia({ forcedColors: 'none' });

  // The lead form: once sent, focus is on the confirmation, not lost on the page.
  await page.getByLabel('Your name').fill('Dana Reyes');
  await page.getByLabel('Work email').fill('dana@keys.example');
  await page.getByRole('checkbox', { name: /may contact me/ }).check();
  await page.waitForTimeout(3_100); // past the bots' minimum fill time
  await page.getByRole('button', { name: 'Send my details' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: /Your details/ });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toBeFocused();
  await expectNoAxeViolations(page, 'results after sending the lead form');
});

test('the progress bar shows in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/');
  await startAssessment(page, 'Contrast Mode Co');
  await answerByKeyboard(page, '1', '30');
  const fill = page.locator('.fill');
  const track = page.locator('.track');
  const [fillBg, trackBorder, trackBg] = await Promise.all([
    fill.evaluate((e) => getComputedStyle(e).backgroundColor),
    track.evaluate((e) => getComputedStyle(e).borderTopColor),
    track.evaluate((e) => getComputedStyle(e).backgroundColor),
  ]);
  expect(fillBg).not.toBe(trackBg);
  expect(trackBorder).not.toBe(trackBg);
  expect((await fill.boundingBox())!.width).toBeGreaterThan(0);
});
