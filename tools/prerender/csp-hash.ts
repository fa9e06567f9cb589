/** Content-Security-Policy hashes of a page's inline scripts. */
import { createHash } from 'node:crypto';

/** CSP hashes ('sha256-…') of the page's inline scripts, in order. */
export function inlineScriptHashes(html: string): string[] {
  const scripts = html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
  return [...scripts].map(
    (m) =>
      `sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}`,
  );
}
