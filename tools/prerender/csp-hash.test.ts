import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './csp-hash';

describe('inlineScriptHashes', () => {
  it('hashes the text of inline scripts only, in order', () => {
    const html =
      '<script type="module" src="/a.js"></script><script>one()</script><p></p><script>\n two()\n</script>';
    const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
    expect(inlineScriptHashes(html)).toEqual([sha('one()'), sha('\n two()\n')]);
  });

  it('finds none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<script src="/x.js"></script>')).toEqual([]);
  });
});
