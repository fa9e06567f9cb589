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
   * index.html + entry JS + its static imports + CSS: everything before the first screen paints.
   * The budget. The build is at 32.2 KiB: Svelte's runtime about 17, the welcome screen,
   * header (with the demo label), notices and undo bar, the messages, the brand, the reader of
   * the config.json served beside the page and the list of its issues, the stylesheet, and the
   * welcome screen prerendered into index.html (2 KiB of HTML). The configurator
   * (configure.html) is a build of its own and adds nothing here. XState, the machine and its actors
   * (src/ui/start-flow.ts, about 20 KiB) load just after the first paint; the question screen,
   * the wording and everything later load on demand (bench/README.md).
   */
  initialGzip: 40 * 1024,
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
