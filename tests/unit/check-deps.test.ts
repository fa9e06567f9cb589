/**
 * The dependency gate (scripts/check-deps.mjs): a production dependency below its floor or a
 * high-severity advisory fails; an unreachable advisory service warns without failing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  checkMinimumVersions,
  compareVersions,
  interpretAudit,
  MINIMUM_VERSIONS,
} from '../../scripts/check-deps.mjs';

const lockWith = (version: string | undefined) => ({
  packages: version === undefined ? {} : { 'node_modules/jspdf': { version } },
});

describe('compareVersions', () => {
  it.each([
    ['4.2.1', '4.2.1', 0],
    ['4.2.0', '4.2.1', -1],
    ['4.10.0', '4.2.1', 1],
    ['5.0.0', '4.2.1', 1],
    ['4.2.1-beta.1', '4.2.1', -1],
    ['v4.2.1', '4.2.1', 0],
  ] as const)('%s vs %s → %d', (a, b, order) => {
    expect(compareVersions(a, b)).toBe(order);
  });

  it('refuses what is not a version', () => {
    expect(() => compareVersions('latest', '4.2.1')).toThrow(TypeError);
  });
});

describe('minimum versions', () => {
  it('requires jsPDF 4.2.1 or later', () => {
    expect(MINIMUM_VERSIONS.jspdf?.version).toBe('4.2.1');
  });

  it.each([
    ['4.2.1', '4.2.1', 0],
    ['4.3.0', '4.3.0', 0],
    ['4.2.0', '4.2.1', 1],
    ['4.2.1', '4.0.0', 1],
    ['3.0.3', '3.0.3', 2],
  ] as const)('installed %s, locked %s → %d problems', (installed, locked, count) => {
    expect(checkMinimumVersions({ jspdf: installed }, lockWith(locked))).toHaveLength(count);
  });

  it('fails when jsPDF is missing from node_modules or the lock file', () => {
    const problems = checkMinimumVersions({ jspdf: undefined }, lockWith(undefined));
    expect(problems).toEqual([
      'jspdf: no version found in installed (need 4.2.1 or later)',
      'jspdf: no version found in package-lock.json (need 4.2.1 or later)',
    ]);
  });

  it('holds for this checkout', () => {
    const lock: unknown = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const pkg = JSON.parse(readFileSync('node_modules/jspdf/package.json', 'utf8')) as {
      version: string;
    };
    expect(checkMinimumVersions({ jspdf: pkg.version }, lock)).toEqual([]);
  });
});

describe('interpretAudit', () => {
  const report = (counts: Record<string, number>, vulnerabilities = {}) =>
    JSON.stringify({ metadata: { vulnerabilities: counts }, vulnerabilities });

  it('passes with only low and moderate advisories', () => {
    expect(interpretAudit(report({ low: 2, moderate: 1, high: 0, critical: 0 })).kind).toBe('ok');
  });

  it('fails on a high or critical advisory, naming the package', () => {
    const outcome = interpretAudit(
      report(
        { high: 1, critical: 0 },
        { jspdf: { name: 'jspdf', severity: 'high', range: '<4.2.1' } },
      ),
    );
    expect(outcome).toMatchObject({ kind: 'vulnerable', packages: ['jspdf (high, <4.2.1)'] });
  });

  it.each([
    ['an error report from a proxy', JSON.stringify({ message: '405 Method Not Allowed' })],
    ['no JSON at all', 'npm ERR! network'],
    ['nothing', ''],
  ])('treats %s as unavailable, not as clean', (_, stdout) => {
    expect(interpretAudit(stdout).kind).toBe('unavailable');
  });
});
