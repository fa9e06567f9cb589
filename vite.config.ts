import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtConfig } from './tools/page-config/built-config-plugin';
import { prerenderWelcome } from './tools/prerender/prerender-plugin';
import { serviceWorker } from './tools/service-worker/sw-plugin';

const notBundled = fileURLToPath(new URL('./src/report/not-bundled.ts', import.meta.url));

export default defineConfig({
  // sw.js: the app's files for offline use; the widget's frame (embed.html) is left out.
  // The welcome screen is rendered into index.html at build time (tools/prerender), with the
  // project's public/config.json if it has one (tools/page-config).
  plugins: [
    svelte(),
    builtConfig(),
    prerenderWelcome(),
    serviceWorker({ otherPages: ['embed.html'] }),
  ],
  resolve: {
    // jsPDF's html()/SVG helpers are never used (and user text must never reach html()).
    alias: { html2canvas: notBundled, dompurify: notBundled, canvg: notBundled },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks the first screen loads (bench/check-budgets.mjs).
    manifest: true,
    // The app, and the widget's page inside a host's iframe (see vite.embed.config.ts). The
    // configurator has a build of its own (vite.configure.config.ts).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: [
      'src/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tools/**/*.test.ts',
      'relay/**/*.test.ts',
    ],
    environment: 'node',
  },
});
