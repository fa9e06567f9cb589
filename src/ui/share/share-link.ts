/**
 * Share links carry an assessment's answers in the URL fragment, compressed, so nothing is sent
 * to any server: the part after `#` never leaves the browser.
 */
import {
  buildHandoffFile,
  parseHandoffFile,
  type HandoffInput,
  type ImportedAssessment,
} from '../../core/handoff';
import type { Result } from '../../core/types';

export const SHARE_PREFIX = '#share=';
/** Fragments longer than this are refused before decoding (a real link is a few KiB). */
export const MAX_SHARE_CHARS = 64 * 1024;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment for a share link; notes stay private and are left out. */
export async function createShareFragment(input: HandoffInput, now: string): Promise<string> {
  const file = buildHandoffFile({ ...input, notes: {} }, now);
  const json = new TextEncoder().encode(JSON.stringify(file));
  return SHARE_PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** True when a location hash is a share link. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** Reads a share link's fragment: the assessment, or the reasons it cannot be read. */
export async function readShareFragment(hash: string): Promise<Result<ImportedAssessment>> {
  const body = hash.slice(SHARE_PREFIX.length);
  if (!isShareFragment(hash) || body.length === 0 || body.length > MAX_SHARE_CHARS) {
    return { ok: false, issues: [{ field: 'link', message: 'is not a complete share link' }] };
  }
  let json: string;
  try {
    const bytes = await pipe(fromBase64Url(body), new DecompressionStream('deflate-raw'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      issues: [{ field: 'link', message: 'is damaged (it may have been cut off when copied)' }],
    };
  }
  return parseHandoffFile(json);
}
