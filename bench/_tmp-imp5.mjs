import { chromium } from '@playwright/test';
import { inPage } from '/work/main/bench/page-probes.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const out = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, baseURL: 'http://127.0.0.1:5320' });
  await context.addInitScript(inPage.install, { noIdlePrefetch: false });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('/', { waitUntil: 'commit' });
  const r = await page.evaluate(inPage.startAtFirstPaint);
  const flow = await page.evaluate(() => performance.getEntriesByName('ff:flow-started')[0]?.startTime);
  out.push([Math.round(r.paint), Math.round(flow)]);
  await context.close();
}
out.sort((a, b) => a[0] - b[0]);
console.log('q paint (sorted), flow start:', JSON.stringify(out), 'median', out[3]);
await browser.close();
