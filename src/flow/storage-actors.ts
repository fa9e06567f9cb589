/**
 * The machine's I/O actors bound to an assessment repository. The machine names them; storage
 * shapes the record (buildRecord) and says what went wrong with codes, worded for the notices.
 */
import { fromPromise } from 'xstate';
import type { AssessmentRepository } from '../storage/assessment-repository';
import {
  buildRecord,
  copyOfRecord,
  withLibraryEdit,
  type AssessmentRecord,
  type AssessmentSummary,
} from '../storage/assessment-record';
import { RecordRefused, type StorageProblem } from '../storage/storage-problems';
import { MAX_COMPANY_LENGTH } from './assessment-machine';
import type {
  AssessmentUpdate,
  DuplicateResult,
  LibraryEntry,
  LibraryState,
  MarkDeletedResult,
  EarlierAssessment,
  Notice,
  ScoreSummary,
  LoadResult,
  OpenAssessment,
  SaveInput,
  SaveOutput,
  StartupData,
} from './flow-types';
import { discoveryComplete, questionSequence } from './steps';
import type { ImportedAssessment } from '../core/handoff';
import type { ImportResult, ImportSource } from './flow-types';
import { ImportRefused } from './flow-types';
import { COMPANY_NAME_MAX } from '../core/limits';

export interface StorageActorOptions {
  /** ISO time now; injected so tests are deterministic. */
  now: () => string;
  /** A fresh assessment id. */
  newId: () => string;
}

/** "Acme (copy)", or "Acme (copy 2)" … when that name is taken; never over the length limit. */
export function copyName(name: string, taken: readonly string[]): string {
  const names = new Set(taken);
  // A copy of a copy is "Acme (copy 2)", not "Acme (copy) (copy)".
  const base = name.trim().replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, MAX_COMPANY_LENGTH - suffix.length)}${suffix}`.trim();
    if (!names.has(candidate)) return candidate;
  }
}

const toNotice = (p: StorageProblem): Notice => ({ kind: 'storage-problem', problem: p });

/** The name of a copy kept after a two-tab conflict, within the company-name limit. */
export function conflictCopyName(companyName: string): string {
  const suffix = ' (copy from another tab)';
  const base = companyName.trim() === '' ? 'Untitled' : companyName;
  return base.slice(0, COMPANY_NAME_MAX - suffix.length) + suffix;
}

function toOpen(record: AssessmentRecord): OpenAssessment {
  let cursor = record.cursor;
  if (
    cursor?.step === 'question' &&
    !questionSequence(record.answers).includes(cursor.questionId)
  ) {
    // The question no longer exists or no longer applies (content changed): start of section.
    cursor = null;
  }
  return {
    id: record.id,
    companyName: record.companyName,
    createdAt: record.createdAt,
    answers: record.answers,
    notes: record.notes,
    assumptions: record.assumptions,
    scenario: record.scenario,
    cursor,
  };
}

function toEntry(s: AssessmentSummary): LibraryEntry {
  return {
    id: s.id,
    companyName: s.companyName,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    progress: s.progress,
    scoreSummary: s.scoreSummary,
    note: s.note,
  };
}

async function libraryState(repo: AssessmentRepository): Promise<LibraryState> {
  const { summaries, problems } = await repo.list();
  return {
    library: summaries.filter((s) => s.deletedAt === null).map(toEntry),
    deleted: summaries.filter((s) => s.deletedAt !== null).map(toEntry),
    notices: problems.map(toNotice),
    mode: repo.mode(),
  };
}

/** The actors `assessmentMachine.provide({ actors })` needs, over one repository. */
export function createStorageActors(
  repository: AssessmentRepository | Promise<AssessmentRepository>,
  options: StorageActorOptions,
) {
  // Opening IndexedDB may take a moment; the first screen renders meanwhile.
  let repo: AssessmentRepository | null = null;
  const ready = async (): Promise<AssessmentRepository> => (repo ??= await repository);

  const toRecord = (
    a: OpenAssessment,
    createdAt: string,
    scoreSummary: ScoreSummary | null,
  ): AssessmentRecord =>
    buildRecord({
      id: a.id,
      companyName: a.companyName,
      createdAt,
      updatedAt: options.now(),
      answers: a.answers,
      notes: a.notes,
      assumptions: a.assumptions,
      scenario: a.scenario,
      cursor: a.cursor,
      scoreSummary,
    });

  // The last summary known per assessment, kept when a save brings none (`undefined`: the flow
  // takes the library's gap score and model from the results, see summaryToSave).
  const knownSummary = new Map<string, ScoreSummary | null>();
  const summaryFor = (a: OpenAssessment, given?: ScoreSummary | null): ScoreSummary | null => {
    const summary = given === undefined ? (knownSummary.get(a.id) ?? null) : given;
    knownSummary.set(a.id, summary);
    return summary;
  };
  const opened = (record: AssessmentRecord): OpenAssessment => {
    knownSummary.set(record.id, record.scoreSummary);
    return toOpen(record);
  };

  /** Loads a record, changes it and writes it back; false when it is not there. */
  const rewrite = async (
    repo: AssessmentRepository,
    id: string,
    change: (r: AssessmentRecord) => AssessmentRecord,
  ): Promise<boolean> => {
    const { record } = await repo.load(id);
    if (!record) return false;
    await repo.save(change(record));
    return true;
  };

  const forkedTo = new Map<string, { id: string; companyName: string; createdAt: string }>();

  return {
    loadStartup: fromPromise<StartupData>(async () => {
      const repo = await ready();
      const state = await libraryState(repo);
      const lastId = await repo.lastOpenedId();
      let last: OpenAssessment | null = null;
      if (lastId) {
        const { record, problem } = await repo.load(lastId);
        // One deleted (undo window open when the tab closed) is not reopened.
        if (record && record.deletedAt === null) last = opened(record);
        if (problem) state.notices.push(toNotice(problem));
      }
      return { ...state, mode: repo.mode(), last };
    }),
    createAssessment: fromPromise<OpenAssessment, { companyName: string }>(async ({ input }) => {
      const repo = await ready();
      const id = options.newId();
      const createdAt = options.now();
      const assessment: OpenAssessment = {
        id,
        companyName: input.companyName,
        createdAt,
        answers: {},
        notes: {},
        assumptions: null,
        scenario: null,
        cursor: null,
      };
      await repo.setLastOpenedId(id);
      return assessment;
    }),
    loadAssessment: fromPromise<LoadResult, { id: string }>(async ({ input }) => {
      const repo = await ready();
      const loaded = await repo.load(input.id);
      const record = loaded.record?.deletedAt === null ? loaded.record : null;
      if (record) await repo.setLastOpenedId(record.id);
      return {
        assessment: record ? opened(record) : null,
        notice: loaded.problem && toNotice(loaded.problem),
      };
    }),
    /** An earlier assessment to compare with, as stored (its own question-bank version). */
    loadEarlier: fromPromise<EarlierAssessment, { id: string }>(async ({ input }) => {
      const repo = await ready();
      const { record } = await repo.load(input.id);
      if (!record || record.deletedAt !== null) throw new Error('not on this device');
      const { id, companyName, createdAt, contentVersion, answers } = record;
      return { id, companyName, createdAt, contentVersion, answers };
    }),
    saveAssessment: fromPromise<SaveOutput, SaveInput>(async ({ input }) => {
      const repo = await ready();
      const a = input.assessment;
      // A save of an assessment already kept as a copy (a flush racing a save) goes to the copy.
      const copyOf = forkedTo.get(a.id);
      if (copyOf) {
        await repo.save(
          toRecord({ ...a, ...copyOf }, copyOf.createdAt, summaryFor(a, input.summary)),
        );
        return { mode: repo.mode() };
      }
      const result = await repo.save(toRecord(a, a.createdAt, summaryFor(a, input.summary)));
      if (result.outcome === 'saved') return { mode: repo.mode() };
      if (result.reason === 'deleted') {
        return {
          mode: repo.mode(),
          conflict: { kind: 'deleted', id: a.id, companyName: a.companyName },
        };
      }
      // Another tab saved over it meanwhile: keep both, this tab's version as a new assessment.
      const copy = {
        id: options.newId(),
        companyName: conflictCopyName(a.companyName),
        createdAt: options.now(),
      };
      forkedTo.set(a.id, copy);
      await repo.save(toRecord({ ...a, ...copy }, copy.createdAt, summaryFor(a, input.summary)));
      await repo.setLastOpenedId(copy.id);
      return {
        mode: repo.mode(),
        conflict: { kind: 'changed', id: a.id, companyName: a.companyName, copy },
      };
    }),
    duplicateAssessment: fromPromise<DuplicateResult, { id: string }>(async ({ input }) => {
      const repo = await ready();
      const { record } = await repo.load(input.id);
      if (!record || record.deletedAt !== null)
        return { state: await libraryState(repo), copy: null };
      const before = await libraryState(repo);
      const at = options.now();
      const copy = copyOfRecord(record, {
        id: options.newId(),
        companyName: copyName(
          record.companyName,
          before.library.map((e) => e.companyName),
        ),
        at,
      });
      await repo.save(copy);
      const state = await libraryState(repo);
      return { state, copy: state.library.find((e) => e.id === copy.id) ?? null };
    }),
    updateAssessment: fromPromise<LibraryState, AssessmentUpdate>(async ({ input }) => {
      const repo = await ready();
      await rewrite(repo, input.id, (r) => withLibraryEdit(r, input, options.now()));
      return libraryState(repo);
    }),
    markDeleted: fromPromise<MarkDeletedResult, { id: string }>(async ({ input }) => {
      const repo = await ready();
      // The mark keeps updatedAt, so undo puts it back where it was in the list.
      const marked = await rewrite(repo, input.id, (r) => ({ ...r, deletedAt: options.now() }));
      if ((await repo.lastOpenedId()) === input.id) await repo.setLastOpenedId(null);
      const state = await libraryState(repo);
      return {
        state,
        marked: marked ? (state.deleted.find((e) => e.id === input.id) ?? null) : null,
      };
    }),
    eraseDeleted: fromPromise<LibraryState, { ids: string[] }>(async ({ input }) => {
      const repo = await ready();
      for (const id of input.ids) {
        const { record } = await repo.load(id);
        // Only what is still marked: an undo in another tab wins.
        if (record?.deletedAt !== null) await repo.remove(id);
      }
      return libraryState(repo);
    }),
    restoreDeleted: fromPromise<LibraryState, { ids: string[] }>(async ({ input }) => {
      const repo = await ready();
      for (const id of input.ids) await rewrite(repo, id, (r) => ({ ...r, deletedAt: null }));
      return libraryState(repo);
    }),
    eraseAll: fromPromise<LibraryState>(async () => {
      const repo = await ready();
      await repo.removeAll();
      await repo.setLastOpenedId(null);
      return libraryState(repo);
    }),
    /** A hand-off file or share link kept as a new assessment: a fresh id, never over another. */
    importAssessment: fromPromise<
      ImportResult,
      { assessment: ImportedAssessment; source: ImportSource }
    >(async ({ input }) => {
      const repo = await ready();
      const i = input.assessment;
      const assessment: OpenAssessment = {
        id: options.newId(),
        companyName: i.companyName.trim().slice(0, MAX_COMPANY_LENGTH),
        createdAt: i.createdAt,
        answers: { ...i.answers },
        notes: { ...i.notes },
        assumptions: i.assumptions,
        scenario: i.scenario ?? null,
        cursor: { step: discoveryComplete(i.answers) ? 'results' : 'review' },
      };
      const record = toRecord(assessment, assessment.createdAt, summaryFor(assessment));
      // Its notice loads with it: importing is rare, the first screen is not.
      const { importNotice, importTooLargeNotice } = await import('./import-notice');
      try {
        await repo.save(record);
      } catch (error) {
        // A valid file can still hold more than one stored assessment may (long notes): say so
        // about the file, before the device is blamed for refusing it.
        if (error instanceof RecordRefused && error.kind === 'too-large') {
          throw new ImportRefused(importTooLargeNotice(i, input.source, error.reason));
        }
        throw error;
      }
      await repo.setLastOpenedId(assessment.id);
      return { assessment, notice: importNotice(i, input.source, assessment.id) };
    }),
    refreshLibrary: fromPromise<LibraryState>(async () => {
      const repo = await ready();
      await repo.setLastOpenedId(null);
      return libraryState(repo);
    }),
  };
}
