/**
 * What the flow tells the user, as typed codes with their parameters; src/ui/messages/notices.ts
 * words them. A notice stays until dismissed, and the same notice is never shown twice.
 */
import type { QuestionChange } from '../core/content/content-changes';
import type { FieldIssue } from '../core/types';
import type { StorageProblem } from '../storage/assessment-repository';

/** Where an imported assessment came from, for its notice. */
export type ImportSource = 'file' | 'link';

export type Notice =
  /** Storage's own report on one stored record (worded by storage for now). */
  | { kind: 'storage-problem'; problem: StorageProblem }
  /** Values in the page's link that could not be used to fill in the first answers. */
  | { kind: 'prefill'; problems: FieldIssue[] }
  /** Saved work could not be read at start-up, or a new assessment could not be made. */
  | { kind: 'unavailable'; failed: 'read' | 'create' }
  /** The assessment asked for is not on this device any more. */
  | { kind: 'missing' }
  /** A share link that does not hold a valid assessment (issues null: it could not be read). */
  | { kind: 'share-invalid'; issues: FieldIssue[] | null }
  | {
      kind: 'imported';
      id: string;
      source: ImportSource;
      companyName: string;
      /** The question bank the file was answered with and this app's, when they differ. */
      versions: { file: string; app: string } | null;
      /** Answers left out because this version no longer asks or accepts them. */
      dropped: FieldIssue[];
      /** Answered questions whose meaning changed, and what became of each answer. */
      changed: QuestionChange[];
      /** How many questions are new since the file's version. */
      added: number;
      /** Its cost assumptions predate those this version added (they take the defaults). */
      olderAssumptions: boolean;
    }
  /** A valid hand-off file or share link holding more than one stored assessment may. */
  | { kind: 'import-too-large'; source: ImportSource; companyName: string; reason: string }
  | { kind: 'import-failed'; source: ImportSource }
  /**
   * Another tab changed the assessment this tab was saving (this tab's version was kept as a
   * copy) or deleted it (closed here, not written back).
   */
  | { kind: 'conflict'; change: 'changed'; id: string; companyName: string; copyName: string }
  | { kind: 'conflict'; change: 'deleted'; id: string; companyName: string }
  | { kind: 'save-failed' }
  | { kind: 'duplicate-failed' }
  | { kind: 'update-failed' }
  | { kind: 'delete-failed' }
  | { kind: 'restore-failed' }
  | { kind: 'lead-failed' }
  | { kind: 'export-failed' }
  /** The earlier assessment to compare with could not be read. */
  | { kind: 'compare-failed' };

export type NoticeKind = Notice['kind'];

/** The kinds of notice an import leaves; a new import replaces them. */
export const IMPORT_NOTICE_KINDS: readonly NoticeKind[] = [
  'imported',
  'import-failed',
  'import-too-large',
];

const sameNotice = (a: Notice, b: Notice) => JSON.stringify(a) === JSON.stringify(b);

/** `notices` with `added` appended, leaving out any already there (a failure says so once). */
export function withNotices(notices: readonly Notice[], added: readonly Notice[]): Notice[] {
  const out = [...notices];
  for (const n of added) if (!out.some((o) => sameNotice(o, n))) out.push(n);
  return out;
}
