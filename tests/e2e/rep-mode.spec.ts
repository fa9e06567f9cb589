/**
 * Two audiences. A prospect on the standalone page sees no rep tool until the switch is turned on;
 * the switch is kept on this device, through a reload. (The widget, where they are hidden, is
 * checked along its whole journey in embed.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { NO_STATE } from './support/rep-tools';
import { answersFor, importProspect } from './support/prospects';

test.use({ storageState: NO_STATE });

test('the rep switch shows every rep tool and survives a reload', async ({ page }, info) => {
  await page.goto('/');
  const welcome = page.getByRole('heading', { level: 1 });
  await expect(welcome).toHaveText(/vCISO/);
  await expect(page.getByLabel('Import a hand-off file')).toHaveCount(0);
  const toggle = page.getByRole('switch', { name: 'Sales rep tools' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByLabel('Import a hand-off file')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Sales rep tools' })).toBeChecked();

  await importProspect(page, info, 'Rep Clinic', answersFor({}, { default: 2 }));
  for (const name of [
    'Present the results',
    'Shortcuts (?)',
    'Export hand-off file',
    'Copy share link',
    'All assessments',
  ]) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  await expect(
    page.getByRole('region', { name: 'Progress since the last assessment' }),
  ).toBeVisible();

  // Off again: the same results, without the tools.
  await page.getByRole('switch', { name: 'Sales rep tools' }).uncheck();
  for (const name of ['Present the results', 'Export hand-off file', 'All assessments']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'Readiness by function' })).toBeVisible();
  // P does nothing for a prospect.
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Presenter mode' })).toHaveCount(0);
});
