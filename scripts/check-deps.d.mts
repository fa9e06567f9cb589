/** Types for scripts/check-deps.mjs, so its tests are type-checked. */
export const MINIMUM_VERSIONS: Record<string, { version: string; why: string }>;
export function compareVersions(a: string, b: string): -1 | 0 | 1;
export function checkMinimumVersions(
  installed: Record<string, string | undefined>,
  lock: unknown,
  minimums?: Record<string, { version: string; why: string }>,
): string[];
export type AuditOutcome =
  | { kind: 'ok'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string };
export function interpretAudit(stdout: string): AuditOutcome;
