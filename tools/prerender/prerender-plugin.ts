/**
 * A Vite plugin that puts the welcome screen, rendered by Svelte on the server side, into the
 * app's index.html at build time (src/ui/prerender-welcome.ts renders it with pageStart, the
 * configuration the page starts with), and the brand colours onto its root element. The page
 * then paints its first screen from HTML and CSS alone; the app's script hydrates it. Only the
 * production build of index.html is touched: `vite dev` and the widget's page are left as they
 * are.
 */
import { createServer, type Logger, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtConfig } from '../page-config/built-config-plugin';
import { inlineScriptHashes } from './csp-hash';

/** What src/ui/prerender-welcome.ts's prerenderPage() returns, checked. */
async function prerendered(
  loading: Promise<Record<string, unknown>>,
): Promise<{ body: string; rootStyle: string }> {
  const { prerenderPage } = await loading;
  if (typeof prerenderPage !== 'function') {
    throw new Error('src/ui/prerender-welcome.ts must export prerenderPage().');
  }
  const page: unknown = prerenderPage();
  const { body, rootStyle } = (page ?? {}) as { body?: unknown; rootStyle?: unknown };
  if (typeof body !== 'string' || !body.startsWith('<!--[-->')) {
    throw new Error('prerenderPage() must return the welcome screen markup in body.');
  }
  if (typeof rootStyle !== 'string' || /["<>]/.test(rootStyle)) {
    throw new Error('prerenderPage() must return a plain style declaration in rootStyle.');
  }
  return { body, rootStyle };
}

/** Where the rendered markup goes in index.html. */
export const PRERENDER_MARK = '<!--ff:prerendered-welcome-->';

export function prerenderWelcome(): Plugin {
  let root = process.cwd();
  let logger: Logger | null = null;
  return {
    name: 'ff-prerender-welcome',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      logger = config.logger;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.filename.endsWith('/index.html')) return html;
        if (!html.includes(PRERENDER_MARK)) {
          throw new Error(`index.html has no ${PRERENDER_MARK} in its #app element.`);
        }
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          plugins: [svelte(), builtConfig()],
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const page = await prerendered(server.ssrLoadModule('/src/ui/prerender-welcome.ts'));
          const out = html
            .replace(PRERENDER_MARK, () => page.body)
            .replace(
              /<html([^>]*)>/,
              (_, attrs: string) => `<html${attrs} style="${page.rootStyle}">`,
            );
          // For a Content-Security-Policy on index.html: the hash that allows its inline keeper.
          for (const hash of inlineScriptHashes(out)) {
            logger?.info(`ff-prerender-welcome: index.html's inline script is '${hash}'`);
          }
          return out;
        } finally {
          await server.close();
        }
      },
    },
  };
}
