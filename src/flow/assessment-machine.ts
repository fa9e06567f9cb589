/**
 * The one machine that decides what happens next: welcome → discovery → readiness → review →
 * results, with saving as part of its behaviour (a parallel region writes every change within
 * SAVE_DELAY_MS, never waiting for a button or for `beforeunload`) and lead delivery as another
 * (captured leads wait in the outbox and are retried with back-off until the webhook takes them).
 * It emits what the page around it may hear (started, section completed, completed, lead, PDF).
 */
import {
  and,
  assertEvent,
  assign,
  emit,
  enqueueActions,
  fromPromise,
  not,
  raise,
  setup,
} from 'xstate';
import { validateAnswer, validateAnswers } from '../core/schema';
import { validateSavedAssumptions } from '../core/assumptions';
import type { ImportedAssessment } from '../core/handoff';
import type { Result } from '../core/types';
import { ASSESSMENT_NOTE_KEY, ImportRefused } from './flow-types';
import { IMPORT_NOTICE_KINDS, withNotices, type Notice } from './notices';
import { leadFor, UNDO_WINDOW_MS } from './flow-view';
import type {
  AssessmentUpdate,
  CapturedLead,
  DeliveryResult,
  DuplicateResult,
  LibraryActivity,
  LibraryEntry,
  MarkDeletedResult,
  PersistenceStatus,
  FlowContext,
  FlowEmitted,
  FlowEvent,
  FlowTag,
  FlowInput,
  ImportResult,
  ImportSource,
  LeadReceipt,
  LibraryState,
  LoadResult,
  OpenAssessment,
  SaveInput,
  SaveOutput,
  StartupData,
  StorageMode,
} from './flow-types';
import {
  looksLikeBot,
  nextPendingLead,
  retryDelayMs,
  validateLeadInput,
  type LeadInput,
} from './lead-delivery';
import {
  canLeave,
  discoveryComplete,
  entryQuestionOf,
  firstMissingRequired,
  nextQuestionId,
  previousQuestionId,
  questionSequence,
  sectionOf,
  type Cursor,
} from './steps';

/** Changes are written this long after the first unsaved one (well inside the 300 ms promise). */
export const SAVE_DELAY_MS = 120;
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_COMPANY_LENGTH = 200;

const notProvided = (name: string) => () => {
  throw new Error(`The ${name} actor must be provided with machine.provide().`);
};

const at = (questionId: string): Cursor => ({ step: 'question', questionId });

function withCurrent(
  context: FlowContext,
  change: (a: OpenAssessment) => OpenAssessment,
): Partial<FlowContext> {
  return context.current ? { current: change(context.current) } : {};
}

const inLibrary = (context: FlowContext, id: string | undefined): LibraryEntry | undefined =>
  id === undefined ? undefined : context.library.find((e) => e.id === id);

/** The library's activity line for a change made from the library (rename or note). */
function updateActivity(context: FlowContext, event: FlowEvent): LibraryActivity | null {
  if (event.type === 'assessment.rename' && event.id) {
    return { kind: 'renamed', id: event.id, companyName: cleanName(event.companyName) };
  }
  if (event.type === 'note.set' && event.assessmentId) {
    const entry = inLibrary(context, event.assessmentId);
    return { kind: 'noted', id: event.assessmentId, companyName: entry?.companyName ?? '' };
  }
  return null;
}

const cleanName = (name: string): string => name.trim().slice(0, MAX_COMPANY_LENGTH);

function questionCursor(context: FlowContext): string | null {
  const c = context.current?.cursor;
  return c && c.step === 'question' ? c.questionId : null;
}

/** Adds or replaces receipts by lead id, keeping the others. */
function mergeLeads(
  leads: readonly LeadReceipt[],
  incoming: readonly LeadReceipt[],
): LeadReceipt[] {
  const byId = new Map(leads.map((l) => [l.leadId, l]));
  for (const l of incoming) byId.set(l.leadId, l);
  return [...byId.values()];
}

/** lead.submit, wherever a form is shown: invalid or repeated is ignored, a bot is humoured. */
const LEAD_SUBMIT = [
  { guard: not('canSubmitLead') },
  { guard: 'looksLikeBot', target: 'full', actions: 'acceptBotQuietly' },
  { target: 'capturing' },
] as const;

export const assessmentMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    // `void` keeps the input optional: createActor(machine) starts with the defaults.
    input: {} as FlowInput | void,
    emitted: {} as FlowEmitted,
    tags: {} as FlowTag,
  },
  delays: {
    saveDelay: SAVE_DELAY_MS,
    undoWindow: UNDO_WINDOW_MS,
    retryDelay: ({ context }) => retryDelayMs(nextPendingLead(context.leads)?.attempts ?? 1),
  },
  actors: {
    loadStartup: fromPromise<StartupData>(notProvided('loadStartup')),
    createAssessment: fromPromise<OpenAssessment, { companyName: string }>(
      notProvided('createAssessment'),
    ),
    loadAssessment: fromPromise<LoadResult, { id: string }>(notProvided('loadAssessment')),
    saveAssessment: fromPromise<SaveOutput, SaveInput>(notProvided('saveAssessment')),
    duplicateAssessment: fromPromise<DuplicateResult, { id: string }>(
      notProvided('duplicateAssessment'),
    ),
    updateAssessment: fromPromise<LibraryState, AssessmentUpdate>(notProvided('updateAssessment')),
    markDeleted: fromPromise<MarkDeletedResult, { id: string }>(notProvided('markDeleted')),
    eraseDeleted: fromPromise<LibraryState, { ids: string[] }>(notProvided('eraseDeleted')),
    restoreDeleted: fromPromise<LibraryState, { ids: string[] }>(notProvided('restoreDeleted')),
    requestPersistence: fromPromise<PersistenceStatus>(notProvided('requestPersistence')),
    eraseAll: fromPromise<LibraryState>(notProvided('eraseAll')),
    refreshLibrary: fromPromise<LibraryState>(notProvided('refreshLibrary')),
    loadLeads: fromPromise<LeadReceipt[]>(notProvided('loadLeads')),
    captureLead: fromPromise<CapturedLead, { lead: LeadInput; assessment: OpenAssessment }>(
      notProvided('captureLead'),
    ),
    deliverLead: fromPromise<DeliveryResult, { leadId: string }>(notProvided('deliverLead')),
    eraseLeads: fromPromise<void>(notProvided('eraseLeads')),
    readShare: fromPromise<Result<ImportedAssessment>, { fragment: string }>(
      notProvided('readShare'),
    ),
    importAssessment: fromPromise<
      ImportResult,
      { assessment: ImportedAssessment; source: ImportSource }
    >(notProvided('importAssessment')),
    exportLeads: fromPromise<void, { library: LibraryEntry[] }>(notProvided('exportLeads')),
  },
  guards: {
    isValidAnswer: ({ event }) => {
      assertEvent(event, 'answer.set');
      return validateAnswer(event.questionId, event.value) === null;
    },
    isValidNote: ({ context, event }) => {
      assertEvent(event, 'note.set');
      const forOpen = !event.assessmentId || event.assessmentId === context.current?.id;
      return forOpen && event.text.length <= MAX_NOTE_LENGTH;
    },
    renamesOpen: ({ context, event }) => {
      assertEvent(event, 'assessment.rename');
      return !event.id || event.id === context.current?.id;
    },
    /** A rename of an assessment in the library (not open). */
    isLibraryRename: ({ context, event }) => {
      assertEvent(event, 'assessment.rename');
      return inLibrary(context, event.id) !== undefined;
    },
    /** A note on a whole assessment in the library, within the length limit. */
    isLibraryNote: ({ context, event }) => {
      assertEvent(event, 'note.set');
      return (
        inLibrary(context, event.assessmentId) !== undefined &&
        event.questionId === ASSESSMENT_NOTE_KEY &&
        event.text.length <= MAX_NOTE_LENGTH
      );
    },
    canDuplicate: ({ context, event }) => {
      assertEvent(event, 'assessment.duplicate');
      return inLibrary(context, event.id) !== undefined;
    },
    /** Deleting is offered in the library, for an assessment it lists. */
    canDeleteNow: ({ context, event }) => {
      assertEvent(event, 'assessment.delete');
      return inLibrary(context, event.id) !== undefined;
    },
    hasPendingDeletions: ({ context }) => context.pendingDeletions.length > 0,
    /**
     * The rep is building a library: two or more assessments (counting the open one), with
     * IndexedDB working. That is when keeping them matters enough to ask the browser.
     */
    libraryInUse: ({ context }) => {
      if (context.storage.kind !== 'persistent') return false;
      const open = context.current;
      const extra = open && !context.library.some((e) => e.id === open.id) ? 1 : 0;
      return context.library.length + extra >= 2;
    },
    isValidAssumptions: ({ event }) => {
      assertEvent(event, 'assumptions.set');
      return event.assumptions === null || validateSavedAssumptions(event.assumptions).ok;
    },
    isValidScenario: ({ event }) => {
      assertEvent(event, 'scenario.set');
      return event.assumptions === null || validateSavedAssumptions(event.assumptions).ok;
    },
    hasOpenAssessment: ({ context }) => context.current !== null,
    canLeaveQuestion: ({ context }) => {
      const id = questionCursor(context);
      return id === null || canLeave(context.current?.answers ?? {}, id);
    },
    hasNextQuestion: ({ context }) => {
      const id = questionCursor(context);
      return id !== null && nextQuestionId(context.current?.answers ?? {}, id) !== null;
    },
    hasPreviousQuestion: ({ context }) => {
      const id = questionCursor(context);
      return id !== null && previousQuestionId(context.current?.answers ?? {}, id) !== null;
    },
    discoveryComplete: ({ context }) => discoveryComplete(context.current?.answers ?? {}),
    isApplicableQuestion: ({ context, event }) => {
      assertEvent(event, 'question.goto');
      return questionSequence(context.current?.answers ?? {}).includes(event.questionId);
    },
    cursorAtReview: ({ context }) => context.current?.cursor?.step === 'review',
    cursorAtResults: ({ context }) =>
      context.current?.cursor?.step === 'results' &&
      discoveryComplete(context.current?.answers ?? {}),
    /** before-results: the detailed results wait for the lead form. */
    leadGatesResults: ({ context }) =>
      context.leadPlacement === 'before-results' && context.current !== null && !leadFor(context),
    /** A lead form is shown, nothing was captured for this assessment yet, and the form is valid. */
    canSubmitLead: ({ context, event }) => {
      assertEvent(event, 'lead.submit');
      return (
        context.leadPlacement !== 'none' &&
        context.current !== null &&
        !leadFor(context) &&
        validateLeadInput(event.lead).length === 0
      );
    },
    looksLikeBot: ({ event }) => {
      assertEvent(event, 'lead.submit');
      return looksLikeBot(event.lead);
    },
    hasPendingLead: ({ context }) => nextPendingLead(context.leads) !== null,
    hasLeads: ({ context }) => context.leads.some((l) => l.createdAt !== ''),
    hasShareLink: ({ context }) => context.shareLink !== null,
    hasPendingStart: ({ context }) => context.pendingStart !== null,
    hasShared: ({ context }) => context.shared !== null,
    importRefused: ({ event }) => (event as { error?: unknown }).error instanceof ImportRefused,
    /** An import carries only valid answers and a name within the limit (checked again here). */
    isValidImport: ({ event }) => {
      assertEvent(event, 'assessment.import');
      const a = event.assessment as Partial<ImportedAssessment> | null;
      return (
        typeof a === 'object' &&
        a !== null &&
        typeof a.companyName === 'string' &&
        a.companyName.length <= MAX_COMPANY_LENGTH &&
        typeof a.answers === 'object' &&
        validateAnswers(a.answers).ok
      );
    },
    deliveryMustRetry: ({ event }) =>
      (event as { output?: DeliveryResult }).output?.outcome === 'retry',
  },
  actions: {
    changed: raise({ type: 'data.changed' }),
    adoptLibrary: assign(({ context }, params: LibraryState) => ({
      library: params.library,
      // A notice raised on the way here (a conflict, a missing assessment) stays until dismissed.
      notices: withNotices(context.notices, params.notices),
      storage: params.mode,
    })),
    openAssessment: assign((_, params: { assessment: OpenAssessment; resumed: boolean }) => {
      const answers = params.assessment.answers;
      const cursor = params.assessment.cursor ?? at(questionSequence(answers)[0] ?? 'employees');
      return {
        current: { ...params.assessment, cursor },
        resumedFrom: params.resumed ? params.assessment.id : null,
      };
    }),
    closeAssessment: assign({ current: null, resumedFrom: null }),
    adoptPendingDeletions: assign((_, params: { deleted: LibraryEntry[] }) => ({
      pendingDeletions: params.deleted,
    })),
    forgetDeletions: assign({ pendingDeletions: [] }),
    noteActivity: assign(({ context, event }) => ({
      libraryActivity: updateActivity(context, event),
    })),
    setActivity: assign((_, params: { activity: LibraryActivity | null }) => ({
      libraryActivity: params.activity,
    })),
    adoptPersistence: assign((_, params: { status: PersistenceStatus }) => ({
      persistence: params.status,
    })),
    // A notice already shown is not shown (or read out) again: a save that keeps failing says
    // so once.
    addNotice: assign(({ context }, params: Notice) => ({
      notices: withNotices(context.notices, [params]),
    })),
    addNotices: assign(({ context }, params: { notices: Notice[] }) => ({
      notices: withNotices(context.notices, params.notices),
    })),
    dismissNotices: assign({ notices: [], resumedFrom: null }),
    forgetImportNotices: assign(({ context }) => ({
      notices: context.notices.filter((n) => !IMPORT_NOTICE_KINDS.includes(n.kind)),
    })),
    rememberStart: assign(({ event }) => {
      assertEvent(event, 'assessment.start');
      return { pendingStart: event.companyName };
    }),
    /** Sends the Start kept during loading again, now that the welcome state can take it. */
    replayStart: enqueueActions(({ context, enqueue }) => {
      if (context.pendingStart === null) return;
      enqueue.raise({ type: 'assessment.start', companyName: context.pendingStart });
      enqueue.assign({ pendingStart: null });
    }),
    /** The link's discovery answers go into the new assessment once, then are forgotten. */
    applyPrefill: assign(({ context }) => ({
      ...withCurrent(context, (a) => ({ ...a, answers: { ...context.prefill, ...a.answers } })),
      prefill: {},
    })),
    adoptShared: assign((_, params: { shared: ImportedAssessment }) => ({
      shared: params.shared,
      shareLink: null,
    })),
    forgetShared: assign({ shared: null, shareLink: null }),
    setAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.set');
      const value = Array.isArray(event.value) ? [...event.value] : event.value;
      return withCurrent(context, (a) => ({
        ...a,
        answers: { ...a.answers, [event.questionId]: value },
      }));
    }),
    clearAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.clear');
      return withCurrent(context, (a) => {
        const answers = { ...a.answers };
        delete answers[event.questionId];
        return { ...a, answers };
      });
    }),
    setNote: assign(({ context, event }) => {
      assertEvent(event, 'note.set');
      return withCurrent(context, (a) => {
        const notes = { ...a.notes };
        if (event.text.trim() === '') delete notes[event.questionId];
        else notes[event.questionId] = event.text;
        return { ...a, notes };
      });
    }),
    rename: assign(({ context, event }) => {
      assertEvent(event, 'assessment.rename');
      const companyName = event.companyName.slice(0, MAX_COMPANY_LENGTH);
      return withCurrent(context, (a) => ({ ...a, companyName }));
    }),
    setAssumptions: assign(({ context, event }) => {
      assertEvent(event, 'assumptions.set');
      return withCurrent(context, (a) => ({ ...a, assumptions: event.assumptions }));
    }),
    setScenario: assign(({ context, event }) => {
      assertEvent(event, 'scenario.set');
      return withCurrent(context, (a) => ({ ...a, scenario: event.assumptions }));
    }),
    moveNext: assign(({ context }) => {
      const id = questionCursor(context);
      const next = id ? nextQuestionId(context.current?.answers ?? {}, id) : null;
      return withCurrent(context, (a) => ({ ...a, cursor: next ? at(next) : a.cursor }));
    }),
    moveBack: assign(({ context }) => {
      const id = questionCursor(context);
      const prev = id ? previousQuestionId(context.current?.answers ?? {}, id) : null;
      return withCurrent(context, (a) => ({ ...a, cursor: prev ? at(prev) : a.cursor }));
    }),
    moveToSection: assign(({ context, event }) => {
      assertEvent(event, 'section.goto');
      const target = entryQuestionOf(context.current?.answers ?? {}, event.section);
      return withCurrent(context, (a) => ({ ...a, cursor: target ? at(target) : a.cursor }));
    }),
    moveToQuestion: assign(({ context, event }) => {
      assertEvent(event, 'question.goto');
      return withCurrent(context, (a) => ({ ...a, cursor: at(event.questionId) }));
    }),
    moveToMissing: assign(({ context }) => {
      const missing = firstMissingRequired(context.current?.answers ?? {});
      return withCurrent(context, (a) => ({ ...a, cursor: missing ? at(missing) : a.cursor }));
    }),
    moveToLast: assign(({ context }) => {
      const seq = questionSequence(context.current?.answers ?? {});
      const last = seq[seq.length - 1];
      return withCurrent(context, (a) => ({ ...a, cursor: last ? at(last) : a.cursor }));
    }),
    markReview: assign(({ context }) =>
      withCurrent(context, (a) => ({ ...a, cursor: { step: 'review' } })),
    ),
    markResults: assign(({ context }) =>
      withCurrent(context, (a) => ({ ...a, cursor: { step: 'results' } })),
    ),
    adoptStorageMode: assign((_, params: { mode: StorageMode }) => ({ storage: params.mode })),
    /**
     * Another tab changed or deleted the assessment this tab was saving. Changed: this tab goes on
     * with its own version, which storage kept as a copy. Deleted: it is closed, not brought back.
     */
    adoptSaveConflict: enqueueActions(({ context, enqueue }, params: SaveOutput) => {
      const conflict = params.conflict;
      if (!conflict) return;
      const open = context.current?.id === conflict.id;
      if (conflict.kind === 'changed') {
        if (open) enqueue.assign({ current: { ...context.current!, ...conflict.copy } });
        enqueue.assign({
          notices: withNotices(context.notices, [
            {
              kind: 'conflict',
              change: 'changed',
              id: conflict.copy.id,
              companyName: conflict.companyName,
              copyName: conflict.copy.companyName,
            },
          ]),
        });
        return;
      }
      enqueue.assign({
        notices: withNotices(context.notices, [
          {
            kind: 'conflict',
            change: 'deleted',
            id: conflict.id,
            companyName: conflict.companyName,
          },
        ]),
      });
      if (open) enqueue.raise({ type: 'assessment.deletedElsewhere', id: conflict.id });
    }),
    adoptLeads: assign(({ context }, params: { leads: LeadReceipt[] }) => ({
      // A lead captured while the list was read stays.
      leads: mergeLeads(params.leads, context.leads),
    })),
    addLead: assign(({ context }, params: { receipt: LeadReceipt }) => ({
      leads: mergeLeads(context.leads, [params.receipt]),
    })),
    /** A bot is told it worked; nothing is stored or sent, and nothing survives a reload. */
    acceptBotQuietly: assign(({ context, event }) => {
      assertEvent(event, 'lead.submit');
      const receipt: LeadReceipt = {
        leadId: event.lead.leadId,
        assessmentId: context.current?.id ?? '',
        createdAt: '',
        status: 'sent',
        attempts: 0,
      };
      return { leads: mergeLeads(context.leads, [receipt]) };
    }),
    adoptDelivery: assign(({ context }, params: DeliveryResult) => ({
      leads:
        params.outcome === 'gone'
          ? context.leads.filter((l) => l.leadId !== params.leadId)
          : context.leads.map((l) =>
              l.leadId !== params.leadId
                ? l
                : {
                    ...l,
                    attempts: params.attempts,
                    status:
                      params.outcome === 'sent'
                        ? 'sent'
                        : params.outcome === 'rejected'
                          ? 'rejected'
                          : l.status,
                  },
            ),
    })),
    /** The delivery actor itself failed (storage, not the network): count it as a failed try. */
    countFailedDelivery: assign(({ context }) => {
      const next = nextPendingLead(context.leads);
      return {
        leads: context.leads.map((l) =>
          l.leadId === next?.leadId ? { ...l, attempts: l.attempts + 1 } : l,
        ),
      };
    }),
    forgetLeads: assign({ leads: [] }),
    emitStarted: emit(({ context }) => ({
      type: 'assessment.started' as const,
      assessmentId: context.current?.id ?? '',
    })),
    emitCompleted: emit(({ context }) => ({
      type: 'assessment.completed' as const,
      assessmentId: context.current?.id ?? '',
    })),
    emitReportDownloaded: emit(({ context }) => ({
      type: 'report.downloaded' as const,
      assessmentId: context.current?.id ?? '',
    })),
    emitLeadSubmitted: emit((_, params: CapturedLead) => ({
      type: 'lead.submitted' as const,
      assessmentId: params.receipt.assessmentId,
      leadId: params.receipt.leadId,
      delivery: params.receipt.status === 'local' ? ('local' as const) : ('pending' as const),
      contact: params.contact,
    })),
    /** Before moving on: if the next step is in another section, this one is completed. */
    emitSectionCompleted: enqueueActions(({ context, enqueue }) => {
      const id = questionCursor(context);
      const a = context.current;
      const from = id ? sectionOf(id) : null;
      if (!id || !a || !from) return;
      const next = nextQuestionId(a.answers, id);
      if (next === null || sectionOf(next) !== from) {
        enqueue.emit({ type: 'section.completed', assessmentId: a.id, section: from });
      }
    }),
  },
}).createMachine({
  id: 'assessment',
  type: 'parallel',
  context: ({ input }) => ({
    current: null,
    library: [],
    storage: { kind: 'persistent' },
    resumedFrom: null,
    leadPlacement: input?.leadPlacement ?? 'none',
    leads: [],
    pendingDeletions: [],
    persistence: 'unknown',
    libraryActivity: null,
    prefill: input?.prefill ?? {},
    shareLink: input?.share ?? null,
    pendingStart: null,
    shared: null,
    notices: input?.prefillProblems?.length
      ? [{ kind: 'prefill', problems: input.prefillProblems.map((p) => ({ ...p })) }]
      : [],
  }),
  on: {
    'notice.dismiss': { actions: 'dismissNotices' },
  },
  states: {
    main: {
      initial: 'booting',
      states: {
        booting: {
          tags: 'booting',
          // The welcome screen is up before the library has loaded: a Start is kept, not lost.
          on: { 'assessment.start': { actions: 'rememberStart' } },
          invoke: {
            id: 'loadStartup',
            src: 'loadStartup',
            onDone: [
              {
                // A share link opens its read-only results, whatever was open last time.
                guard: 'hasShareLink',
                target: 'openingShared',
                actions: [
                  { type: 'adoptLibrary', params: ({ event }) => event.output },
                  { type: 'adoptPendingDeletions', params: ({ event }) => event.output },
                ],
              },
              {
                // Start was pressed while loading: a new assessment, not the last one.
                guard: 'hasPendingStart',
                target: 'welcome',
                actions: [
                  { type: 'adoptLibrary', params: ({ event }) => event.output },
                  { type: 'adoptPendingDeletions', params: ({ event }) => event.output },
                  'replayStart',
                ],
              },
              {
                // A prefill link is for a new assessment: the welcome screen, not the last one.
                guard: ({ context, event }) =>
                  event.output.last !== null && Object.keys(context.prefill).length === 0,
                target: 'resuming',
                actions: [
                  { type: 'adoptLibrary', params: ({ event }) => event.output },
                  { type: 'adoptPendingDeletions', params: ({ event }) => event.output },
                  {
                    type: 'openAssessment',
                    params: ({ event }) => ({ assessment: event.output.last!, resumed: true }),
                  },
                ],
              },
              {
                target: 'welcome',
                actions: [
                  { type: 'adoptLibrary', params: ({ event }) => event.output },
                  { type: 'adoptPendingDeletions', params: ({ event }) => event.output },
                ],
              },
            ],
            onError: [
              { guard: 'hasShareLink', target: 'openingShared' },
              {
                target: 'welcome',
                actions: [
                  {
                    type: 'addNotice',
                    params: { kind: 'unavailable', failed: 'read' },
                  },
                  'replayStart',
                ],
              },
            ],
          },
        },
        openingShared: {
          invoke: {
            id: 'readShare',
            src: 'readShare',
            input: ({ context }) => ({ fragment: context.shareLink ?? '' }),
            onDone: [
              {
                guard: ({ event }) => event.output.ok,
                target: 'shared',
                actions: {
                  type: 'adoptShared',
                  params: ({ event }) => ({
                    shared: (event.output as { value: ImportedAssessment }).value,
                  }),
                },
              },
              {
                target: 'welcome',
                actions: [
                  'forgetShared',
                  {
                    type: 'addNotice',
                    params: ({ event }) => ({
                      kind: 'share-invalid',
                      issues: event.output.ok ? [] : event.output.issues.map((i) => ({ ...i })),
                    }),
                  },
                ],
              },
            ],
            onError: {
              target: 'welcome',
              actions: [
                'forgetShared',
                {
                  type: 'addNotice',
                  params: { kind: 'share-invalid', issues: null },
                },
              ],
            },
          },
        },
        // A share link's results, read-only: no answer is changed and nothing is saved.
        shared: {
          tags: 'shared',
          on: {
            'shared.save': 'importing',
            'shared.close': { target: 'welcome', actions: 'forgetShared' },
          },
        },
        importing: {
          // The last import's outcome is replaced by this one's, never left to linger.
          entry: 'forgetImportNotices',
          invoke: {
            id: 'importAssessment',
            src: 'importAssessment',
            input: ({ context, event }) =>
              event.type === 'assessment.import'
                ? { assessment: event.assessment, source: 'file' as const }
                : { assessment: context.shared!, source: 'link' as const },
            onDone: {
              target: 'resuming',
              actions: [
                'forgetShared',
                {
                  type: 'openAssessment',
                  params: ({ event }) => ({ assessment: event.output.assessment, resumed: false }),
                },
                { type: 'addNotices', params: ({ event }) => ({ notices: [event.output.notice] }) },
              ],
            },
            onError: [
              {
                guard: and(['importRefused', 'hasShared']),
                target: 'shared',
                actions: {
                  type: 'addNotices',
                  params: ({ event }) => ({ notices: [(event.error as ImportRefused).notice] }),
                },
              },
              {
                guard: 'importRefused',
                target: 'welcome',
                actions: {
                  type: 'addNotices',
                  params: ({ event }) => ({ notices: [(event.error as ImportRefused).notice] }),
                },
              },
              {
                guard: 'hasShared',
                target: 'shared',
                actions: {
                  type: 'addNotice',
                  params: { kind: 'import-failed', source: 'link' },
                },
              },
              {
                target: 'welcome',
                actions: {
                  type: 'addNotice',
                  params: { kind: 'import-failed', source: 'file' },
                },
              },
            ],
          },
        },
        welcome: {
          tags: ['welcome', 'offers-update'],
          on: {
            'assessment.start': 'creating',
            'assessment.resume': 'loading',
            'assessment.duplicate': { guard: 'canDuplicate', target: 'duplicating' },
            'assessment.rename': {
              guard: 'isLibraryRename',
              target: 'updating',
              actions: 'noteActivity',
            },
            'note.set': { guard: 'isLibraryNote', target: 'updating', actions: 'noteActivity' },
            'data.eraseAll': 'erasing',
            'assessment.import': { guard: 'isValidImport', target: 'importing' },
          },
        },
        duplicating: {
          tags: 'welcome',
          invoke: {
            id: 'duplicateAssessment',
            src: 'duplicateAssessment',
            input: ({ event }) => {
              assertEvent(event, 'assessment.duplicate');
              return { id: event.id };
            },
            onDone: {
              target: 'welcome',
              actions: [
                { type: 'adoptLibrary', params: ({ event }) => event.output.state },
                {
                  type: 'setActivity',
                  params: ({ event }) => ({
                    activity: event.output.copy && {
                      kind: 'duplicated' as const,
                      id: event.output.copy.id,
                      companyName: event.output.copy.companyName,
                    },
                  }),
                },
              ],
            },
            onError: {
              target: 'refreshing',
              actions: {
                type: 'addNotice',
                params: { kind: 'duplicate-failed' },
              },
            },
          },
        },
        updating: {
          tags: 'welcome',
          invoke: {
            id: 'updateAssessment',
            src: 'updateAssessment',
            input: ({ event }): AssessmentUpdate => {
              if (event.type === 'assessment.rename' && event.id) {
                return { id: event.id, companyName: cleanName(event.companyName) };
              }
              assertEvent(event, 'note.set');
              return { id: event.assessmentId ?? '', note: event.text };
            },
            onDone: {
              target: 'welcome',
              actions: { type: 'adoptLibrary', params: ({ event }) => event.output },
            },
            onError: {
              target: 'refreshing',
              actions: [
                { type: 'setActivity', params: { activity: null } },
                {
                  type: 'addNotice',
                  params: { kind: 'update-failed' },
                },
              ],
            },
          },
        },
        creating: {
          invoke: {
            id: 'createAssessment',
            src: 'createAssessment',
            input: ({ event }) => {
              assertEvent(event, 'assessment.start');
              return { companyName: event.companyName.trim().slice(0, MAX_COMPANY_LENGTH) };
            },
            onDone: {
              target: 'open.questionnaire',
              actions: [
                {
                  type: 'openAssessment',
                  params: ({ event }) => ({ assessment: event.output, resumed: false }),
                },
                'applyPrefill',
                'changed',
                'emitStarted',
              ],
            },
            onError: {
              target: 'welcome',
              actions: {
                type: 'addNotice',
                params: { kind: 'unavailable', failed: 'create' },
              },
            },
          },
        },
        loading: {
          invoke: {
            id: 'loadAssessment',
            src: 'loadAssessment',
            input: ({ event }) => {
              assertEvent(event, 'assessment.resume');
              return { id: event.id };
            },
            onDone: [
              {
                guard: ({ event }) => event.output.assessment !== null,
                target: 'resuming',
                actions: [
                  {
                    // Opened on purpose from the library: no "welcome back" for that.
                    type: 'openAssessment',
                    params: ({ event }) => ({
                      assessment: event.output.assessment!,
                      resumed: false,
                    }),
                  },
                  // Opened, with something to say (answers left out after a content change).
                  {
                    type: 'addNotices',
                    params: ({ event }) => ({
                      notices: event.output.notice ? [event.output.notice] : [],
                    }),
                  },
                ],
              },
              {
                target: 'refreshing',
                actions: {
                  type: 'addNotice',
                  params: ({ event }) => event.output.notice ?? { kind: 'missing' },
                },
              },
            ],
            onError: 'refreshing',
          },
        },
        resuming: {
          always: [
            { guard: 'cursorAtResults', target: 'open.results' },
            { guard: 'cursorAtReview', target: 'open.review' },
            { target: 'open.questionnaire' },
          ],
        },
        erasing: {
          entry: 'closeAssessment',
          invoke: {
            id: 'eraseAll',
            src: 'eraseAll',
            onDone: {
              target: 'welcome',
              actions: { type: 'adoptLibrary', params: ({ event }) => event.output },
            },
            onError: 'refreshing',
          },
        },
        refreshing: {
          tags: 'welcome',
          invoke: {
            id: 'refreshLibrary',
            src: 'refreshLibrary',
            onDone: {
              target: 'welcome',
              actions: { type: 'adoptLibrary', params: ({ event }) => event.output },
            },
            onError: 'welcome',
          },
        },
        open: {
          // The screens where an assessment is open share these events.
          initial: 'questionnaire',
          on: {
            'assessment.close': 'closing',
            'assessment.deletedElsewhere': {
              guard: ({ context, event }) => context.current?.id === event.id,
              target: 'refreshing',
              actions: 'closeAssessment',
            },
            'assessment.rename': { guard: 'renamesOpen', actions: ['rename', 'changed'] },
            'note.set': { guard: 'isValidNote', actions: ['setNote', 'changed'] },
            'data.eraseAll': 'erasing',
          },
          states: {
            questionnaire: {
              tags: 'questionnaire',
              on: {
                'answer.set': { guard: 'isValidAnswer', actions: ['setAnswer', 'changed'] },
                'answer.clear': { actions: ['clearAnswer', 'changed'] },
                'step.next': [
                  { guard: not('canLeaveQuestion') },
                  {
                    guard: 'hasNextQuestion',
                    actions: ['emitSectionCompleted', 'moveNext', 'changed'],
                  },
                  { target: 'review', actions: ['emitSectionCompleted', 'markReview', 'changed'] },
                ],
                'step.back': [
                  { guard: 'hasPreviousQuestion', actions: ['moveBack', 'changed'] },
                  { target: '#assessment.main.closing' },
                ],
                'section.goto': { actions: ['moveToSection', 'changed'] },
                'question.goto': {
                  guard: 'isApplicableQuestion',
                  actions: ['moveToQuestion', 'changed'],
                },
                'review.open': { target: 'review', actions: ['markReview', 'changed'] },
              },
            },
            review: {
              tags: 'review',
              on: {
                'section.goto': { target: 'questionnaire', actions: ['moveToSection', 'changed'] },
                'question.goto': {
                  guard: 'isApplicableQuestion',
                  target: 'questionnaire',
                  actions: ['moveToQuestion', 'changed'],
                },
                'step.back': { target: 'questionnaire', actions: ['moveToLast', 'changed'] },
                'results.open': [
                  {
                    guard: 'discoveryComplete',
                    target: 'results',
                    actions: ['markResults', 'changed', 'emitCompleted'],
                  },
                  { target: 'questionnaire', actions: ['moveToMissing', 'changed'] },
                ],
              },
            },
            results: {
              tags: ['results', 'offers-update'],
              on: {
                // What-if: answers and assumptions change in place; the results recompute.
                'answer.set': { guard: 'isValidAnswer', actions: ['setAnswer', 'changed'] },
                'assumptions.set': {
                  guard: 'isValidAssumptions',
                  actions: ['setAssumptions', 'changed'],
                },
                // Scenario B: a second set of assumptions, saved with the assessment.
                'scenario.set': { guard: 'isValidScenario', actions: ['setScenario', 'changed'] },
                'review.open': { target: 'review', actions: ['markReview', 'changed'] },
                'step.back': { target: 'review', actions: ['markReview', 'changed'] },
                'section.goto': {
                  target: 'questionnaire',
                  actions: ['moveToSection', 'changed'],
                },
                'report.downloaded': { actions: 'emitReportDownloaded' },
              },
              // before-results: a short teaser and the lead form until a lead is captured.
              initial: 'gated',
              states: {
                gated: {
                  tags: 'lead-gate',
                  always: { guard: not('leadGatesResults'), target: 'full' },
                  on: { 'lead.submit': LEAD_SUBMIT },
                },
                capturing: {
                  tags: 'capturing-lead',
                  invoke: {
                    id: 'captureLead',
                    src: 'captureLead',
                    input: ({ context, event }) => {
                      assertEvent(event, 'lead.submit');
                      return { lead: event.lead, assessment: context.current! };
                    },
                    onDone: {
                      target: 'full',
                      actions: [
                        { type: 'addLead', params: ({ event }) => event.output },
                        { type: 'emitLeadSubmitted', params: ({ event }) => event.output },
                      ],
                    },
                    onError: {
                      target: 'gated',
                      actions: {
                        type: 'addNotice',
                        params: { kind: 'lead-failed' },
                      },
                    },
                  },
                },
                // after-results shows the form at the end of the results.
                full: {
                  on: { 'lead.submit': LEAD_SUBMIT },
                  initial: 'page',
                  states: {
                    page: { on: { 'presenter.toggle': 'presenting' } },
                    // Presenter mode for a meeting: the results revealed one step at a time.
                    // Not saved: a reload, or leaving the results, comes back to the page.
                    presenting: {
                      initial: 'scores',
                      on: {
                        'presenter.toggle': 'page',
                        'presenter.exit': 'page',
                        'presenter.first': '.scores',
                        'presenter.last': '.plan',
                      },
                      states: {
                        scores: {
                          tags: 'presenting:scores',
                          on: { 'presenter.next': 'recommendation' },
                        },
                        recommendation: {
                          tags: 'presenting:recommendation',
                          on: { 'presenter.next': 'costs', 'presenter.previous': 'scores' },
                        },
                        costs: {
                          tags: 'presenting:costs',
                          on: { 'presenter.next': 'plan', 'presenter.previous': 'recommendation' },
                        },
                        plan: { tags: 'presenting:plan', on: { 'presenter.previous': 'costs' } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        closing: {
          // Flush the open assessment before leaving it, so the list shows the latest state.
          invoke: {
            id: 'flushSave',
            src: 'saveAssessment',
            input: ({ context }) => ({ assessment: context.current! }),
            onDone: {
              target: 'refreshing',
              actions: [
                { type: 'adoptStorageMode', params: ({ event }) => event.output },
                { type: 'adoptSaveConflict', params: ({ event }) => event.output },
                'closeAssessment',
              ],
            },
            onError: { target: 'refreshing', actions: 'closeAssessment' },
          },
        },
      },
    },
    persistence: {
      initial: 'idle',
      // Erasing must not be undone by a write that was waiting.
      on: { 'data.eraseAll': '.idle' },
      states: {
        idle: { tags: 'saved', on: { 'data.changed': 'dirty' } },
        // Further changes while dirty do not restart the timer: the first unsaved change is
        // written within saveDelay, whatever comes after it.
        dirty: {
          after: {
            saveDelay: [{ guard: 'hasOpenAssessment', target: 'saving' }, { target: 'idle' }],
          },
        },
        saving: {
          invoke: {
            id: 'save',
            src: 'saveAssessment',
            input: ({ context }) => ({ assessment: context.current! }),
            onDone: {
              target: 'idle',
              actions: [
                { type: 'adoptStorageMode', params: ({ event }) => event.output },
                { type: 'adoptSaveConflict', params: ({ event }) => event.output },
              ],
            },
            onError: {
              target: 'idle',
              actions: {
                type: 'addNotice',
                params: { kind: 'save-failed' },
              },
            },
          },
          // A change during a write starts a new write after it; the repository keeps order.
          on: { 'data.changed': 'dirty' },
        },
      },
    },
    delivery: {
      // Leads wait in the outbox until the webhook takes them: now, after a back-off, when the
      // browser says it is online again, or on the next visit.
      initial: 'loading',
      on: { 'data.eraseAll': '.erasing' },
      states: {
        loading: {
          invoke: {
            id: 'loadLeads',
            src: 'loadLeads',
            onDone: {
              target: 'idle',
              actions: { type: 'adoptLeads', params: ({ event }) => ({ leads: event.output }) },
            },
            onError: 'idle',
          },
        },
        idle: { always: { guard: 'hasPendingLead', target: 'sending' } },
        sending: {
          invoke: {
            id: 'deliverLead',
            src: 'deliverLead',
            input: ({ context }) => ({ leadId: nextPendingLead(context.leads)?.leadId ?? '' }),
            onDone: [
              {
                guard: 'deliveryMustRetry',
                target: 'waiting',
                actions: { type: 'adoptDelivery', params: ({ event }) => event.output },
              },
              {
                target: 'idle',
                actions: { type: 'adoptDelivery', params: ({ event }) => event.output },
              },
            ],
            onError: { target: 'waiting', actions: 'countFailedDelivery' },
          },
        },
        waiting: {
          always: { guard: not('hasPendingLead'), target: 'idle' },
          after: { retryDelay: 'sending' },
          on: { 'network.online': 'sending' },
        },
        erasing: {
          entry: 'forgetLeads',
          invoke: {
            id: 'eraseLeads',
            src: 'eraseLeads',
            onDone: { target: 'idle', actions: 'forgetLeads' },
            onError: { target: 'idle', actions: 'forgetLeads' },
          },
        },
      },
    },
    deletion: {
      // A deleted assessment stays on disk, marked, for UNDO_WINDOW_MS; then it is erased. A tab
      // closed meanwhile loses nothing: the next start finds the mark and offers undo again.
      initial: 'idle',
      on: { 'data.eraseAll': { target: '.idle', actions: 'forgetDeletions' } },
      states: {
        idle: {
          always: { guard: 'hasPendingDeletions', target: 'pending' },
          on: {
            'assessment.delete': { guard: 'canDeleteNow', target: 'marking' },
          },
        },
        marking: {
          invoke: {
            id: 'markDeleted',
            src: 'markDeleted',
            input: ({ event }) => {
              assertEvent(event, 'assessment.delete');
              // Earlier deletions stay pending too: one Undo brings back everything deleted
              // in the window, and the window starts again with each deletion.
              return { id: event.id };
            },
            onDone: [
              {
                guard: ({ event }) => event.output.marked !== null,
                target: 'pending',
                actions: [
                  { type: 'adoptLibrary', params: ({ event }) => event.output.state },
                  {
                    type: 'adoptPendingDeletions',
                    params: ({ context, event }) => ({
                      deleted: [
                        ...context.pendingDeletions.filter((e) => e.id !== event.output.marked!.id),
                        event.output.marked!,
                      ],
                    }),
                  },
                ],
              },
              {
                // Nothing was marked: earlier deletions (if any) stay pending.
                target: 'idle',
                actions: [{ type: 'adoptLibrary', params: ({ event }) => event.output.state }],
              },
            ],
            onError: {
              target: 'idle',
              actions: [
                {
                  type: 'addNotice',
                  params: { kind: 'delete-failed' },
                },
              ],
            },
          },
        },
        pending: {
          on: {
            'deletion.undo': 'restoring',
            'assessment.delete': { guard: 'canDeleteNow', target: 'marking' },
          },
          // The window waits while the Undo offer is in use (focus or pointer in it) and starts
          // again in full when it is let go, or on "More time" (WCAG 2.2.1).
          initial: 'counting',
          states: {
            counting: {
              after: { undoWindow: '#assessment.deletion.erasing' },
              on: {
                'deletion.hold': 'held',
                'deletion.extend': { target: 'counting', reenter: true },
              },
            },
            held: { on: { 'deletion.release': 'counting' } },
          },
        },
        erasing: {
          invoke: {
            id: 'eraseDeleted',
            src: 'eraseDeleted',
            input: ({ context }) => ({ ids: context.pendingDeletions.map((e) => e.id) }),
            onDone: {
              target: 'idle',
              actions: [
                'forgetDeletions',
                { type: 'adoptLibrary', params: ({ event }) => event.output },
              ],
            },
            // Still marked on disk: the next start offers them again, nothing is lost.
            onError: { target: 'idle', actions: 'forgetDeletions' },
          },
        },
        restoring: {
          invoke: {
            id: 'restoreDeleted',
            src: 'restoreDeleted',
            input: ({ context }) => ({ ids: context.pendingDeletions.map((e) => e.id) }),
            onDone: {
              target: 'idle',
              actions: [
                'forgetDeletions',
                { type: 'adoptLibrary', params: ({ event }) => event.output },
              ],
            },
            onError: {
              target: 'idle',
              actions: [
                'forgetDeletions',
                {
                  type: 'addNotice',
                  params: { kind: 'restore-failed' },
                },
              ],
            },
          },
        },
      },
    },
    transfer: {
      // The leads CSV is written beside the flow, so the screen stays where it is meanwhile.
      initial: 'idle',
      states: {
        idle: { on: { 'leads.export': { guard: 'hasLeads', target: 'exporting' } } },
        exporting: {
          invoke: {
            id: 'exportLeads',
            src: 'exportLeads',
            input: ({ context }) => ({ library: context.library }),
            onDone: 'idle',
            onError: {
              target: 'idle',
              actions: {
                type: 'addNotice',
                params: { kind: 'export-failed' },
              },
            },
          },
        },
      },
    },
    durability: {
      // Once per visit, when the rep starts keeping a library, ask the browser to keep it.
      initial: 'unasked',
      states: {
        unasked: { always: { guard: 'libraryInUse', target: 'asking' } },
        asking: {
          invoke: {
            id: 'requestPersistence',
            src: 'requestPersistence',
            onDone: {
              target: 'answered',
              actions: {
                type: 'adoptPersistence',
                params: ({ event }) => ({ status: event.output }),
              },
            },
            onError: {
              target: 'answered',
              actions: { type: 'adoptPersistence', params: { status: 'unsupported' } },
            },
          },
        },
        answered: { type: 'final' },
      },
    },
  },
});

export type AssessmentMachine = typeof assessmentMachine;
