/**
 * The machine's I/O actors bound to an assessment repository. The machine names them; this file
 * is the only place that knows how a record is shaped on disk.
 */
import { fromPromise } from 'xstate';
import { countAnswered } from '../core/schema';
import type { AssessmentRepository, StorageProblem } from '../storage/assessment-repository';
import type { AssessmentRecord } from '../storage/assessment-record';
import { CONTENT_VERSION } from '../core/content/questions';
import { SCORING_VERSION } from '../core/scoring';
import type {
  LibraryState,
  LoadResult,
  OpenAssessment,
  SaveInput,
  StartupData,
  StorageMode,
} from './flow-types';
import type { Cursor } from './steps';
import { questionSequence } from './steps';

export interface StorageActorOptions {
  /** ISO time now; injected so tests are deterministic. */
  now: () => string;
  /** A fresh assessment id. */
  newId: () => string;
}

const toNotice = (p: StorageProblem) => ({ kind: p.kind, id: p.id, message: p.message });

/** Reads the cursor saved in a record; anything unexpected resumes at the first question. */
export function cursorFromRecord(flow: unknown): Cursor | null {
  if (typeof flow !== 'object' || flow === null) return null;
  const c = (flow as { cursor?: unknown }).cursor;
  if (typeof c !== 'object' || c === null) return null;
  const step = (c as { step?: unknown }).step;
  if (step === 'review' || step === 'results') return { step };
  const questionId = (c as { questionId?: unknown }).questionId;
  if (step === 'question' && typeof questionId === 'string') return { step, questionId };
  return null;
}

function toOpen(record: AssessmentRecord): OpenAssessment {
  let cursor = cursorFromRecord(record.flow);
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

async function libraryState(repo: AssessmentRepository): Promise<LibraryState> {
  const { summaries, problems } = await repo.list();
  return { library: summaries, notices: problems.map(toNotice), mode: repo.mode() };
}

/** The actors `assessmentMachine.provide({ actors })` needs, over one repository. */
export function createStorageActors(
  repository: AssessmentRepository | Promise<AssessmentRepository>,
  options: StorageActorOptions,
) {
  // Opening IndexedDB may take a moment; the first screen renders meanwhile.
  let repo: AssessmentRepository | null = null;
  const ready = async (): Promise<AssessmentRepository> => (repo ??= await repository);

  // Built here rather than with storage's helper so the storage code can load after first paint.
  const toRecord = (a: OpenAssessment, createdAt: string): AssessmentRecord => ({
    schemaVersion: 2,
    id: a.id,
    createdAt,
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    companyName: a.companyName,
    answers: a.answers,
    notes: a.notes,
    assumptions: a.assumptions,
    scenario: a.scenario,
    progress: countAnswered(a.answers),
    flow: { cursor: a.cursor },
    updatedAt: options.now(),
  });

  return {
    loadStartup: fromPromise<StartupData>(async () => {
      const repo = await ready();
      const state = await libraryState(repo);
      const lastId = await repo.lastOpenedId();
      let last: OpenAssessment | null = null;
      if (lastId) {
        const { record, problem } = await repo.load(lastId);
        if (record) last = toOpen(record);
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
      const { record, problem } = await repo.load(input.id);
      if (record) await repo.setLastOpenedId(record.id);
      return { assessment: record ? toOpen(record) : null, notice: problem && toNotice(problem) };
    }),
    saveAssessment: fromPromise<{ mode: StorageMode }, SaveInput>(async ({ input }) => {
      const repo = await ready();
      const a = input.assessment;
      await repo.save(toRecord(a, a.createdAt));
      return { mode: repo.mode() };
    }),
    deleteAssessment: fromPromise<LibraryState, { id: string }>(async ({ input }) => {
      const repo = await ready();
      await repo.remove(input.id);
      if ((await repo.lastOpenedId()) === input.id) await repo.setLastOpenedId(null);
      return libraryState(repo);
    }),
    eraseAll: fromPromise<LibraryState>(async () => {
      const repo = await ready();
      await repo.removeAll();
      await repo.setLastOpenedId(null);
      return libraryState(repo);
    }),
    refreshLibrary: fromPromise<LibraryState>(async () => {
      const repo = await ready();
      await repo.setLastOpenedId(null);
      return libraryState(repo);
    }),
  };
}
