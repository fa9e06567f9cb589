/**
 * config.json: the MSP's configuration as a file. The standalone page is built with one and
 * reads the one served beside it; the widget reads the one its `data-config` names; the
 * configurator imports and exports it. A file is a whole configuration, checked by parseConfig:
 * nothing in it falls back to the demo's values.
 */
import { parseConfig } from './config';
import type { Config, ConfigStart, FieldIssue, Result } from './types';

/** The file's name, beside index.html and embed.js. */
export const CONFIG_FILE_NAME = 'config.json';

/** Largest file read, in characters: a full configuration is about 2,000. */
export const CONFIG_FILE_MAX_CHARS = 100_000;

/** Where an issue with the file as a whole is reported. */
const FILE_FIELD = CONFIG_FILE_NAME;

/** Reads a config.json's text: size, JSON, then every check of parseConfig, all by path. */
export function readConfigFile(text: string): Result<Config> {
  if (text.length > CONFIG_FILE_MAX_CHARS) {
    const max = CONFIG_FILE_MAX_CHARS.toLocaleString('en-US');
    return fileIssue(`is larger than ${max} characters, so it is not a configuration`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // The parser's own words say where: "Unexpected token } in JSON at position 120".
    const where = e instanceof Error ? e.message : '';
    return fileIssue(`is not valid JSON${where ? ` (${where})` : ''}`);
  }
  return parseConfig(raw);
}

function fileIssue(message: string): Result<Config> {
  return { ok: false, issues: [{ field: FILE_FIELD, message }] };
}

/** A validated configuration as config.json's text: two-space JSON and a final newline. */
export function configFileText(config: Config): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Whether two configurations say the same, whatever the order of their keys. */
export function sameConfig(a: Config, b: Config): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What asking for a config.json found: its text, no file (HTTP 404), or no answer. */
export type ServedConfigFile =
  { kind: 'found'; text: string } | { kind: 'absent' } | { kind: 'unreachable'; reason: string };

/** What the page does with the file served beside it, given the configuration it started with. */
export type StartDecision =
  | { kind: 'keep' }
  | { kind: 'switch'; start: ConfigStart }
  | { kind: 'refuse'; issues: FieldIssue[] };

/**
 * The standalone page's rule: a served config.json wins over the one the page was built with (so
 * an MSP changes prices by replacing that one file); a bad one stops the app with every issue;
 * with no file, or no answer (offline with nothing cached), the page keeps what it was built with.
 */
export function decideStart(built: ConfigStart, served: ServedConfigFile): StartDecision {
  if (served.kind !== 'found') return { kind: 'keep' };
  const read = readConfigFile(served.text);
  if (!read.ok) return { kind: 'refuse', issues: read.issues };
  if (built.source === 'configured' && sameConfig(built.config, read.value)) {
    return { kind: 'keep' };
  }
  return { kind: 'switch', start: { config: read.value, source: 'configured' } };
}
