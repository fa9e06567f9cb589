/**
 * The configurator (configure.html), built after the app by `npm run build`:
 *
 *   vite build -c vite.configure.config.ts   → dist/configure.html and dist/configure/*.js, *.css
 *
 * A build of its own rather than a third input of the app's, so that sharing code with the app
 * (Svelte's runtime, the welcome screen, the brand palette) never moves a byte of it into the
 * chunks of the app's first screen. The app's service worker does not precache it either: the
 * app's build has finished (and written sw.js) before this one starts.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import appConfig from './vite.config';

export default defineConfig({
  plugins: [svelte()],
  // The same module aliases as the app's build (e.g. what the PDF code leaves out).
  resolve: appConfig.resolve,
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { configure: 'configure.html' },
      output: {
        entryFileNames: 'configure/[name]-[hash].js',
        chunkFileNames: 'configure/[name]-[hash].js',
        assetFileNames: 'configure/[name]-[hash][extname]',
      },
    },
  },
});
