/**
 * The assessment machine's implementations: its types, its actors (the I/O ones it names, in
 * assessment-actors.ts, and its two children), and its named guards and actions. The statechart
 * that uses them is in assessment-machine.ts.
 */
import {
  assertEvent,
  assign,
  emit,
  enqueueActions,
  forwardTo,
  or,
  raise,
  sendTo,
  setup,
  stateIn,
} from 'xstate';
import { validateSavedAssumptions } from '../core/assumptions';
import type { ImportedAssessment } from '../core/handoff';
import { validateAnswer, validateAnswers } from '../core/schema';
import { isFor, resultsAreCurrent, resultsInputOf } from './computed-results';
import { ASSESSMENT_NOTE_KEY, ImportRefused } from './flow-types';
import type {
  CapturedLead,
  ComputedResults,
  DurabilityStatus,
  EarlierAssessment,
  FlowContext,
  FlowEmitted,
  FlowEvent,
  FlowInput,
  FlowTag,
  LeadReceipt,
  LibraryActivity,
  LibraryState,
  OpenAssessment,
  SaveOutput,
  StartupData,
  StorageMode,
} from './flow-types';
import { leadFor } from './flow-view';
import { looksLikeBot, validateLeadInput } from './lead-delivery';
import { leadDeliveryMachine } from './lead-delivery-machine';
import { assessmentActors } from './assessment-actors';
import { presenterIndexAfter, presenterStepsFor, type PresenterMove } from './presenter-steps';
import { IMPORT_NOTICE_KINDS, withNotices, type Notice } from './notices';
import {
  canLeave,
  discoveryComplete,
  entryQuestionOf,
  firstMissingRequired,
  nextQuestionId,
  previousQuestionId,
  questionSequence,
  sectionOf,
} from './steps';
import { undoDeletionMachine } from './undo-deletion-machine';

/** Changes are written this long after the first unsaved one (well inside the 300 ms promise). */
export const SAVE_DELAY_MS = 120;
/** Closing waits this long at most for the results its library summary is taken from. */
export const SUMMARY_WAIT_MS = 1_000;
import {
  at,
  inLibrary,
  libraryFrom,
  MAX_COMPANY_LENGTH,
  MAX_NOTE_LENGTH,
  moveTo,
  questionCursor,
  updateActivity,
  withCurrent,
} from './context-updates';

export { MAX_COMPANY_LENGTH, MAX_NOTE_LENGTH };

export const assessmentSetup = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    // `void` keeps the input optional: createActor(machine) starts with the defaults.
    input: {} as FlowInput | void,
    emitted: {} as FlowEmitted,
    tags: {} as FlowTag,
  },
  delays: { saveDelay: SAVE_DELAY_MS, summaryWait: SUMMARY_WAIT_MS },
  actors: {
    ...assessmentActors,
    leadDelivery: leadDeliveryMachine,
    undoDeletion: undoDeletionMachine,
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
    /** The event names an assessment the library lists (not the open one). */
    listsAssessment: ({ context, event }) => {
      assertEvent(event, ['assessment.rename', 'assessment.duplicate', 'assessment.delete']);
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
    /** Cost assumptions for A or for scenario B: none, or a set that passes. */
    isValidAssumptions: ({ event }) => {
      assertEvent(event, ['assumptions.set', 'scenario.set']);
      return event.assumptions === null || validateSavedAssumptions(event.assumptions).ok;
    },
    hasOpenAssessment: ({ context }) => context.current !== null,
    /** Another tab deleted the assessment open here. */
    deletedHere: ({ context, event }) => {
      assertEvent(event, 'assessment.deletedElsewhere');
      return context.current?.id === event.id;
    },
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
    /** The last assessment is resumed unless the link prefills a new one. */
    resumesLast: ({ context }, params: StartupData) =>
      params.last !== null && Object.keys(context.prefill).length === 0,
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
    hasLeads: ({ context }) => context.leads.some((l) => l.createdAt !== ''),
    /** The results held are not (or no longer) those of what is on screen. */
    resultsStale: ({ context }) => resultsInputOf(context) !== null && !resultsAreCurrent(context),
    /** The lead can be stored: it carries no results, or they are worked out for it. */
    leadReady: ({ context }) => !context.leadIncludesResults || resultsAreCurrent(context),
    /** The results are on screen: an open assessment's, or a share link's. */
    resultsShown: or([
      stateIn('#assessment.main.open.results'),
      stateIn('#assessment.main.shared'),
    ]),
    isClosing: stateIn('#assessment.main.closing'),
    /** Closing waits for the results its library summary is taken from (discovery complete). */
    summaryPending: ({ context }) =>
      discoveryComplete(context.current?.answers ?? {}) && !resultsAreCurrent(context),
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
  },
  actions: {
    changed: raise({ type: 'data.changed' }),
    adoptLibrary: assign(({ context }, params: LibraryState) => libraryFrom(context, params)),
    /** Start-up: the library, and the deletions whose undo window was open when the tab closed. */
    adoptStartup: enqueueActions(({ context, enqueue }, params: StartupData) => {
      enqueue.assign(libraryFrom(context, params));
      enqueue.sendTo('undoDeletion', { type: 'deletions.found', deleted: params.deleted });
    }),
    openAssessment: assign((_, params: { assessment: OpenAssessment; resumed: boolean }) => {
      const answers = params.assessment.answers;
      const cursor = params.assessment.cursor ?? at(questionSequence(answers)[0] ?? 'employees');
      return {
        current: { ...params.assessment, cursor },
        resumedFrom: params.resumed ? params.assessment.id : null,
      };
    }),
    closeAssessment: assign({ current: null, resumedFrom: null, results: null }),
    noteActivity: assign(({ context, event }) => ({
      libraryActivity: updateActivity(context, event),
    })),
    setActivity: assign((_, params: { activity: LibraryActivity | null }) => ({
      libraryActivity: params.activity,
    })),
    adoptDurability: assign((_, params: { status: DurabilityStatus }) => ({
      durability: params.status,
    })),
    // A notice already shown is not shown (or read out) again: a save that keeps failing says
    // so once.
    addNotice: assign(({ context }, params: Notice | null) => ({
      notices: params ? withNotices(context.notices, [params]) : context.notices,
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
      ...withCurrent(context, (a) => ({ answers: { ...context.prefill, ...a.answers } })),
      prefill: {},
    })),
    adoptShared: assign((_, params: { shared: ImportedAssessment }) => ({
      shared: params.shared,
      shareLink: null,
    })),
    forgetShared: assign({ shared: null, shareLink: null, results: null }),
    /**
     * Results just worked out, kept when they are those of what is on screen (else the next
     * computation is under way). For an open assessment they are saved: the library's summary.
     */
    adoptResults: enqueueActions(({ context, enqueue }, params: ComputedResults) => {
      if (!isFor(params, resultsInputOf(context))) return;
      enqueue.assign({ results: params });
      if (context.current) enqueue.raise({ type: 'data.changed' });
    }),
    /** The engine could not be loaded: the page says why, and it is not asked again for these. */
    failResults: assign(({ context }, params: { error: unknown }) => {
      const input = resultsInputOf(context);
      const message = params.error instanceof Error ? params.error.message : String(params.error);
      return input
        ? { results: { input, outcome: { kind: 'error' as const, message }, progress: null } }
        : {};
    }),
    keepLead: assign(({ event }) => {
      assertEvent(event, 'lead.submit');
      return { leadToCapture: event.lead };
    }),
    forgetLead: assign({ leadToCapture: null }),
    /** The earlier assessment to compare with; the results are worked out again with it. */
    compareWith: assign((_, params: EarlierAssessment) => ({ comparingWith: params })),
    forgetComparison: assign({ comparingWith: null }),
    keepPendingComparison: assign(({ event }) => {
      assertEvent(event, 'assessment.resume');
      return { pendingComparison: event.compareWith ?? null };
    }),
    /** Opened to be compared (from the library): the comparison starts with the results. */
    startPendingComparison: enqueueActions(({ context, enqueue }) => {
      if (context.pendingComparison === null) return;
      enqueue.raise({ type: 'compare.previous', id: context.pendingComparison });
      enqueue.assign({ pendingComparison: null });
    }),
    /** Presenter mode's step: within the steps of the results held (see presenter-steps.ts). */
    movePresenter: assign(({ context }, params: { move: PresenterMove }) => ({
      presenterIndex: presenterIndexAfter(
        context.presenterIndex,
        presenterStepsFor(context.results).length,
        params.move,
      ),
    })),
    setAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.set');
      const value = Array.isArray(event.value) ? [...event.value] : event.value;
      return withCurrent(context, (a) => ({
        answers: { ...a.answers, [event.questionId]: value },
      }));
    }),
    clearAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.clear');
      return withCurrent(context, (a) => {
        const answers = { ...a.answers };
        delete answers[event.questionId];
        return { answers };
      });
    }),
    setNote: assign(({ context, event }) => {
      assertEvent(event, 'note.set');
      return withCurrent(context, (a) => {
        const notes = { ...a.notes };
        if (event.text.trim() === '') delete notes[event.questionId];
        else notes[event.questionId] = event.text;
        return { notes };
      });
    }),
    rename: assign(({ context, event }) => {
      assertEvent(event, 'assessment.rename');
      return withCurrent(context, () => ({
        companyName: event.companyName.slice(0, MAX_COMPANY_LENGTH),
      }));
    }),
    setAssumptions: assign(({ context, event }) => {
      assertEvent(event, ['assumptions.set', 'scenario.set']);
      const key = event.type === 'assumptions.set' ? 'assumptions' : 'scenario';
      return withCurrent(context, () => ({ [key]: event.assumptions }));
    }),
    moveNext: assign(({ context }) =>
      moveTo(context, (a, id) => id && nextQuestionId(a.answers, id)),
    ),
    moveBack: assign(({ context }) =>
      moveTo(context, (a, id) => id && previousQuestionId(a.answers, id)),
    ),
    moveToMissing: assign(({ context }) => moveTo(context, (a) => firstMissingRequired(a.answers))),
    moveToLast: assign(({ context }) => moveTo(context, (a) => questionSequence(a.answers).at(-1))),
    moveToSection: assign(({ context, event }) => {
      assertEvent(event, 'section.goto');
      const target = entryQuestionOf(context.current?.answers ?? {}, event.section);
      return withCurrent(context, (a) => ({ cursor: target ? at(target) : a.cursor }));
    }),
    moveToQuestion: assign(({ context, event }) => {
      assertEvent(event, 'question.goto');
      return withCurrent(context, () => ({ cursor: at(event.questionId) }));
    }),
    markReview: assign(({ context }) =>
      withCurrent(context, () => ({ cursor: { step: 'review' } })),
    ),
    markResults: assign(({ context }) =>
      withCurrent(context, () => ({ cursor: { step: 'results' } })),
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
      const { id, companyName } = conflict;
      const notice: Notice =
        conflict.kind === 'changed'
          ? {
              kind: 'conflict',
              change: 'changed',
              id: conflict.copy.id,
              companyName,
              copyName: conflict.copy.companyName,
            }
          : { kind: 'conflict', change: 'deleted', id, companyName };
      if (open && conflict.kind === 'changed') {
        enqueue.assign({ current: { ...context.current!, ...conflict.copy } });
      }
      enqueue.assign({ notices: withNotices(context.notices, [notice]) });
      if (open && conflict.kind === 'deleted') {
        enqueue.raise({ type: 'assessment.deletedElsewhere', id });
      }
    }),
    adoptLeads: assign(({ event }) => {
      assertEvent(event, 'leads.changed');
      return { leads: event.leads };
    }),
    adoptPendingDeletions: assign(({ event }) => {
      assertEvent(event, 'deletions.changed');
      return { pendingDeletions: event.pending };
    }),
    /** Lead delivery takes it from here (a bot's receipt too, so the form is not shown again). */
    queueLead: sendTo('leadDelivery', (_, params: { receipt: LeadReceipt }) => ({
      type: 'lead.captured' as const,
      receipt: params.receipt,
    })),
    /** A bot is told it worked; nothing is stored or sent, and nothing survives a reload. */
    acceptBotQuietly: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'lead.submit');
      const receipt: LeadReceipt = {
        leadId: event.lead.leadId,
        assessmentId: context.current?.id ?? '',
        createdAt: '',
        status: 'sent',
        attempts: 0,
      };
      enqueue.sendTo('leadDelivery', { type: 'lead.captured', receipt });
    }),
    toLeadDelivery: forwardTo('leadDelivery'),
    toUndoDeletion: forwardTo('undoDeletion'),
    /** "Delete my answers": the leads go, and nothing deleted waits for undo any more. */
    eraseInChildren: enqueueActions(({ enqueue }) => {
      enqueue.sendTo('leadDelivery', { type: 'leads.erase' });
      enqueue.sendTo('undoDeletion', { type: 'deletions.forget' });
    }),
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
});
