import { describe, expect, it } from 'vitest';
import { parseConfig } from './core/config';
import { pageConfig } from './page-config';

describe('pageConfig', () => {
  it('is a valid configuration (the page and its prerendered welcome screen use it)', () => {
    const parsed = parseConfig(pageConfig);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});
