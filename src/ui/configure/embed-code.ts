/**
 * What the configurator hands over: the embed code for a site (iframe or inline), the link that
 * opens the standalone page, and where config.json must go. Plain text, from two answers: where
 * the app is hosted (the widget's origin, where config.json goes beside embed.js) and which
 * sites may show it.
 */
import type { FieldIssue, Result } from '../../core/types';
import { parseOrigin } from '../../embed/attributes';

export interface Hosting {
  /** The folder the app is served from, ending in "/": https://assess.msp.example/ */
  base: string;
  /** Exact origins allowed to show the widget; none means the page the snippet runs on. */
  sites: string[];
}

/** Reads the two answers, naming each bad one by its field. */
export function parseHosting(baseText: string, sitesText: string): Result<Hosting> {
  const issues: FieldIssue[] = [];
  let base = '';
  try {
    const url = new URL(baseText.trim());
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      issues.push({ field: 'hosting', message: 'must be an https: address' });
    } else if (url.username || url.password || url.search || url.hash) {
      issues.push({
        field: 'hosting',
        message: 'must be a plain address, like https://assess.your-msp.example/',
      });
    } else {
      base = new URL(url.pathname.endsWith('/') ? url.href : `${url.href}/`).href;
    }
  } catch {
    issues.push({
      field: 'hosting',
      message:
        'must be the full address where the app is hosted, like https://assess.your-msp.example/',
    });
  }
  const sites: string[] = [];
  for (const part of sitesText.split(/[\s,]+/).filter((s) => s !== '')) {
    const origin = parseOrigin(part);
    if (origin) sites.push(origin);
    else
      issues.push({
        field: 'sites',
        message: `"${part}" is not a site address like https://www.your-site.example`,
      });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { base, sites } };
}

/** Where config.json goes: beside index.html and embed.js. */
export function configUrl(hosting: Hosting): string {
  return `${hosting.base}config.json`;
}

/** The embed code to paste into a site's page, in iframe (default) or inline mode. */
export function embedCode(hosting: Hosting, mode: 'iframe' | 'inline'): string {
  const attrs = [
    'data-fractional-fit',
    `data-config="${configUrl(hosting)}"`,
    ...(mode === 'inline' ? ['data-mode="inline"'] : []),
    ...(hosting.sites.length > 0 ? [`data-allowed-origin="${hosting.sites.join(' ')}"`] : []),
  ];
  return [
    `<script src="${hosting.base}embed.js" async></script>`,
    '<div',
    ...attrs.map((a) => `  ${a}`),
    '></div>',
  ].join('\n');
}

/** The standalone page, which reads the config.json served beside it: the test link. */
export function testLink(hosting: Hosting): string {
  return hosting.base;
}
