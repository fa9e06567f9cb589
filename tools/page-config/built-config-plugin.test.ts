import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/core/demo-config';
import { builtConfigModule } from './built-config-plugin';

/** The module's default export, as the app would import it. */
function exported(source: string): unknown {
  const json = /^export default (.*);\n$/s.exec(source)?.[1];
  if (json === undefined) throw new Error(`not a default export: ${source}`);
  return JSON.parse(json);
}

describe('builtConfigModule', () => {
  it('without a file, exports null: the app is the demo', () => {
    expect(exported(builtConfigModule(null))).toBeNull();
  });

  it('exports a valid file as the configured start, validated and normalised', () => {
    const text = JSON.stringify({ ...demoConfig, currency: 'usd' });
    expect(exported(builtConfigModule(text))).toEqual({
      config: { ...demoConfig, currency: 'USD' },
      source: 'configured',
    });
  });

  it('stops the build on a bad file, naming the file and every issue by path', () => {
    const bad = JSON.stringify({ ...demoConfig, locale: 'xx-nope-!', contact: undefined });
    expect(() => builtConfigModule(bad, 'public/config.json')).toThrow(
      'public/config.json is not a valid configuration:\n' +
        '  contact: is required\n' +
        '  locale: must be a supported locale such as en-US or de-DE',
    );
  });

  it('stops the build on a file that is not JSON', () => {
    expect(() => builtConfigModule('{ nope')).toThrow(/config\.json: is not valid JSON/);
  });
});
