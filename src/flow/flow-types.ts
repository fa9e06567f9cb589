/** The machine's data and events, and the shapes its I/O actors exchange. */
import type { Answers, AnswerValue, Assumptions } from '../core/types';
import type { Cursor, SectionId } from './steps';

/** How storage is behaving, as the repository reports it. */
export type StorageMode = { kind: 'persistent' } | { kind: 'memory'; reason: string };

/** Something wrong with stored data, in words for the user. */
export interface StorageNotice {
  kind: string;
  id?: string;
  message: string;
}

export interface LibraryEntry {
  id: string;
  companyName: string;
  createdAt: string;
  updatedAt: string;
  progress: { answered: number; total: number };
}

/** One assessment as the machine holds it. */
export interface OpenAssessment {
  id: string;
  companyName: string;
  createdAt: string;
  answers: Answers;
  notes: Record<string, string>;
  assumptions: Assumptions | null;
  cursor: Cursor | null;
}

export interface LibraryState {
  library: LibraryEntry[];
  notices: StorageNotice[];
  mode: StorageMode;
}

export interface StartupData extends LibraryState {
  /** The assessment open when the tab last closed, if it still loads. */
  last: OpenAssessment | null;
}

export interface LoadResult {
  assessment: OpenAssessment | null;
  notice: StorageNotice | null;
}

/** What a save writes: everything the user entered plus where they are. */
export interface SaveInput {
  assessment: OpenAssessment;
}

export interface FlowContext {
  /** The assessment being answered; null on the welcome screen. */
  current: OpenAssessment | null;
  library: LibraryEntry[];
  notices: StorageNotice[];
  storage: StorageMode;
  /** Shown once after landing back on a saved assessment. */
  resumedFrom: string | null;
}

export type FlowEvent =
  | { type: 'assessment.start'; companyName: string }
  | { type: 'assessment.resume'; id: string }
  | { type: 'assessment.delete'; id: string }
  | { type: 'assessment.close' }
  | { type: 'assessment.rename'; companyName: string }
  | { type: 'data.eraseAll' }
  | { type: 'answer.set'; questionId: string; value: AnswerValue }
  | { type: 'answer.clear'; questionId: string }
  | { type: 'note.set'; questionId: string; text: string }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'section.goto'; section: SectionId }
  | { type: 'question.goto'; questionId: string }
  | { type: 'review.open' }
  | { type: 'results.open' }
  | { type: 'assumptions.set'; assumptions: Assumptions | null }
  | { type: 'notice.dismiss' }
  | { type: 'data.changed' };
