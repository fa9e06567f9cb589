import { expect, test } from '@playwright/test';
import {
  REVIEW_HEADING,
  answerAllByKeyboard,
  answerByKeyboard,
  heading,
  startAssessment,
} from './support/journey';

// Discovery after the head count: healthcare, HIPAA, questionnaires, basic insurance, no
// incident, an MSP, an IT generalist, a cloud migration, no full-time mandate.
const DISCOVERY_KEYS = ['1', '1', '2', '2', '1', '3', '2', '1', '1'];

// An 80-person firm whose recommendation includes a fractional CIO (below 25 staff an IT-strategy
// gap gets strategy reviews instead): the cost tables get their fourth column, and the retainer
// is the MSP's 76–250 staff tier, not the published 25–75 staff default.
test.describe('cost section for a small firm with a fractional CIO', () => {
  test('fits a phone over five years, and the retainer cites the price actually used', async ({
    page,
  }, info) => {
    info.setTimeout(180_000);
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto('/');
    await startAssessment(page, 'Eighty Person Co');
    await answerByKeyboard(page, '1', '80');
    for (const key of DISCOVERY_KEYS) await answerByKeyboard(page, key);
    // Every practice "ad hoc": IT strategy scores 25, an IT-strategy gap.
    while ((await heading(page).textContent()) !== REVIEW_HEADING)
      await answerByKeyboard(page, '2');
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(heading(page)).toContainText('Your results: Eighty Person Co');

    const byYear = page.getByRole('table', { name: /end of each year/ });
    await expect(
      byYear.getByRole('columnheader', { name: 'vCISO retainer and fractional CIO' }),
    ).toBeVisible();
    // The fractional CIO's part is named in the totals, not in a column of its own.
    await expect(page.getByRole('table', { name: /^Totals over/ })).toContainText(
      /\$[\d,]+ fractional CIO/,
    );
    await page.getByRole('radio', { name: '5 years' }).check();
    await expect(byYear.getByRole('row')).toHaveCount(6);

    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (el) => el.getBoundingClientRect().right > width + 0.5,
      );
      return {
        page: document.documentElement.scrollWidth - width,
        elements: wide.map((el) => el.tagName).slice(0, 5),
      };
    });
    expect(overflow).toEqual({ page: 0, elements: [] });

    // $8,250 is the 76–250 staff tier; "25–75 staff: $4,000–$6,500" would not describe it.
    const retainer = page.getByLabel('vCISO monthly retainer');
    await expect(retainer).toHaveValue('8,250');
    const field = page.locator('div', { has: retainer }).last();
    await expect(field).not.toContainText('25–75 staff');
    await expect(field).toContainText('Northwind Managed IT’s price for a business of your size');
  });

  test('beside a full-time recommendation the full-time line is the one priced, and a vCISO retainer the comparison', async ({
    page,
  }, info) => {
    info.setTimeout(180_000);
    await page.goto('/');
    await startAssessment(page, 'Mandated Co');
    // "2" everywhere includes "yes" to a mandate for a dedicated executive.
    await answerAllByKeyboard(page, '2', '40');
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByText('Hire a full-time CISO').first()).toBeVisible();
    const costs = page.getByRole('region', { name: /^Cost over/ });
    await expect(costs).toContainText('A full-time CISO costs');
    await expect(costs).toContainText(
      /A vCISO retainer for your size would cost .* as interim cover/,
    );
    // A mandate makes the hire realistic at any size, so the comparison is on by default.
    await expect(
      costs.getByRole('checkbox', { name: /^Compare with hiring a full-time CISO/ }),
    ).toBeChecked();
    const totals = page.getByRole('table', { name: /^Totals over/ });
    await expect(
      totals.getByRole('rowheader', { name: /^Full-time CISO( and CIO)? \(recommended\)/ }),
    ).toBeVisible();
    await expect(
      totals.getByRole('rowheader', { name: /^vCISO retainer, for comparison/ }),
    ).toBeVisible();
  });
});
