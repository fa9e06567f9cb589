#!/usr/bin/env node
/**
 * The byte budgets, checked by `npm test` right after `npm run build`: bytes only, no timings,
 * so it is the same on every machine. Raise a budget only with the reason in the commit.
 */
import { buildReport } from './build-report.mjs';
import { kib } from './initial-assets.mjs';

/** Gzip bytes. */
export const BUDGETS = {
  /**
   * index.html + entry JS + its static imports + CSS: everything before the first screen.
   * The goal is 40 KiB. The build is at 60.5 KiB: Svelte's runtime about 17, XState 13, the
   * machine (library, presenter, import, share and delivery states) 5.5, the question structure
   * with the discovery wording 4.6, the welcome screen, the header and the messages. Since
   * 2026-12-02 the readiness wording (8 KiB), the review screen and the question screen (5.7 KiB,
   * fetched when idle after the welcome paints) and the results, PDF and lead messages (2.8 KiB,
   * messages/results.ts) load on demand; lower this with each further cut.
   */
  initialGzip: 62 * 1024,
  /** dist/embed.js, the snippet a host page includes. */
  snippetGzip: 5 * 1024,
};

const report = buildReport(process.argv[2] ?? 'dist');
const rows = report.initial.files.map((f) => [
  f.file,
  String(f.raw),
  String(f.gzip),
  String(f.brotli),
  f.why,
]);
const width = (i) => Math.max(...rows.map((r) => r[i].length), 8);
const line = (r) =>
  `${r[0].padEnd(width(0))}  ${r[1].padStart(8)}  ${r[2].padStart(8)}  ${r[3].padStart(8)}  ${r[4]}`;
console.log('First screen (initial) files, bytes:');
console.log(line(['file', 'raw', 'gzip', 'brotli', 'why']));
for (const r of rows) console.log(line(r));
const t = report.initial.total;
console.log(line(['total', String(t.raw), String(t.gzip), String(t.brotli), '']));

const failures = [];
const check = (what, actual, budget) => {
  const ok = actual <= budget;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${what}: ${kib(actual)} KiB gzip (budget ${kib(budget)} KiB)`,
  );
  if (!ok) failures.push(`${what} is ${kib(actual)} KiB gzip, over its ${kib(budget)} KiB budget`);
};
check('first screen (HTML + JS + CSS)', t.gzip, BUDGETS.initialGzip);
check('widget snippet dist/embed.js', report.snippet.gzip, BUDGETS.snippetGzip);
for (const f of report.initial.files) {
  for (const lib of f.forbidden) failures.push(`${f.file} (first screen) contains ${lib} code`);
}
console.log(
  failures.some((f) => f.includes('contains'))
    ? 'FAIL Chart.js / jsPDF in the first screen'
    : 'ok   no Chart.js or jsPDF code in the first screen',
);
if (failures.length > 0) {
  console.error(`\nBudget check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
