/** Types of initial-assets.mjs, for the unit test. */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export const FORBIDDEN_IN_INITIAL: readonly { name: string; pattern: RegExp }[];
export function referencedByHtml(
  html: string,
): { file: string; as: 'script' | 'modulepreload' | 'stylesheet' }[];
export function splitInitial(
  manifest: Manifest,
  html: string,
  entryKey?: string,
): { initial: { file: string; why: string }[]; lazy: { file: string; why: string }[] };
export function sizes(bytes: Uint8Array): Sizes;
export function forbiddenIn(text: string): string[];
export function total(records: readonly Sizes[]): Sizes;
export function kib(bytes: number): string;
