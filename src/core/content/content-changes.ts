/**
 * What changed in the question bank from one content version to the next, as data: the stored
 * record, the hand-off import and the share-link import all read this one table, so an answer
 * given under an earlier bank is treated the same wherever it comes from, and the user is told
 * by name which of their questions changed. Add a release here whenever CONTENT_VERSION moves.
 */
import type { Answers, AnswerValue } from '../types';

/** What becomes of an earlier answer to a changed question. */
export type AnswerFate =
  /** The answer still measures what the question asks now (the new meaning is a part of the old). */
  | 'kept'
  /** The question asks something else now: the answer is left out and the question asked again. */
  | 'dropped';

/** One question whose meaning changed in a release. */
export interface QuestionChange {
  /** The question's id (an id that still exists, or one that was removed). */
  id: string;
  /** A short name for the question, as notices name it. */
  title: string;
  answer: AnswerFate;
  /** What changed, in plain words, to follow "it now…" in a notice; no full stop at the end. */
  note: string;
}

/** One question bank: its version and what changed from the one before. */
export interface ContentRelease {
  version: string;
  /** Questions whose meaning changed (split, narrowed, reworded or removed). */
  changed: readonly QuestionChange[];
  /** Questions that are new in this release. */
  added: readonly string[];
}

/** Every question bank, oldest first; the last one is CONTENT_VERSION (a test checks). */
export const CONTENT_RELEASES: readonly ContentRelease[] = [
  { version: '2026.11.1', changed: [], added: [] },
  {
    // Issue 13: every question asks one thing, and the practices a vCISO intake asks about
    // (email, payment changes, admin accounts, unsupported systems, scanning) are there.
    // Kept answers: each old level asked for at least what the new level asks, so an old
    // answer never overstates the narrower question.
    version: '2026.12.1',
    changed: [
      {
        id: 'gv-vendor-risk',
        title: 'Vendor security',
        answer: 'kept',
        note: 'asks only how you check the security of vendors that can reach your systems or data',
      },
      {
        id: 'pr-access-control',
        title: 'Accounts and access',
        answer: 'kept',
        note: 'asks only about joiners, movers and leavers; admin accounts have a question of their own',
      },
      {
        id: 'pr-patching',
        title: 'Patching',
        answer: 'kept',
        note: 'asks only how updates are installed; scanning and testing for weaknesses is a new question',
      },
      {
        id: 'pr-network-protection',
        title: 'Network protection',
        answer: 'kept',
        note: 'asks only how far an attacker could reach inside your network; remote access is a new question',
      },
      {
        // Old level 4 (containment tested, causes written up) says nothing about a responder
        // lined up, which is all the question asks now: the answer cannot carry over.
        id: 'rs-containment',
        title: 'Incident response help',
        answer: 'dropped',
        note: 'asks only whether outside incident response help is lined up before you need it',
      },
      {
        id: 'it-lifecycle',
        title: 'Replacement planning',
        answer: 'kept',
        note: 'asks only how replacements are planned; systems past their end of support are a new question',
      },
    ],
    added: [
      'id-vulnerability-scanning',
      'pr-privileged-accounts',
      'pr-email-security',
      'pr-payment-verification',
      'pr-end-of-life',
      'pr-remote-access',
    ],
  },
];

/** What migrateAnswers did to answers from an earlier bank. */
export interface ContentMigration {
  /** The answers, with every 'dropped' change's answer left out. */
  answers: Answers;
  /** The changed questions these answers included, oldest release first. */
  changed: QuestionChange[];
  /** Questions added since the answers were given. */
  added: string[];
}

/**
 * The releases after `version`, oldest first. A version the table does not know is treated as
 * older than all of them unless it reads as a later date-like label (a file from a newer app):
 * naming a change that did not happen is better than keeping an answer that no longer fits.
 */
export function releasesSince(
  version: string,
  releases: readonly ContentRelease[] = CONTENT_RELEASES,
): readonly ContentRelease[] {
  const at = releases.findIndex((r) => r.version === version);
  if (at >= 0) return releases.slice(at + 1);
  const latest = releases.at(-1);
  if (latest && compareVersions(version, latest.version) > 0) return [];
  return releases;
}

/** Brings answers given under `version` up to the current bank and says what that changed. */
export function migrateAnswers(
  version: string,
  answers: Answers,
  releases: readonly ContentRelease[] = CONTENT_RELEASES,
): ContentMigration {
  const out: Record<string, AnswerValue | undefined> = { ...answers };
  const changed: QuestionChange[] = [];
  const added: string[] = [];
  for (const release of releasesSince(version, releases)) {
    for (const change of release.changed) {
      if (!Object.hasOwn(out, change.id) || out[change.id] === undefined) continue;
      changed.push(change);
      if (change.answer === 'dropped') delete out[change.id];
    }
    for (const id of release.added) if (!added.includes(id)) added.push(id);
  }
  return { answers: out, changed, added };
}

/** Compares dotted numeric labels (2026.12.1); a label that is not one sorts first. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => (/^\d+(\.\d+)*$/.test(v) ? v.split('.').map(Number) : null);
  const pa = parse(a);
  const pb = parse(b);
  if (!pa) return pb ? -1 : 0;
  if (!pb) return 1;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
