/**
 * Which files a first visit downloads before the first screen can show, from a production build:
 * what index.html names (its module script, modulepreload links and stylesheets) plus, from Vite's
 * manifest (dist/.vite/manifest.json), the entry's static imports and their CSS, followed to the
 * end. Everything else the app can import later is a lazy chunk. Shared by the budget check
 * (bench/check-budgets.mjs, part of `npm test`) and the bench (bench/run.mjs).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Code that must never be part of the first screen, by a string only that library contains. */
export const FORBIDDEN_IN_INITIAL = [
  { name: 'Chart.js', pattern: /_chartjs\b/ },
  { name: 'jsPDF', pattern: /AcroForm|PubSub/ },
];

/** The files index.html references: module scripts, modulepreloads and stylesheets, in order. */
export function referencedByHtml(html) {
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i'))?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src && attr('type') === 'module') found.push({ file: stripBase(src), as: 'script' });
    } else {
      const rel = attr('rel');
      const href = attr('href');
      if (!href) continue;
      if (rel === 'modulepreload') found.push({ file: stripBase(href), as: 'modulepreload' });
      else if (rel === 'stylesheet') found.push({ file: stripBase(href), as: 'stylesheet' });
    }
  }
  return found;
}

function stripBase(url) {
  return url.replace(/^\.?\//, '');
}

/**
 * Splits a build's JS and CSS into the first screen's (initial) set and the lazy rest.
 * @param manifest Vite's manifest: { [key]: { file, isEntry?, src?, imports?, dynamicImports?, css? } }
 * @param html the built index.html
 * @param entryKey the manifest key of the page's entry (default 'index.html')
 * @returns {{ initial: { file: string, why: string }[], lazy: { file: string, why: string }[] }}
 */
export function splitInitial(manifest, html, entryKey = 'index.html') {
  if (!manifest || typeof manifest !== 'object') throw new Error('The manifest is not an object.');
  const entry = manifest[entryKey];
  if (!entry || !entry.isEntry) {
    throw new Error(`The manifest has no entry "${entryKey}" (is build.manifest on?).`);
  }
  const initial = new Map();
  const add = (file, why) => {
    if (!initial.has(file)) initial.set(file, why);
  };
  const visit = (key, why) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names "${key}" but has no such chunk.`);
    if (initial.has(chunk.file)) return;
    add(chunk.file, why);
    for (const css of chunk.css ?? []) add(css, `CSS of ${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported, `static import of ${chunk.file}`);
  };
  visit(entryKey, 'entry script');
  // Whatever the page itself links is downloaded at once, whether the manifest says so or not.
  for (const ref of referencedByHtml(html)) add(ref.file, `<${ref.as}> in index.html`);

  // Lazy: what the entry can reach through dynamic import(), then anything else in the build.
  const lazy = new Map();
  const seen = new Set();
  const visitLazy = (key, why) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (!initial.has(chunk.file) && !lazy.has(chunk.file)) lazy.set(chunk.file, why);
    for (const css of chunk.css ?? []) {
      if (!initial.has(css) && !lazy.has(css)) lazy.set(css, `CSS of ${chunk.file}`);
    }
    for (const k of chunk.imports ?? []) visitLazy(k, why);
    for (const k of chunk.dynamicImports ?? []) visitLazy(k, `import() from ${chunk.file}`);
  };
  visitLazy(entryKey, 'entry');
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry && key !== entryKey) visitLazy(key, `entry ${key}`);
  }
  return {
    initial: [...initial].map(([file, why]) => ({ file, why })),
    lazy: [...lazy].map(([file, why]) => ({ file, why })),
  };
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes in bytes. */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Which forbidden libraries a file's text contains. */
export function forbiddenIn(text) {
  return FORBIDDEN_IN_INITIAL.filter((f) => f.pattern.test(text)).map((f) => f.name);
}

/** Sums size records. */
export function total(records) {
  return records.reduce(
    (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** KiB with one decimal. */
export function kib(bytes) {
  return (bytes / 1024).toFixed(1);
}
