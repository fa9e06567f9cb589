/**
 * A Vite plugin that hands the build the MSP's config.json, if the project has one: the module
 * `virtual:ff-built-config` exports it, validated, as `{ config, source: 'configured' }`, or null
 * when there is no file (the app is then the labelled demo). The file sits in public/, so the
 * build also copies it beside index.html, where the page and the widget read it at run time. A
 * bad file stops the build with every issue by path: a page is never built half-configured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readConfigFile } from '../../src/core/config-file';

export const BUILT_CONFIG_ID = 'virtual:ff-built-config';
const RESOLVED_ID = `\0${BUILT_CONFIG_ID}`;

/** Where the project's configuration lives, from the project root. */
export const BUILT_CONFIG_FILE = 'public/config.json';

/**
 * The virtual module's source for a config.json's text (null: no file). Throws an Error that
 * lists every issue, one per line, when the file is not a valid configuration.
 */
export function builtConfigModule(text: string | null, file = BUILT_CONFIG_FILE): string {
  if (text === null) return 'export default null;\n';
  const read = readConfigFile(text);
  if (!read.ok) {
    const lines = read.issues.map((i) => `  ${i.field}: ${i.message}`);
    throw new Error(`${file} is not a valid configuration:\n${lines.join('\n')}`);
  }
  const start = { config: read.value, source: 'configured' };
  return `export default ${JSON.stringify(start)};\n`;
}

export function builtConfig(options: { file?: string } = {}): Plugin {
  const file = options.file ?? BUILT_CONFIG_FILE;
  let root = process.cwd();
  return {
    name: 'ff-built-config',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === BUILT_CONFIG_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const path = resolve(root, file);
      // Watched even while missing, so `vite dev` picks up a file added later.
      this.addWatchFile(path);
      return builtConfigModule(existsSync(path) ? readFileSync(path, 'utf8') : null, file);
    },
  };
}
