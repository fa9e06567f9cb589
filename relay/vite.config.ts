/**
 * Builds the Node relay into one file, relay/dist/relay.mjs (`npm run relay:build`), so it runs
 * with plain `node` and no dependencies: the lead schema from src/core is bundled in.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: fileURLToPath(new URL('./cli.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'relay.mjs', codeSplitting: false } },
  },
});
