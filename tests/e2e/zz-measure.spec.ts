import { test } from '@playwright/test';
import { answersFor, importProspect } from './support/prospects';

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`measure presenter ${size.width}`, async ({ page }, info) => {
    await page.setViewportSize(size);
    await importProspect(
      page,
      info,
      'Measure Clinic',
      answersFor({ regulations: ['hipaa'], industry: 'healthcare', itSupport: 'internal-and-msp' }, { default: 2, 'it-strategy': 1 }),
    );
    await page.getByRole('button', { name: 'Present the results' }).click();
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(400);
      const m = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent,
        scroll: document.documentElement.scrollHeight,
        inner: innerHeight,
      }));
      console.log(size.width, JSON.stringify(m));
      await page.screenshot({ path: `/tmp/pres-${size.width}-${i}.png` });
      await page.keyboard.press('ArrowRight');
    }
  });
}
