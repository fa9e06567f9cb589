import { expect, test } from '@playwright/test';
import { inlineScriptHashes } from '../../tools/prerender/csp-hash';
import { APP_SCRIPT, FLOW_SCRIPT, holdBack, rewritePage } from './support/hold';
import { expectNoAxeViolations } from './support/axe';
import {
  answerAllByKeyboard,
  answerByKeyboard,
  heading,
  REVIEW_HEADING,
  startAssessment,
} from './support/journey';

test('a full journey by keyboard alone reaches the results', async ({ page }) => {
  await page.goto('/');
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /Company name/ })).toBeFocused();
  await page.keyboard.type('Keyboard Dental');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toContainText('How many people');
  await expect(heading(page)).toBeFocused();

  const answered = await answerAllByKeyboard(page);
  expect(answered).toBeGreaterThan(30);
  await expect(heading(page)).toHaveText(REVIEW_HEADING);

  // Tab to the results button, as a keyboard user would.
  const seeResults = page.getByRole('button', { name: 'See my results' });
  for (
    let i = 0;
    i < 200 && !(await seeResults.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(seeResults).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toContainText('Your results: Keyboard Dental');
  await expect(page.getByRole('heading', { name: 'Recommended engagement' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Readiness by function' })).toBeVisible();
});

test('Escape goes back, and a required question will not let you skip it', async ({ page }) => {
  await page.goto('/');
  await startAssessment(page, 'Back Co');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Enter a whole number');
  await expect(heading(page)).toContainText('How many people');
  await answerByKeyboard(page, '1', '12');
  await expect(heading(page)).toContainText('industry');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toContainText('How many people');
  await expect(page.getByRole('textbox', { name: /^Number/ })).toHaveValue('12');
});

test('bad numbers get a clear message and what was typed stays', async ({ page }) => {
  await page.goto('/');
  await startAssessment(page, 'Numbers Inc');
  const box = page.getByRole('textbox', { name: /^Number/ });
  for (const [typed, message] of [
    ['0', /at least 1/],
    ['-5', /./],
    ['ten', /number/i],
    ['1e309', /./],
    ['2.5', /whole/i],
  ] as const) {
    await box.fill(typed);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(box).toHaveValue(typed);
  }
  await box.fill('1,250');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a reload lands on the same question with every answer intact', async ({ page }) => {
  await page.goto('/');
  await startAssessment(page, 'Reload LLC');
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) seen.push(await answerByKeyboard(page, '3', '55'));
  const where = await heading(page).textContent();
  // Every answer is written within 300 ms; give it that long and no more.
  await page.waitForTimeout(300);
  await page.reload();
  await expect(heading(page)).toHaveText(where ?? '');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText(seen[3] ?? '');
  await expect(
    page
      .getByRole('radio', { checked: true })
      .or(page.getByRole('checkbox', { checked: true }))
      .first(),
  ).toBeVisible();

  // Further in: reload on a readiness question, then on the review screen.
  for (let i = 0; i < 12; i++) await answerByKeyboard(page, '3', '55');
  const deeper = await heading(page).textContent();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(heading(page)).toHaveText(deeper ?? '');
  await page.getByRole('button', { name: 'Review answers' }).click();
  await expect(heading(page)).toHaveText(REVIEW_HEADING);
  await page.waitForTimeout(300);
  await page.reload();
  await expect(heading(page)).toHaveText(REVIEW_HEADING);
  await expect(page.getByText(/^55 people$/)).toBeVisible();
});

test('when IndexedDB fails the journey still completes, with a plain notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        return {
          open() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        };
      },
    });
  });
  await page.goto('/');
  await expect(page.getByText('Progress will not be kept')).toBeVisible();
  await startAssessment(page, 'Private Window Co');
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');
  await expect(page.getByText('Progress will not be kept')).toBeVisible();
});

test('deleting my answers really erases them', async ({ page }) => {
  await page.goto('/');
  await startAssessment(page, 'Erase Me Ltd');
  await answerByKeyboard(page, '2', '30');
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByText('Erase Me Ltd')).toBeVisible();
  await page.getByRole('button', { name: 'Delete all my answers on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('Erase Me Ltd')).toHaveCount(0);
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('fractional-fit');
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) return resolve(0);
          const tx = db.transaction(names, 'readonly');
          let total = 0;
          let pending = names.length;
          for (const n of names) {
            const c = tx.objectStore(n).count();
            c.onsuccess = () => {
              total += c.result;
              if (--pending === 0) resolve(total);
            };
          }
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(stored).toBe(0);
});

test('axe finds nothing on any screen', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page, 'welcome');
  await startAssessment(page, 'Axe Audit Co');
  await expectNoAxeViolations(page, 'number question');
  await answerByKeyboard(page, '2', '40');
  await expectNoAxeViolations(page, 'single choice');
  await answerByKeyboard(page, '2');
  await expectNoAxeViolations(page, 'multi choice');
  await page.getByText('Why we ask').click();
  await page.getByText('Add a note').click();
  await expectNoAxeViolations(page, 'with note and why-we-ask open');
  for (let i = 0; i < 10; i++) await answerByKeyboard(page, '3');
  await expectNoAxeViolations(page, 'readiness question');
  await answerAllByKeyboard(page);
  await expectNoAxeViolations(page, 'review');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(heading(page)).toContainText('Your results');
  await expectNoAxeViolations(page, 'results');
});

test('@phone a journey by touch at phone size', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: /Company name/ }).tap();
  await page.keyboard.type('Phone Clinic');
  await page.getByRole('button', { name: 'Start the assessment' }).tap();
  await page.getByRole('textbox', { name: /^Number/ }).fill('25');
  await page.getByRole('button', { name: 'Next' }).tap();
  for (let i = 0; i < 80; i++) {
    const h = (await heading(page).textContent()) ?? '';
    if (h === REVIEW_HEADING) break;
    const option = page.getByRole('radio').or(page.getByRole('checkbox')).nth(1);
    await option.tap();
    await page.getByRole('button', { name: 'Next' }).tap();
    await expect(heading(page)).not.toHaveText(h);
  }
  await expect(heading(page)).toHaveText(REVIEW_HEADING);
  await page.getByRole('button', { name: 'See my results' }).tap();
  await expect(heading(page)).toContainText('Your results: Phone Clinic');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
});

test('the welcome screen does not wait for saved work, and an early Start is kept', async ({
  page,
}) => {
  // Hold the storage code back: the welcome screen must paint and take a Start meanwhile.
  const release = await holdBack(page, /\/assets\/assessment-repository-[^/]+\.js$/);
  await page.goto('/');
  await expect(heading(page)).toHaveText(/vCISO/);
  await page.getByRole('textbox', { name: /Company name/ }).fill('Early Start Ltd');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  release();
  await expect(heading(page)).toContainText('How many people');
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('heading', { name: 'Early Start Ltd' })).toBeVisible();
});

test('the welcome screen paints before the flow’s code, and a Start pressed meanwhile is kept', async ({
  page,
}) => {
  // Hold back XState and the machine: the welcome screen needs neither to show or take a Start.
  const release = await holdBack(page, FLOW_SCRIPT);
  await page.goto('/');
  await expect(heading(page)).toHaveText(/vCISO/);
  await page.getByRole('textbox', { name: /Company name/ }).fill('Before The Flow LLC');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  release();
  await expect(heading(page)).toContainText('How many people');
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('heading', { name: 'Before The Flow LLC' })).toBeVisible();
});

test('the welcome screen is in the page itself, and the app takes it over without redrawing it', async ({
  page,
  request,
}) => {
  // The HTML alone carries the first screen (prerendered at build time).
  const html = await (await request.get('/')).text();
  expect(html).toContain('Start the assessment');
  // Hold the app's script back: the page shows the welcome screen and keeps a Start meanwhile.
  const release = await holdBack(page, APP_SCRIPT);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(heading(page)).toHaveText(/vCISO/);
  const name = page.getByRole('textbox', { name: /Company name/ });
  await name.fill('Prerendered Ltd');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  // The native submission was held: still the same page, nothing lost.
  await expect(name).toHaveValue('Prerendered Ltd');
  release();
  await expect(heading(page)).toContainText('How many people');
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('heading', { name: 'Prerendered Ltd' })).toBeVisible();
});

test('when the prerendered markup cannot be taken over as it is, the name and an early Start still count', async ({
  page,
}) => {
  // A proxy that strips HTML comments removes Svelte's hydration marks: the app redraws.
  await rewritePage(page, { body: (html) => html.replace(/<!--[\s\S]*?-->/g, '') });
  const release = await holdBack(page, APP_SCRIPT);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(heading(page)).toHaveText(/vCISO/);
  await page.getByRole('textbox', { name: /Company name/ }).fill('Stripped Comments Co');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  release();
  await expect(heading(page)).toContainText('How many people');
  await page.getByRole('button', { name: 'All assessments' }).click();
  await expect(page.getByRole('heading', { name: 'Stripped Comments Co' })).toBeVisible();
});

test('a share link does not show the prerendered welcome screen while it loads', async ({
  page,
}) => {
  await page.route(APP_SCRIPT, () => {
    // Never answered: what the page shows before any of the app's script.
  });
  await page.goto('/#share=anything', { waitUntil: 'commit' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toHaveCount(0);
});

test('when the app’s script cannot load, the prerendered page says so and Start reloads nothing', async ({
  page,
}) => {
  await page.route(/\/assets\/main-[^/]+\.js$/, (route) => route.abort());
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not load its script');
  await page.getByRole('textbox', { name: /Company name/ }).fill('Still Here');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  expect(navigations).toBe(1);
  await expect(page.getByRole('textbox', { name: /Company name/ })).toHaveValue('Still Here');
});

test('under a CSP that blocks the inline keeper, an early Start neither reloads nor breaks the page', async ({
  page,
}) => {
  await rewritePage(page, { headers: { 'content-security-policy': "script-src 'self'" } });
  const release = await holdBack(page, APP_SCRIPT);
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(heading(page)).toHaveText(/vCISO/);
  const name = page.getByRole('textbox', { name: /Company name/ });
  await name.fill('Strict Policy Inc');
  // The policy did block the keeper.
  expect(await page.evaluate(() => 'ffEarlyStart' in window)).toBe(false);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  release();
  await page.waitForFunction(() => performance.getEntriesByName('ff:flow-started').length > 0);
  expect(navigations).toBe(1);
  await expect(name).toHaveValue('Strict Policy Inc');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(heading(page)).toContainText('How many people');
});

test('the hash the build prints lets a strict CSP allow the keeper', async ({ page, request }) => {
  const hashes = inlineScriptHashes(await (await request.get('/')).text());
  expect(hashes).toHaveLength(1);
  await rewritePage(page, {
    headers: { 'content-security-policy': `script-src 'self' '${hashes[0]}'` },
  });
  await page.route(APP_SCRIPT, () => {
    // Never answered: the keeper is looked at before the app could remove it.
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(heading(page)).toHaveText(/vCISO/);
  expect(await page.evaluate(() => 'ffEarlyStart' in window)).toBe(true);
});

test('the app hydrates the prerendered welcome screen in place', async ({ page }) => {
  const release = await holdBack(page, APP_SCRIPT);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(heading(page)).toHaveText(/vCISO/);
  await page.evaluate(() => {
    for (const id of ['welcome-heading', 'company']) {
      (document.getElementById(id) as HTMLElement & { marked?: boolean }).marked = true;
    }
  });
  release();
  // The app has started when its keeper of early Starts is gone.
  await page.waitForFunction(() => !('ffEarlyStart' in window));
  const kept = await page.evaluate(() =>
    ['welcome-heading', 'company'].map(
      (id) => (document.getElementById(id) as (HTMLElement & { marked?: boolean }) | null)?.marked,
    ),
  );
  expect(kept).toEqual([true, true]);
  await expect(heading(page)).toBeFocused();
});

test('when the flow’s code cannot load, the page says so and keeps what was typed', async ({
  page,
}) => {
  await page.route(FLOW_SCRIPT, (route) => route.abort());
  await page.goto('/');
  await expect(heading(page)).toHaveText(/vCISO/);
  const name = page.getByRole('textbox', { name: /Company name/ });
  await name.fill('Offline Dental');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(heading(page)).toHaveText(/vCISO/);
  await expect(name).toHaveValue('Offline Dental');
});

test('Esc in a question’s note box stays with the note, and Esc elsewhere goes back', async ({
  page,
}) => {
  await page.goto('/');
  await startAssessment(page, 'Note Taker Inc');
  await answerByKeyboard(page, '2', '30');
  const second = (await heading(page).textContent()) ?? '';
  await page.getByText('Add a note').click();
  const note = page.getByRole('textbox', { name: 'Note (optional)' });
  await note.fill('Ask about the second office');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText(second);
  await expect(note).toHaveValue('Ask about the second office');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Escape');
  await expect(heading(page)).toContainText('How many people');
});
