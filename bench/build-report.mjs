/**
 * Reads a production build in dist/ and reports its bytes: the first screen's initial set
 * (index.html + entry JS + its static imports + CSS), every lazy chunk and the widget snippet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forbiddenIn, sizes, splitInitial, total } from './initial-assets.mjs';

/** @returns the byte report of the build in `dist` */
export function buildReport(dist = 'dist') {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const html = readFileSync(join(dist, 'index.html'));
  const { initial, lazy } = splitInitial(manifest, html.toString('utf8'));
  const read = (file) => {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`${path} is named by the build but does not exist.`);
    return readFileSync(path);
  };
  const initialFiles = [
    { file: 'index.html', why: 'the page', ...sizes(html), forbidden: [] },
    ...initial.map(({ file, why }) => {
      const bytes = read(file);
      return { file, why, ...sizes(bytes), forbidden: forbiddenIn(bytes.toString('utf8')) };
    }),
  ];
  const lazyFiles = lazy.map(({ file, why }) => ({ file, why, ...sizes(read(file)) }));
  const snippet = { file: 'embed.js', ...sizes(read('embed.js')) };
  return {
    initial: { files: initialFiles, total: total(initialFiles) },
    lazy: lazyFiles.sort((a, b) => b.gzip - a.gzip),
    snippet,
  };
}
