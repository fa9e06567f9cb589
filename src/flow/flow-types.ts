/** The machine's data and events, and the shapes its I/O actors exchange. */
import type { SavedAssumptions } from '../core/assumptions';
import type { Outcome } from '../core/outcome';
import type { ImportedAssessment } from '../core/handoff';
import type { Answers, AnswerValue, FieldIssue, LeadPlacement } from '../core/types';
import type { ScoreSummary } from '../storage/assessment-record';
import type { LeadContact, LeadStatus } from '../storage/lead-outbox';
import type { LeadInput } from './lead-delivery';
import type { Notice } from './notices';
import type { Cursor, SectionId } from './steps';
import type { StorageFailure } from '../storage/storage-problems';
import type { ProgressComparison } from '../core/progress';

/** What the machine's states say about themselves, for the screens (read by flow-view.ts). */
export type FlowTag =
  /** Start-up: the library and the last assessment are being read. */
  | 'booting'
  /** The welcome screen and library (also while a library change is written). */
  | 'welcome'
  | 'questionnaire'
  | 'review'
  /** The results, or the lead form standing in front of them. */
  | 'results'
  /** before-results: the form waits for a lead before the detailed results show. */
  | 'lead-gate'
  /** A lead from the form is being stored. */
  | 'capturing-lead'
  /** A share link's read-only results. */
  | 'shared'
  /** Every change is written: no save waiting or running. */
  | 'saved'
  /** A new version may be offered here (the welcome screen or the results, never mid-answer). */
  | 'offers-update'
  /** The earlier assessment to compare with is being read. */
  | 'loading-comparison'
  /** Presenter mode: the results one step at a time (the step is context.presenterIndex). */
  | 'presenting';

/** How storage is behaving, as the repository reports it. */
/** Where saves go: IndexedDB, or this tab's memory with storage's reason (worded by the UI). */
export type StorageMode = { kind: 'persistent' } | { kind: 'memory'; reason: StorageFailure };

export type { ImportSource, Notice } from './notices';

export type { ScoreSummary };

export { ASSESSMENT_NOTE_KEY } from '../core/types';

/** One assessment in the library: what the list shows without opening it. */
export interface LibraryEntry {
  id: string;
  companyName: string;
  createdAt: string;
  updatedAt: string;
  progress: { answered: number; total: number };
  /** Gap score and recommended model when last saved; null while discovery is unfinished. */
  scoreSummary: ScoreSummary | null;
  /** The note on the whole assessment, '' when none. */
  note: string;
}

/** What navigator.storage.persist() answered: granted, refused, or no such API. */
export type DurabilityStatus = 'unknown' | 'granted' | 'refused' | 'unsupported';

/** The last thing done to the library, for a status line (the UI words it). */
export type LibraryActivity =
  | { kind: 'duplicated'; id: string; companyName: string }
  | { kind: 'renamed'; id: string; companyName: string }
  | { kind: 'noted'; id: string; companyName: string };

/** One assessment as the machine holds it. */
export interface OpenAssessment {
  id: string;
  companyName: string;
  createdAt: string;
  answers: Answers;
  notes: Record<string, string>;
  assumptions: SavedAssumptions | null;
  /** Scenario B's assumptions, compared beside the first set; null = no scenario B. */
  scenario: SavedAssumptions | null;
  cursor: Cursor | null;
}

export interface LibraryState {
  library: LibraryEntry[];
  /** Deleted, undo window still open (or the tab closed during it): not shown in the list. */
  deleted: LibraryEntry[];
  notices: Notice[];
  mode: StorageMode;
}

/** What duplicating hands back: the library with the copy, and the copy's entry. */
export interface DuplicateResult {
  state: LibraryState;
  copy: LibraryEntry | null;
}

/** What marking a deletion hands back: the library without it, and what was marked. */
export interface MarkDeletedResult {
  state: LibraryState;
  marked: LibraryEntry | null;
}

/** A change made from the library to an assessment that is not open. */
export interface AssessmentUpdate {
  id: string;
  companyName?: string;
  note?: string;
}

export interface StartupData extends LibraryState {
  /** The assessment open when the tab last closed, if it still loads. */
  last: OpenAssessment | null;
}

export interface LoadResult {
  assessment: OpenAssessment | null;
  notice: Notice | null;
}

/**
 * A save that found the stored record changed or deleted by another tab or window. Nothing was
 * overwritten: on `changed` this tab's version was saved as a separate assessment (`copy`).
 */
export type SaveConflict =
  | {
      kind: 'changed';
      id: string;
      companyName: string;
      copy: { id: string; companyName: string; createdAt: string };
    }
  | { kind: 'deleted'; id: string; companyName: string };

/** What a save reports: where saves go now, and a conflict with another tab if there was one. */
export interface SaveOutput {
  mode: StorageMode;
  conflict?: SaveConflict;
}

/** What a save writes: everything the user entered plus where they are. */
export interface SaveInput {
  assessment: OpenAssessment;
  /** The library's summary to store; undefined keeps the one stored (see summaryToSave). */
  summary?: ScoreSummary | null;
}

/** An earlier assessment of the same company, compared with the open one (as stored or imported). */
export interface EarlierAssessment {
  id: string;
  companyName: string;
  createdAt: string;
  /** The question bank it was answered with: the comparison carries it to today's. */
  contentVersion: string;
  answers: Answers;
}

/** What results are worked out from: the answers and both sets of saved cost assumptions. */
export interface ResultsInput {
  answers: Answers;
  assumptions: SavedAssumptions | null;
  scenario: SavedAssumptions | null;
  /** The open assessment compared with an earlier one of the same company, when the rep asked. */
  comparison?: { earlier: EarlierAssessment; later: { id: string; createdAt: string } } | null;
}

/** One computation: its outcome and what it was worked out from. */
export interface ComputedResults {
  input: ResultsInput;
  outcome: Outcome;
  /** Progress since the earlier assessment, when a comparison was asked for (and could be made). */
  progress?: ProgressComparison | null;
}

export interface FlowContext {
  /** The assessment being answered; null on the welcome screen. */
  current: OpenAssessment | null;
  library: LibraryEntry[];
  notices: Notice[];
  storage: StorageMode;
  /** Shown once after landing back on a saved assessment. */
  resumedFrom: string | null;
  /** Where the MSP's configuration puts the lead form (config.lead.placement). */
  leadPlacement: LeadPlacement;
  /** Whether a lead carries the results (config.lead.includeResults): it waits for them. */
  leadIncludesResults: boolean;
  /** Every lead captured on this device, as lead delivery (a child machine) last reported them. */
  leads: LeadReceipt[];
  /**
   * Deleted from the library, erased when the undo window ends (or restored by undo), as the
   * undo-deletion child machine last reported them.
   */
  pendingDeletions: LibraryEntry[];
  /** What the browser said when asked to keep this site's data. */
  durability: DurabilityStatus;
  /** The last duplicate, rename or note made from the library. */
  libraryActivity: LibraryActivity | null;
  /** Discovery answers from the link (validated), for the next new assessment; {} when none. */
  prefill: Answers;
  /** The share link's fragment, until it is read at start-up. */
  shareLink: string | null;
  /**
   * A Start pressed while the library was still loading (the welcome screen paints before it):
   * the company name typed, replayed once the machine is ready. Null when none.
   */
  pendingStart: string | null;
  /** The assessment a share link carries, shown read-only; null unless one is open. */
  shared: ImportedAssessment | null;
  /**
   * The results of the assessment on screen (open, or a share link's), worked out once per change
   * while they are shown and when the assessment is closed; null until then.
   */
  results: ComputedResults | null;
  /** A lead sent from the form, kept while the results it may carry are worked out. */
  leadToCapture: LeadInput | null;
  /** The earlier assessment the open one is compared with, while the rep keeps the comparison. */
  comparingWith: EarlierAssessment | null;
  /** An earlier assessment to compare with once the one being opened shows its results. */
  pendingComparison: string | null;
  /** Presenter mode's step (see presenter-steps.ts), 0 each time it starts; not saved. */
  presenterIndex: number;
}

/** What the machine is started with; every field has a default. */
export interface FlowInput {
  leadPlacement?: LeadPlacement;
  leadIncludesResults?: boolean;
  /** Discovery answers from URL parameters or data-prefill, already validated. */
  prefill?: Answers;
  /** What in those parameters could not be used, for a notice. */
  prefillProblems?: readonly FieldIssue[];
  /** The page's `#share=` fragment, when it opened from a share link. */
  share?: string;
}

/**
 * An import that is valid but cannot be kept: the actor throws it with the notice to show
 * (the file is the problem, not the device).
 */
export class ImportRefused extends Error {
  readonly notice: Notice;
  constructor(notice: Notice) {
    super(`import refused: ${notice.kind}`);
    this.name = 'ImportRefused';
    this.notice = notice;
  }
}

/** What importing hands back: the new assessment (a fresh id) and what to tell the user. */
export interface ImportResult {
  assessment: OpenAssessment;
  notice: Notice;
}

/** One captured lead as the machine knows it: ids and delivery status, no personal data. */
export interface LeadReceipt {
  leadId: string;
  assessmentId: string;
  createdAt: string;
  status: LeadStatus;
  /** Failed delivery attempts so far (drives the back-off). */
  attempts: number;
}

/** What captureLead hands back: the receipt, and the contact for the host event (opt-in only). */
export interface CapturedLead {
  receipt: LeadReceipt;
  contact: LeadContact;
}

/** What one delivery attempt came to. */
export interface DeliveryResult {
  leadId: string;
  outcome: 'sent' | 'retry' | 'rejected' | 'gone';
  attempts: number;
}

/** Events the machine emits for the page around it (the embed turns them into ff:* events). */
export type FlowEmitted =
  | { type: 'assessment.started'; assessmentId: string }
  | { type: 'section.completed'; assessmentId: string; section: SectionId }
  | { type: 'assessment.completed'; assessmentId: string }
  | {
      type: 'lead.submitted';
      assessmentId: string;
      leadId: string;
      delivery: 'pending' | 'local';
      contact: LeadContact;
    }
  | { type: 'report.downloaded'; assessmentId: string };

/** What the screens send. */
export type ScreenEvent =
  | { type: 'assessment.start'; companyName: string }
  /** Opens an assessment; with `compareWith`, its results compared with that earlier one. */
  | { type: 'assessment.resume'; id: string; compareWith?: string }
  | { type: 'assessment.delete'; id: string }
  | { type: 'assessment.duplicate'; id: string }
  | { type: 'deletion.undo' }
  /** The Undo offer is in use (focus or pointer in it): its window waits. */
  | { type: 'deletion.hold' }
  /** Let go of the Undo offer: its window starts again in full. */
  | { type: 'deletion.release' }
  /** "More time": the undo window starts again in full. */
  | { type: 'deletion.extend' }
  | { type: 'assessment.close' }
  /** With `id`, from the library (an assessment that is not open); without, the open one. */
  | { type: 'assessment.rename'; companyName: string; id?: string }
  | { type: 'data.eraseAll' }
  | { type: 'answer.set'; questionId: string; value: AnswerValue }
  | { type: 'answer.clear'; questionId: string }
  /** With `assessmentId`, from the library; without, on the open assessment. */
  | { type: 'note.set'; questionId: string; text: string; assessmentId?: string }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'section.goto'; section: SectionId }
  | { type: 'question.goto'; questionId: string }
  | { type: 'review.open' }
  | { type: 'results.open' }
  | { type: 'assumptions.set'; assumptions: SavedAssumptions | null }
  | { type: 'scenario.set'; assumptions: SavedAssumptions | null }
  | { type: 'presenter.toggle' }
  | { type: 'presenter.next' }
  | { type: 'presenter.previous' }
  | { type: 'presenter.first' }
  | { type: 'presenter.last' }
  | { type: 'presenter.exit' }
  | { type: 'notice.dismiss' }
  | { type: 'lead.submit'; lead: LeadInput }
  | { type: 'network.online' }
  | { type: 'report.downloaded' }
  /** Compare the open assessment with an earlier one kept on this device. */
  | { type: 'compare.previous'; id: string }
  /** Compare it with an earlier one from a hand-off file (read and checked by the screen). */
  | { type: 'compare.with'; earlier: EarlierAssessment }
  | { type: 'compare.close' }
  /** From the welcome screen: a hand-off file, parsed and validated; always a new assessment. */
  | { type: 'assessment.import'; assessment: ImportedAssessment }
  /** On a share link's read-only results: keep a copy on this device, or leave it. */
  | { type: 'shared.save' }
  | { type: 'shared.close' }
  /** Downloads every lead captured on this device as CSV. */
  | { type: 'leads.export' };

/** What the machine's children report to it. */
export type ChildReport =
  /** Lead delivery: the leads on this device and how each is doing. */
  | { type: 'leads.changed'; leads: LeadReceipt[] }
  /** Undo deletion: the library after a deletion was marked, erased or undone. */
  | { type: 'library.changed'; state: LibraryState }
  /** Undo deletion: the assessments waiting to be erased. */
  | { type: 'deletions.changed'; pending: LibraryEntry[] }
  | { type: 'notice.add'; notice: Notice };

/** Every event the machine takes: the screens', its children's and its own. */
export type FlowEvent =
  | ScreenEvent
  | ChildReport
  /** Raised by the machine after every change: autosave writes it. */
  | { type: 'data.changed' }
  /** Raised by the machine: the open assessment was deleted in another tab. */
  | { type: 'assessment.deletedElsewhere'; id: string };
