/**
 * The embeddable widget on host pages of another origin (127.0.0.1:4174, served by
 * tests/e2e/fixtures/server.mjs) than the widget itself (the built app), with a local webhook
 * (127.0.0.1:4175) that records leads per test.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  answerAll,
  answerOne,
  controlWebhook,
  fillLead,
  h1,
  HOOK,
  HOST,
  keyFor,
  start,
  webhook,
  widgetFrame,
} from './fixtures/frame-journey';

type Recorded = { type: string; detail: Record<string, unknown>; target: string };
type Message = { origin: string; data: { type: string; name?: string; detail?: unknown } };

const events = (page: Page) =>
  page.evaluate(() => (window as never as { ffEvents: Recorded[] }).ffEvents);
const messages = (page: Page) =>
  page.evaluate(() => (window as never as { ffMessages: Message[] }).ffMessages);
const eventTypes = async (page: Page) => (await events(page)).map((e) => e.type);
/** The widget's origin as the config runs it (E2E_PORT, default 4173). */
const WIDGET = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
/** Messages that really came from the widget's origin (the fixture records look-alikes too). */
const fromWidget = async (page: Page) => (await messages(page)).filter((m) => m.origin === WIDGET);

test.beforeAll(async () => {
  const res = await fetch(`${WIDGET}/embed.js`).catch(() => null);
  if (!res?.ok) {
    throw new Error(
      'dist/embed.js is missing: build with `npm run build` (it runs the app build and ' +
        'vite.embed.config.ts); a plain `npx vite build` leaves the snippet out.',
    );
  }
});

/** Every frame of the page records CSP violations from its first script on. */
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    const w = window as never as { __csp: string[] };
    w.__csp = [];
    addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

async function cspViolationsEverywhere(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    all.push(
      ...(await frame.evaluate(() => (window as never as { __csp?: string[] }).__csp ?? [])),
    );
  }
  return all;
}

test('iframe mode: the journey completes, every event reaches the host, one lead reaches the webhook', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000); // a whole questionnaire by keyboard
  const key = keyFor(testInfo.title);
  await page.goto(`${HOST}/host.html?key=${key}&csp=1`);
  const frame = widgetFrame(page);
  await expect(h1(frame)).toHaveText(/Do you need a vCISO/);
  // A prospect's widget: none of the rep's tools, and no switch to find them.
  await expect(frame.getByLabel('Import a hand-off file')).toHaveCount(0);
  await expect(frame.getByRole('switch', { name: 'Sales rep tools' })).toHaveCount(0);
  // The page itself kept focus: the widget waits until it is used.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await start(frame, 'Acme Dental');
  await answerAll(page, frame);
  await frame.getByRole('button', { name: 'See my results' }).click();
  await expect(h1(frame)).toContainText('Your results');
  for (const name of [
    'Present the results',
    'Shortcuts (?)',
    'Export hand-off file',
    'Copy share link',
    'All assessments',
  ]) {
    await expect(frame.getByRole('button', { name })).toHaveCount(0);
  }

  const form = frame.getByRole('region', { name: /Talk to Northwind/ });
  await expect(form).toBeVisible();
  await fillLead(form);
  await page.waitForTimeout(3_000); // people take longer than the bots' limit
  await form.getByRole('button', { name: 'Send my details' }).click();
  await form
    .getByRole('button', { name: 'Send my details' })
    .click({ timeout: 500 })
    .catch(() => undefined);
  await expect(form.getByRole('status')).toHaveText(/Sent/);

  const got = await webhook(key);
  expect(got.leads).toHaveLength(1);
  expect(got.requests).toHaveLength(1);
  expect(got.leads[0]!.contact.name).toBe('Dana Reyes');
  expect(got.leads[0]!.consent.version).toBe('2026-11-test');

  const downloading = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download the PDF report' }).click();
  await downloading;

  await expect.poll(() => eventTypes(page)).toContain('ff:pdf-downloaded');
  const recorded = await events(page);
  const types = recorded.map((e) => e.type);
  expect(types[0]).toBe('ff:started');
  expect(types.filter((t) => t === 'ff:section-completed').length).toBeGreaterThanOrEqual(7);
  expect(types.slice(-3)).toEqual(['ff:completed', 'ff:lead-submitted', 'ff:pdf-downloaded']);
  for (const e of recorded) expect(e.target).toBe('widget');
  expect(recorded.find((e) => e.type === 'ff:section-completed')?.detail.section).toBe('discovery');
  // Ids and step names only: no answers, no contact details without data-share-results.
  const everything = JSON.stringify(recorded);
  expect(everything).not.toContain('Dana');
  expect(everything).not.toContain('acme-dental');
  expect(everything).not.toContain('healthcare');
  // The same events came as postMessage from the widget's exact origin.
  const posted = (await messages(page)).filter((m) => m.data.type === 'event');
  expect(posted.map((m) => m.data.name)).toEqual(types);
  for (const m of posted) expect(m.origin).toBe(WIDGET);
  expect(await cspViolationsEverywhere(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('embed-results.png'), fullPage: true });
});

test('a webhook that fails twice still gets the lead exactly once', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // a whole questionnaire by keyboard
  const key = keyFor(testInfo.title);
  await controlWebhook(key, { fail: 2 });
  await page.goto(`${HOST}/host.html?key=${key}&placement=before-results`);
  const frame = widgetFrame(page);
  await start(frame, 'Retry Co');
  await answerAll(page, frame);
  await frame.getByRole('button', { name: 'See my results' }).click();
  // before-results: a teaser and the form stand in front of the detailed results.
  await expect(h1(frame)).toHaveText('Your results are ready');
  await expect(frame.getByText(/Security readiness: \d+ out of 100/)).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Recommended engagement' })).toHaveCount(0);
  await fillLead(frame);
  await page.waitForTimeout(3_000);
  await frame.getByRole('button', { name: 'Send and see my results' }).click();
  await expect(h1(frame)).toContainText('Your results');
  const status = frame.getByRole('region', { name: /Talk to Northwind/ }).getByRole('status');
  await expect(status).toHaveText(/Saved on this device/);
  await expect(status).toHaveText(/Sent/, { timeout: 20_000 });
  const got = await webhook(key);
  expect(got.requests).toHaveLength(3);
  expect(new Set(got.requests.map((r) => r.key)).size).toBe(1);
  expect(got.leads).toHaveLength(1);
});

test('offline and back: the lead waits on the device and is sent once', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(180_000); // a whole questionnaire by keyboard
  const key = keyFor(testInfo.title);
  await page.goto(`${HOST}/host.html?key=${key}`);
  const frame = widgetFrame(page);
  await start(frame, 'Offline Co');
  await answerAll(page, frame);
  await frame.getByRole('button', { name: 'See my results' }).click();
  const form = frame.getByRole('region', { name: /Talk to Northwind/ });
  await fillLead(form);
  await page.waitForTimeout(3_000);
  await context.setOffline(true);
  await form.getByRole('button', { name: 'Send my details' }).click();
  await expect(form.getByRole('status')).toHaveText(
    "Saved on this device, we'll send it when you're back online.",
  );
  expect((await webhook(key)).requests).toHaveLength(0);
  await context.setOffline(false);
  await expect(form.getByRole('status')).toHaveText(/Sent/);
  expect((await webhook(key)).leads).toHaveLength(1);
  expect((await webhook(key)).requests).toHaveLength(1);
});

test('a reload while the lead is on the wire sends one lead, not two', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000); // a whole questionnaire by keyboard
  const key = keyFor(testInfo.title);
  await controlWebhook(key, { delay: 4_000 });
  await page.goto(`${HOST}/host.html?key=${key}`);
  const frame = widgetFrame(page);
  await start(frame, 'Reload Co');
  await answerAll(page, frame);
  await frame.getByRole('button', { name: 'See my results' }).click();
  const form = frame.getByRole('region', { name: /Talk to Northwind/ });
  await fillLead(form);
  await page.waitForTimeout(3_000);
  await form.getByRole('button', { name: 'Send my details' }).click();
  await expect.poll(async () => (await webhook(key)).requests.length).toBe(1);
  await page.reload();
  // The widget resumes on the results and sends the stored lead again, with the same key.
  await expect(h1(widgetFrame(page))).toContainText('Your results', { timeout: 15_000 });
  await expect(
    widgetFrame(page)
      .getByRole('region', { name: /Talk to Northwind/ })
      .getByRole('status'),
  ).toHaveText(/Sent/, { timeout: 20_000 });
  const got = await webhook(key);
  expect(got.requests.length).toBeGreaterThanOrEqual(2);
  expect(new Set(got.requests.map((r) => r.key)).size).toBe(1);
  expect(got.leads).toHaveLength(1);
});

test('forged and foreign-origin messages are ignored', async ({ page }, testInfo) => {
  await page.goto(`${HOST}/host.html?key=${keyFor(testInfo.title)}`);
  const frame = widgetFrame(page);
  await expect(h1(frame)).toHaveText(/Do you need a vCISO/);
  await expect.poll(async () => (await fromWidget(page)).length).toBeGreaterThan(0);
  const widgetId = (await fromWidget(page))[0]!.data as unknown as { widgetId: string };
  const height = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);

  // 1. The host page itself posts a look-alike of a widget event: wrong origin, wrong source.
  await page.evaluate((id) => {
    postMessage(
      {
        source: 'fractional-fit',
        version: 1,
        widgetId: id,
        type: 'event',
        name: 'ff:completed',
        detail: {},
      },
      '*',
    );
  }, widgetId.widgetId);
  // 2. A frame of another origin posts look-alikes to the page and to the widget.
  await page.evaluate(
    ({ hook, id }) => {
      const f = document.createElement('iframe');
      f.title = 'foreign';
      f.src = `${hook}/foreign.html?id=${id}`;
      document.body.append(f);
    },
    { hook: HOOK, id: widgetId.widgetId },
  );
  await expect
    .poll(
      async () =>
        (await page.frame({ url: /foreign\.html/ })?.evaluate(() => document.title)) ?? '',
    )
    .toBe('sent');
  await page.waitForTimeout(300);
  // 3. Malformed messages from the allowed page to the widget: wrong id, wrong version, junk.
  const before = (await fromWidget(page)).length;
  await page.evaluate((id) => {
    const w = document
      .querySelector('[data-fractional-fit]')!
      .shadowRoot!.querySelector('iframe')!.contentWindow!;
    const target = '*';
    w.postMessage(
      { source: 'fractional-fit', version: 1, widgetId: 'someone-else', type: 'height.request' },
      target,
    );
    w.postMessage(
      { source: 'fractional-fit', version: 2, widgetId: id, type: 'height.request' },
      target,
    );
    w.postMessage({ source: 'other', version: 1, widgetId: id, type: 'height.request' }, target);
    w.postMessage('height.request', target);
  }, widgetId.widgetId);
  await page.waitForTimeout(500);
  expect((await fromWidget(page)).length).toBe(before);
  // A well-formed request from the page is answered, so the silence above was a refusal.
  await page.evaluate((id) => {
    const w = document
      .querySelector('[data-fractional-fit]')!
      .shadowRoot!.querySelector('iframe')!.contentWindow!;
    w.postMessage(
      { source: 'fractional-fit', version: 1, widgetId: id, type: 'height.request' },
      '*',
    );
  }, widgetId.widgetId);
  await expect.poll(async () => (await fromWidget(page)).length).toBeGreaterThan(before);

  expect(await eventTypes(page)).toEqual([]);
  const after = await page
    .locator('#widget iframe')
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(after).toBe(height);
});

test('two widgets on one page, the script included twice: each mounts once and stays apart', async ({
  page,
}) => {
  await page.goto(`${HOST}/two.html`);
  const first = widgetFrame(page);
  const second = widgetFrame(page, 'Contoso Security: security leadership readiness check');
  await expect(h1(first)).toHaveText(/Do you need a vCISO/);
  await expect(h1(second)).toHaveText(/Do you need a vCISO/);
  await expect(page.locator('iframe')).toHaveCount(2);
  await start(first, 'Only In First');
  await answerOne(page, first);
  await expect(h1(second)).toHaveText(/Do you need a vCISO/);
  await expect
    .poll(() => events(page))
    .toContainEqual(expect.objectContaining({ type: 'ff:started', target: 'first' }));
  expect((await events(page)).every((e) => e.target === 'first')).toBe(true);
  await expect(second.getByText('Contoso Security')).toBeVisible();
});

test('bad attributes show a clear error inside the element, never a crash', async ({ page }) => {
  await page.goto(`${HOST}/bad.html`);
  const alert = page.locator('#bad-attributes').frameLocator('iframe').getByRole('alert');
  await expect(alert).toContainText('data-primary-color');
  await expect(alert).toContainText('data-webhook-url');
  await expect(alert).toContainText('data-offers');
  await expect(page.locator('#bad-mode').getByRole('alert')).toContainText(
    'data-mode: must be iframe or inline',
  );
  await expect(
    page.locator('#not-allowed').frameLocator('iframe').getByRole('alert'),
  ).toContainText(`not allowed on ${HOST}`);
});

test('under a strict CSP the page records no violation, in iframe and inline mode', async ({
  page,
}) => {
  for (const mode of ['iframe', 'inline']) {
    await page.goto(`${HOST}/host.html?csp=1&mode=${mode}&key=csp-${mode}`);
    const scope = mode === 'iframe' ? widgetFrame(page) : page.locator('#widget');
    await start(scope, `CSP ${mode}`);
    await answerOne(page, scope);
    await expect.poll(() => eventTypes(page)).toContain('ff:started');
    expect(
      await page.evaluate(() => (window as never as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(await cspViolationsEverywhere(page)).toEqual([]);
  }
});

test('inline mode mounts in a shadow root and survives the hostile host stylesheet', async ({
  page,
}, testInfo) => {
  await page.goto(`${HOST}/inline.html?csp=1&key=${keyFor(testInfo.title)}`);
  const heading = h1(page.locator('#widget'));
  await expect(heading).toHaveText(/Do you need a vCISO/);
  expect(await page.locator('#widget').evaluate((el) => el.shadowRoot?.mode)).toBe('open');
  // The host's `div { display: none !important }` hides its own divs, not the widget.
  await expect(page.locator('#other-div')).toBeHidden();
  await expect(heading).toBeVisible();
  const look = await heading.evaluate((el) => {
    const s = getComputedStyle(el);
    return { display: s.display, weight: s.fontWeight, size: parseFloat(s.fontSize) };
  });
  expect(look.display).toBe('block');
  expect(Number(look.weight)).toBeGreaterThanOrEqual(600);
  expect(look.size).toBeGreaterThan(20);

  const widget = page.locator('#widget');
  await start(widget, 'Inline Co');
  await answerOne(page, widget);
  await expect(h1(widget)).toContainText('industry');
  // Keys typed into the host's own field stay the host's: Escape does not step the widget back.
  await page.locator('#host-search').evaluate((el: HTMLInputElement) => el.focus());
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  await expect(h1(widget)).toContainText('industry');
  await expect.poll(() => eventTypes(page)).toEqual(['ff:started']);
  await page.screenshot({ path: testInfo.outputPath('inline-hostile.png'), fullPage: true });
});

test('a host that patched fetch and Array.prototype does not break the iframe widget', async ({
  page,
}) => {
  await page.goto(`${HOST}/hostile.html`);
  const frame = widgetFrame(page);
  await expect(h1(frame)).toHaveText(/Do you need a vCISO/);
  const box = await page.locator('#widget iframe').boundingBox();
  expect(box!.height).toBeGreaterThan(300);
  await start(frame, 'Patched Co');
  await answerOne(page, frame);
  await expect.poll(() => eventTypes(page)).toEqual(['ff:started']);
});

test.describe('axe', () => {
  // axe is injected as an inline script, which embed.html's own CSP rightly refuses.
  test.use({ bypassCSP: true });
  test('the widget screens pass axe: welcome, lead gate, error box', async ({ page }) => {
    test.setTimeout(180_000); // a whole questionnaire by keyboard
    // embed.html on its own (no host): the same screens, where axe can reach them.
    const setup = (attrs: Record<string, string>) =>
      `/embed.html#ff=${encodeURIComponent(
        JSON.stringify({ v: 1, widgetId: 'axe-1', host: WIDGET, attrs }),
      )}`;
    await page.goto(
      setup({ 'data-lead-placement': 'before-results', 'data-webhook-url': `${HOOK}/hook/axe` }),
    );
    await expect(h1(page)).toHaveText(/Do you need a vCISO/);
    await expectNoAxeViolations(page, 'widget welcome');
    await start(page, 'Axe Co');
    await answerAll(page, page);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(h1(page)).toHaveText('Your results are ready');
    await page.getByRole('button', { name: 'Send and see my results' }).click();
    await expect(page.getByRole('alert')).toContainText('Please correct the');
    await expectNoAxeViolations(page, 'lead gate with errors');
    await page.goto('about:blank');
    await page.goto(setup({ 'data-primary-color': 'blue', 'data-mode': 'popup' }));
    await expect(page.getByRole('alert')).toContainText('data-primary-color');
    await expectNoAxeViolations(page, 'embed error box');
    await page.goto(`${HOST}/host.html`);
    // Same site as the runs above, so the widget may resume the assessment started there.
    await expect(h1(widgetFrame(page))).toBeVisible();
    await expectNoAxeViolations(page, 'host page with the widget');
  });
});

test('@phone the widget fits a phone screen', async ({ page }, testInfo) => {
  await page.goto(`${HOST}/host.html?key=${keyFor(testInfo.title)}`);
  const frame = widgetFrame(page);
  await expect(h1(frame)).toHaveText(/Do you need a vCISO/);
  const box = await page.locator('#widget iframe').boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.width).toBeLessThanOrEqual(viewport.width);
  await start(frame, 'Phone Co');
  await expect(frame.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('phone.png'), fullPage: true });
});
