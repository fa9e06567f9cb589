/**
 * The adversarial cases that need a real browser: every request recorded through a journey
 * with hostile text, the tab closed right after an answer, a host under Trusted Types, an
 * allowed page framed by another site (overlay clickjacking), and consent before any lead. The rest of the suite (storage, machine, numbers, text, messages) is unit-level; see
 * docs/security.md for the map.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  answerAll,
  answerOne,
  fillLead,
  HOOK,
  HOST,
  keyFor,
  start,
  webhook,
  widgetFrame,
} from './fixtures/frame-journey';
import { answerAllByKeyboard, answerByKeyboard, heading, startAssessment } from './support/journey';

const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;

/** Every URL the page and its frames ask for, from the first byte on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const origins = (urls: string[]) =>
  [...new Set(urls.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin))].sort();

const HOSTILE =
  `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> "Quote's" \\ ` +
  `) Tj ( %PDF ‮evil‬ مرحبا 😀 東京株式会社`;

test('a journey with hostile text: shown as text, nothing runs, no request leaves the app’s origin', async ({
  page,
}) => {
  const requests = recordRequests(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
  expect(origins(requests)).toEqual([APP]);

  await startAssessment(page, HOSTILE);
  // A 10,000-character note, with markup, on the first question.
  await page.getByText('Add a note').click();
  const note = page.getByRole('textbox', { name: /note/i });
  await note.fill(`<b>bold?</b> ${'長い'.repeat(2_000)} ${'x'.repeat(5_980)}`);
  await expect(note).toHaveValue(/^<b>bold\?<\/b>/);
  await answerAllByKeyboard(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  const title = heading(page);
  await expect(title).toContainText('<img src=x onerror=');
  await expect(title).toContainText('<script>window.__xss=2</script>');

  // Shown as text: no element was made from it, nothing ran, the layout still fits.
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  expect(await page.evaluate(() => (window as never as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the PDF/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*\.pdf$/);
  // Fonts, charts, the PDF library: all from the app's own origin. No third party, ever.
  expect(origins(requests)).toEqual([APP]);
});

test('the tab closed right after an answer: the answer is there on the next visit', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/');
  await startAssessment(page, 'Closed Quickly Ltd');
  await answerByKeyboard(page, '2', '37');
  // The promise is "written within 300 ms", with no beforeunload to lean on.
  await page.waitForTimeout(300);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto('/');
  await expect(heading(next)).not.toContainText('How many people');
  await next.getByRole('button', { name: /^Back/ }).click();
  await expect(heading(next)).toContainText('How many people');
  await expect(next.getByRole('textbox', { name: /^Number/ })).toHaveValue('37');
});

test('under Trusted Types on the host, iframe and inline mode run with no violation', async ({
  page,
}) => {
  for (const mode of ['iframe', 'inline']) {
    await page.goto(`${HOST}/host.html?tt=1&mode=${mode}&key=tt-${mode}`);
    const scope = mode === 'iframe' ? widgetFrame(page) : page.locator('#widget');
    await start(scope, `Trusted Types ${mode}`);
    await answerOne(page, scope);
    expect(
      await page.evaluate(() => (window as never as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  }
});

test('an allowed page framed by another site does not get a working widget', async ({ page }) => {
  await page.goto(`${HOOK}/frames-host.html/x`);
  const inner = page.frameLocator('iframe[title="framed host"]');
  const alert = inner.frameLocator('iframe').getByRole('alert');
  await expect(alert).toContainText(`not allowed on ${HOOK}`);
  await expect(inner.frameLocator('iframe').getByRole('button')).toHaveCount(0);
});

test('nothing personal leaves before the consent box is ticked', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const key = keyFor(testInfo.title);
  await page.goto(`${HOST}/host.html?placement=before-results&key=${key}`);
  const frame = widgetFrame(page);
  await start(frame, 'Consent Check Co');
  await answerAll(page, frame);
  await frame.getByRole('button', { name: 'See my results' }).click();
  await expect(frame.getByRole('heading', { name: 'Your results are ready' })).toBeVisible();

  // Everything typed, the box left unticked: refused with a message, nothing sent.
  await fillLead(frame);
  const consent = frame.getByRole('checkbox', { name: /may contact me/ });
  await consent.uncheck();
  await page.waitForTimeout(3_100); // past the bots' minimum fill time
  const send = frame.getByRole('button', { name: 'Send and see my results' });
  await send.click();
  await expect(frame.getByRole('alert').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect((await webhook(key)).requests).toEqual([]);

  // Ticked: the same click sends one lead, carrying the consent wording's version.
  await consent.focus();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await send.click();
  await expect.poll(async () => (await webhook(key)).leads.length).toBe(1);
  expect((await webhook(key)).leads[0]?.consent.version).toBe('2026-11-test');
});
