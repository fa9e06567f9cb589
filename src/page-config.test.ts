import { describe, expect, it } from 'vitest';
import { parseConfig } from './core/config';
import { demoConfig } from './core/demo-config';
import { pageStart } from './page-config';

describe('pageStart', () => {
  it('is a valid configuration (the page and its prerendered welcome screen use it)', () => {
    const parsed = parseConfig(pageStart.config);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('is the labelled demo when the project has no public/config.json', () => {
    // This repository ships none: an MSP adds theirs (README, "Configuration").
    expect(pageStart).toEqual({ config: demoConfig, source: 'demo' });
  });
});
