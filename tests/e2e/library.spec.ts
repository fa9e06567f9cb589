import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { answerAllByKeyboard, answerByKeyboard, heading, startAssessment } from './support/journey';

/** Starts an assessment, answers `answers` questions and goes back to the library. */
async function addAssessment(page: Page, company: string, answers: number): Promise<void> {
  await startAssessment(page, company);
  for (let i = 0; i < answers; i++) await answerByKeyboard(page, '2', '45');
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('heading', { name: company, exact: true })).toBeVisible();
}

const library = (page: Page) => page.getByRole('list').filter({ has: page.getByRole('heading') });
const names = (page: Page) => library(page).getByRole('heading', { level: 3 }).allTextContents();

test('a rep keeps several prospects: list, search, sort, rename, note, duplicate, delete and undo', async ({
  page,
}) => {
  await page.goto('/');
  await addAssessment(page, 'Harbor Dental', 3);
  await addAssessment(page, 'Acme Logistics', 1);
  await addAssessment(page, 'Zenith Clinic', 2);

  await expect(page.getByRole('heading', { name: 'Assessments on this device (3)' })).toBeVisible();
  // Newest change first by default.
  await expect
    .poll(() => names(page))
    .toEqual(['Zenith Clinic', 'Acme Logistics', 'Harbor Dental']);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Harbor Dental' }).getByText('3 of'),
  ).toBeVisible();
  // The browser was asked to keep the library, and the page says what it answered.
  await expect(
    page.getByText(/This browser (has agreed|has not promised|cannot be asked)/),
  ).toBeVisible();

  await page.getByLabel('Sort by').selectOption({ label: 'Company (A–Z)' });
  await expect
    .poll(() => names(page))
    .toEqual(['Acme Logistics', 'Harbor Dental', 'Zenith Clinic']);
  await page.getByLabel('Sort by').selectOption({ label: 'Progress (least complete first)' });
  await expect
    .poll(() => names(page))
    .toEqual(['Acme Logistics', 'Zenith Clinic', 'Harbor Dental']);

  await page.getByRole('searchbox', { name: 'Search by company or note' }).fill('clinic');
  await expect.poll(() => names(page)).toEqual(['Zenith Clinic']);
  await page.getByRole('searchbox', { name: 'Search by company or note' }).fill('');

  // Rename by keyboard: the field takes focus, Enter saves.
  await page.getByRole('button', { name: 'Rename Acme Logistics' }).click();
  const newName = page.getByRole('textbox', { name: 'New company name' });
  await expect(newName).toBeFocused();
  await newName.fill('Acme Freight');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Renamed to “Acme Freight”.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename Acme Freight' })).toBeFocused();

  // A note on the assessment, found by search.
  await page.getByRole('button', { name: 'Note on Harbor Dental' }).click();
  await page.getByRole('textbox', { name: 'Note on this assessment' }).fill('Renewal due in March');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Renewal due in March')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by company or note' }).fill('renewal');
  await expect.poll(() => names(page)).toEqual(['Harbor Dental']);
  await page.getByRole('searchbox', { name: 'Search by company or note' }).fill('');

  // Duplicate: a scenario for the same prospect, with the same answers.
  await page.getByRole('button', { name: 'Duplicate Harbor Dental' }).click();
  await expect(page.getByText('Copy made: “Harbor Dental (copy)”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Assessments on this device (4)' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Harbor Dental (copy)' }).getByText('3 of'),
  ).toBeVisible();

  // Delete, then undo: it comes back with everything.
  await page.getByRole('button', { name: 'Delete Zenith Clinic' }).click();
  await expect(page.getByRole('heading', { name: 'Zenith Clinic' })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo deleting Zenith Clinic' });
  await expect(undo).toBeFocused();
  await expectNoAxeViolations(page, 'library with the undo bar');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Zenith Clinic' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Zenith Clinic' }).getByText('2 of'),
  ).toBeVisible();

  // Delete for good: the undo window waits while the offer has focus (WCAG 2.2.1); once the
  // keyboard and the pointer leave it, it runs out and the assessment is gone, also after a
  // reload.
  await page.getByRole('button', { name: 'Delete Harbor Dental (copy)' }).click();
  await expect(page.getByRole('button', { name: /^Undo deleting/ })).toBeFocused();
  await page.waitForTimeout(9_000);
  await expect(page.getByRole('button', { name: /^Undo deleting/ })).toBeVisible();
  await page.mouse.move(5, 5);
  await page.getByRole('searchbox', { name: 'Search by company or note' }).focus();
  await expect(page.getByRole('button', { name: /^Undo deleting/ })).toHaveCount(0, {
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Assessments on this device (3)' })).toBeVisible();
  expect((await names(page)).sort()).toEqual(['Acme Freight', 'Harbor Dental', 'Zenith Clinic']);
  await expect(page.getByText('Renewal due in March')).toBeVisible();

  // Open one: it resumes where it was left.
  await page.getByRole('button', { name: 'Open Acme Freight' }).click();
  await expect(heading(page)).not.toHaveText('');
  await expect(page.getByRole('button', { name: 'All assessments' })).toBeVisible();
});

test('a deletion whose tab closed inside the undo window is offered again', async ({ page }) => {
  await page.goto('/');
  await addAssessment(page, 'Keep Me Inc', 1);
  await addAssessment(page, 'Oops Corp', 1);
  await page.getByRole('button', { name: 'Delete Oops Corp' }).click();
  await expect(page.getByRole('button', { name: 'Undo deleting Oops Corp' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Undo deleting Oops Corp' }).click();
  await expect(page.getByRole('heading', { name: 'Oops Corp' })).toBeVisible();
});

test('the library passes axe with a finished assessment, light and dark', async ({ page }) => {
  await page.goto('/');
  await startAssessment(page, 'Scored Co');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'All assessments' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Scored Co' });
  await expect(card.getByText(/^Gap \d+ \/ 100$/)).toBeVisible();
  await expectNoAxeViolations(page, 'library, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'library, dark');
});

test('two deletes in a row are both undone by one Undo, and focus never gets lost', async ({
  page,
}) => {
  await page.goto('/');
  await addAssessment(page, 'Alpha Dental', 1);
  await addAssessment(page, 'Beta Law', 1);
  await addAssessment(page, 'Gamma Clinic', 1);
  await page.getByLabel('Sort by').selectOption({ label: 'Company (A–Z)' });

  // A rename that moves the card in the sorted list keeps the keyboard on that card.
  await page.getByRole('button', { name: 'Rename Alpha Dental' }).click();
  await page.getByRole('textbox', { name: 'New company name' }).fill('Zulu Dental');
  await page.keyboard.press('Enter');
  // The rename is written first (an I/O actor), then the list re-sorts.
  await expect.poll(() => names(page)).toEqual(['Beta Law', 'Gamma Clinic', 'Zulu Dental']);
  await expect(page.getByRole('button', { name: 'Rename Zulu Dental' })).toBeFocused();

  await page.getByRole('button', { name: 'Delete Beta Law' }).click();
  await expect(page.getByRole('button', { name: 'Undo deleting Beta Law' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete Gamma Clinic' }).click();
  const undo = page.getByRole('button', { name: 'Undo deleting Beta Law, Gamma Clinic' });
  await expect(undo).toBeFocused();
  await expect(page.getByText('Deleted 2 assessments')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Assessments on this device (3)' })).toBeVisible();
  // The bar is gone; the keyboard is on the page's heading, not lost on the body.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // The sort chosen earlier is kept after opening an assessment and coming back.
  await page.getByRole('button', { name: 'Open Beta Law' }).click();
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByLabel('Sort by')).toHaveValue('company');
  // And after a reload: the list comes back in the order the rep left it.
  const byCompany = await names(page);
  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('company');
  await expect.poll(() => names(page)).toEqual(byCompany);
});
