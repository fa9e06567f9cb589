/**
 * The widget's extra build outputs, after the app's own build (`vite build`) has written dist/:
 *
 *   vite build -c vite.embed.config.ts                → dist/embed.js, the snippet a host page
 *       includes: one classic script (IIFE, so including it twice never redeclares anything),
 *       no app code, a few kilobytes.
 *   vite build -c vite.embed.config.ts --mode inline  → dist/inline/ff-inline.js (+ chunks), the
 *       app for data-mode="inline", loaded by the snippet on demand, with its CSS inlined so the
 *       snippet can adopt it into a shadow root as a constructable stylesheet.
 *
 * The iframe mode needs nothing here: embed.html is an input of the app's build.
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import appConfig from './vite.config';

const CSS_PLACEHOLDER = '__FF_INLINE_CSS__';

/**
 * Moves the bundle's CSS into the entry chunk as a string (replacing CSS_PLACEHOLDER), with
 * `:root` rewritten to `:host`, since inside a shadow root only :host matches the top.
 */
function inlineCssIntoEntry(): Plugin {
  return {
    name: 'ff-inline-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssFiles = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const css = cssFiles
        .map((file) => (file.type === 'asset' ? String(file.source) : ''))
        .join('\n')
        .replaceAll(':root', ':host');
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry || entry.type !== 'chunk' || !entry.code.includes(CSS_PLACEHOLDER)) {
        this.error('ff-inline-css: the inline entry has no CSS placeholder');
      }
      // The minifier may quote the placeholder with ", ' or `.
      entry.code = entry.code.replace(new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`), () =>
        JSON.stringify(css),
      );
      for (const file of cssFiles) delete bundle[file.fileName];
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'inline'
    ? {
        plugins: [svelte(), inlineCssIntoEntry()],
        // The same module aliases as the app's build (e.g. what the PDF code leaves out).
        resolve: appConfig.resolve,
        publicDir: false,
        // Chunks resolve next to ff-inline.js on the widget's origin, not on the host page.
        base: './',
        build: {
          target: 'es2022',
          outDir: 'dist/inline',
          emptyOutDir: true,
          sourcemap: false,
          cssCodeSplit: false,
          // Preload links would go into the host's <head>; chunks load when imported instead.
          modulePreload: false,
          rolldownOptions: {
            input: { 'ff-inline': 'src/ui/embed/inline-main.ts' },
            preserveEntrySignatures: 'exports-only',
            output: {
              format: 'es',
              entryFileNames: '[name].js',
              chunkFileNames: '[name]-[hash].js',
              assetFileNames: '[name]-[hash][extname]',
            },
          },
        },
      }
    : {
        publicDir: false,
        build: {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: false,
          copyPublicDir: false,
          rolldownOptions: {
            input: 'src/embed/snippet.ts',
            output: { format: 'iife', entryFileNames: 'embed.js' },
          },
        },
      },
);
