import { defineConfig, devices } from '@playwright/test';
import { resolveChromium, CHROMIUM_ARGS } from './tests/e2e/support/chromium';
import { repToolsOn } from './tests/e2e/support/rep-tools';

const executablePath = resolveChromium();
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The standalone page offers the rep's tools behind a switch: the tests run as a rep who has
    // turned it on (rep-mode.spec.ts starts without it, as a prospect would).
    storageState: repToolsOn(`http://127.0.0.1:${port}`),
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      grepInvert: /@phone/,
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/ },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Host pages for the widget on another origin (port + 1) and a local webhook (port + 2).
      command: 'node tests/e2e/fixtures/server.mjs',
      url: `http://127.0.0.1:${port + 1}/host.html`,
      env: {
        FF_WIDGET_ORIGIN: `http://127.0.0.1:${port}`,
        FF_HOST_PORT: String(port + 1),
        FF_HOOK_PORT: String(port + 2),
      },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
