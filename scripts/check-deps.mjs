#!/usr/bin/env node
/**
 * Fails the build on a known high-severity advisory in production dependencies, and on a
 * production dependency older than the version we require (jsPDF 4.2.1 and up: earlier 4.x
 * releases have published high-severity advisories about user text reaching the PDF).
 *
 *   node scripts/check-deps.mjs
 *
 * Two checks:
 *   1. Offline, always: the installed version (node_modules/<pkg>/package.json) and the locked
 *      version (package-lock.json) of each package in MINIMUM_VERSIONS must be at least that
 *      version. A missing package or lock entry fails too.
 *   2. Online: `npm audit --omit=dev --audit-level=high --json`. A high or critical advisory
 *      fails. When the advisory service cannot be reached (no network, a proxy that refuses
 *      the bulk endpoint), the check says so loudly and does not fail: the offline floor above
 *      still holds, and a network outage must not block a release. Set
 *      FF_AUDIT_REQUIRED=1 to make an unreachable service a failure as well.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The oldest version of each production dependency we accept, and why. */
export const MINIMUM_VERSIONS = {
  jspdf: {
    version: '4.2.1',
    why: 'jsPDF before 4.2.1 has high-severity advisories; the PDF carries text users typed',
  },
};

/** Compares two x.y.z versions (a pre-release sorts before its release); -1, 0 or 1. */
export function compareVersions(a, b) {
  const parse = (v) => {
    const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(String(v).trim());
    if (!m) throw new TypeError(`not a version: ${JSON.stringify(v)}`);
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ?? null };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    if (x.nums[i] !== y.nums[i]) return x.nums[i] < y.nums[i] ? -1 : 1;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === null) return 1;
  if (y.pre === null) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/**
 * Problems with the installed and locked versions, as sentences; [] when all is well.
 * `installed` maps a package to its node_modules version (undefined: not installed);
 * `lock` is package-lock.json as parsed (lockfile v2/v3, `packages` keyed by path).
 */
export function checkMinimumVersions(installed, lock, minimums = MINIMUM_VERSIONS) {
  const problems = [];
  for (const [name, { version: min, why }] of Object.entries(minimums)) {
    const sources = [
      ['installed', installed[name]],
      ['package-lock.json', lock?.packages?.[`node_modules/${name}`]?.version],
    ];
    for (const [where, version] of sources) {
      if (version === undefined) {
        problems.push(`${name}: no version found in ${where} (need ${min} or later)`);
        continue;
      }
      let order;
      try {
        order = compareVersions(version, min);
      } catch {
        problems.push(`${name}: ${where} has an unreadable version ${JSON.stringify(version)}`);
        continue;
      }
      if (order < 0) problems.push(`${name} ${version} (${where}) is older than ${min}: ${why}`);
    }
  }
  return problems;
}

/**
 * Reads `npm audit --json` output. Returns
 *   { kind: 'ok', counts }              no high or critical advisory
 *   { kind: 'vulnerable', counts, packages }  at least one high or critical advisory
 *   { kind: 'unavailable', reason }     the advisory service did not answer
 */
export function interpretAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { kind: 'unavailable', reason: 'npm audit printed no JSON report' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const reason = report?.error?.summary || report?.message || 'no vulnerability counts';
    return { kind: 'unavailable', reason: String(reason) };
  }
  const serious = (Number(counts.high) || 0) + (Number(counts.critical) || 0);
  if (serious === 0) return { kind: 'ok', counts };
  const packages = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v && (v.severity === 'high' || v.severity === 'critical'))
    .map((v) => `${v.name} (${v.severity}, ${v.range})`);
  return { kind: 'vulnerable', counts, packages };
}

function runAudit(cwd) {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--audit-level=high', '--json'],
      { cwd, timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
      // npm audit exits non-zero both on findings and on errors: the JSON tells them apart.
      (error, stdout) => resolve({ stdout: String(stdout ?? ''), error }),
    );
  });
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  let failed = false;

  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'));
  const installed = {};
  for (const name of Object.keys(MINIMUM_VERSIONS)) {
    try {
      const pkg = JSON.parse(
        await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8'),
      );
      installed[name] = pkg.version;
    } catch {
      installed[name] = undefined;
    }
  }
  const floor = checkMinimumVersions(installed, lock);
  if (floor.length > 0) {
    failed = true;
    for (const p of floor) console.error(`check-deps: FAIL ${p}`);
  } else {
    const list = Object.entries(MINIMUM_VERSIONS).map(([n, m]) => `${n} >= ${m.version}`);
    console.log(`check-deps: minimum versions hold (${list.join(', ')})`);
  }

  const audit = interpretAudit((await runAudit(root)).stdout);
  if (audit.kind === 'vulnerable') {
    failed = true;
    console.error(
      `check-deps: FAIL npm audit found high or critical advisories in production dependencies: ${audit.packages.join('; ')}`,
    );
  } else if (audit.kind === 'ok') {
    console.log('check-deps: npm audit --omit=dev found no high or critical advisory');
  } else {
    const banner = '!'.repeat(78);
    console.warn(
      `${banner}\ncheck-deps: WARNING the npm advisory service could not be reached (${audit.reason}).\n` +
        'No advisory check ran: only the offline minimum versions were checked.\n' +
        'Run `npm audit --omit=dev --audit-level=high` where the registry is reachable.\n' +
        banner,
    );
    if (process.env.FF_AUDIT_REQUIRED === '1') failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
