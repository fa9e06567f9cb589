import { describe, expect, it } from 'vitest';
import {
  forbiddenIn,
  referencedByHtml,
  sizes,
  splitInitial,
  total,
  type Manifest,
} from '../../bench/initial-assets.mjs';

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/main-1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/shared-1.js">
<link rel="stylesheet" crossorigin href="/assets/app-1.css">
<link rel="icon" href="/favicon.svg">
</head><body><div id="app"></div></body></html>`;

const manifest: Manifest = {
  'index.html': {
    file: 'assets/main-1.js',
    isEntry: true,
    src: 'index.html',
    imports: ['_app.js'],
    dynamicImports: ['src/results.ts'],
  },
  '_app.js': { file: 'assets/app-1.js', imports: ['_shared.js'], css: ['assets/app-1.css'] },
  '_shared.js': { file: 'assets/shared-1.js' },
  'src/results.ts': {
    file: 'assets/results-1.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_chart.js'],
    css: ['assets/results-1.css'],
  },
  '_chart.js': { file: 'assets/chart-1.js' },
  'embed.html': { file: 'assets/embed-1.js', isEntry: true, imports: ['_app.js'] },
};

describe('referencedByHtml', () => {
  it('finds module scripts, modulepreloads and stylesheets, not icons', () => {
    expect(referencedByHtml(html)).toEqual([
      { file: 'assets/main-1.js', as: 'script' },
      { file: 'assets/shared-1.js', as: 'modulepreload' },
      { file: 'assets/app-1.css', as: 'stylesheet' },
    ]);
  });

  it('ignores classic scripts and links without href', () => {
    expect(referencedByHtml('<script src="/a.js"></script><link rel="stylesheet">')).toEqual([]);
  });
});

describe('splitInitial', () => {
  it('follows static imports and their CSS from the entry; dynamic imports are lazy', () => {
    const { initial, lazy } = splitInitial(manifest, html);
    expect(initial.map((f) => f.file)).toEqual([
      'assets/main-1.js',
      'assets/app-1.js',
      'assets/app-1.css',
      'assets/shared-1.js',
    ]);
    expect(lazy.map((f) => f.file)).toEqual([
      'assets/results-1.js',
      'assets/results-1.css',
      'assets/chart-1.js',
      'assets/embed-1.js',
    ]);
    expect(lazy[0]?.why).toBe('import() from assets/main-1.js');
  });

  it('counts a file the page preloads even when no static import names it', () => {
    const page = html.replace('</head>', '<link rel="modulepreload" href="/assets/chart-1.js">');
    const { initial, lazy } = splitInitial(manifest, page);
    expect(initial.map((f) => f.file)).toContain('assets/chart-1.js');
    expect(lazy.map((f) => f.file)).not.toContain('assets/chart-1.js');
  });

  it('says plainly when the manifest has no such entry or names a missing chunk', () => {
    expect(() => splitInitial({}, html)).toThrow(/no entry "index.html"/);
    const broken: Manifest = { 'index.html': { file: 'a.js', isEntry: true, imports: ['_x'] } };
    expect(() => splitInitial(broken, html)).toThrow(/names "_x" but has no such chunk/);
  });
});

describe('sizes and forbidden code', () => {
  it('measures raw, gzip and brotli, and sums them', () => {
    const text = new TextEncoder().encode('abc'.repeat(1000));
    const s = sizes(text);
    expect(s.raw).toBe(3000);
    expect(s.gzip).toBeLessThan(100);
    expect(s.brotli).toBeLessThan(100);
    expect(total([s, s])).toEqual({ raw: 6000, gzip: 2 * s.gzip, brotli: 2 * s.brotli });
  });

  it('recognises Chart.js and jsPDF code, and nothing in plain app code', () => {
    expect(forbiddenIn('e._chartjs?e._chartjs.listeners.push(t)')).toEqual(['Chart.js']);
    expect(forbiddenIn('var PubSub=function(){};API.AcroForm={}')).toEqual(['jsPDF']);
    expect(forbiddenIn('import("./chart-registry.js"); const pdf = "jspdf";')).toEqual([]);
  });
});
