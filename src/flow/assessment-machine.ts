/**
 * The one machine that decides what happens next: welcome → discovery → readiness → review →
 * results, with saving as part of its behaviour (the autosave region writes every change within
 * SAVE_DELAY_MS, never waiting for a button or for `beforeunload`). Two processes of their own
 * run as child machines it invokes: lead delivery (lead-delivery-machine.ts) and deleting with
 * undo (undo-deletion-machine.ts). The results on screen are worked out once per change (the
 * computation region) and read by every screen, the lead and the library. It emits what the page
 * around it may hear (started, section completed, completed, lead, PDF). Its guards, actions and
 * actors are in assessment-setup.ts.
 */
import { and, assertEvent, not, or, type DoneActorEvent } from 'xstate';
import { assessmentSetup } from './assessment-setup';
import { resultsInputOf } from './computed-results';
import { MAX_COMPANY_LENGTH, summaryToSave, updateFor } from './context-updates';
import type { StartupData } from './flow-types';
import { results } from './results-states';
import { importing, leadsExport, openingShared, shared } from './transfer-states';

export { SAVE_DELAY_MS } from './assessment-setup';
export { MAX_COMPANY_LENGTH, MAX_NOTE_LENGTH } from './context-updates';

/** Start-up's library, wherever start-up goes next. */
const adoptStartup = {
  type: 'adoptStartup',
  params: ({ event }: { event: DoneActorEvent<StartupData> }) => event.output,
} as const;

/** Back to the question, the review or the results an opened assessment was left at. */
const RESUME = [
  { guard: 'cursorAtResults', target: 'open.results' },
  { guard: 'cursorAtReview', target: 'open.review' },
  { target: 'open.questionnaire' },
] as const;

export const assessmentMachine = assessmentSetup.createMachine({
  id: 'assessment',
  type: 'parallel',
  context: ({ input }) => ({
    current: null,
    library: [],
    storage: { kind: 'persistent' },
    resumedFrom: null,
    leadPlacement: input?.leadPlacement ?? 'none',
    leadIncludesResults: input?.leadIncludesResults ?? false,
    leads: [],
    pendingDeletions: [],
    durability: 'unknown',
    libraryActivity: null,
    prefill: input?.prefill ?? {},
    shareLink: input?.share ?? null,
    pendingStart: null,
    shared: null,
    results: null,
    leadToCapture: null,
    comparingWith: null,
    pendingComparison: null,
    presenterIndex: 0,
    notices: input?.prefillProblems?.length
      ? [{ kind: 'prefill', problems: input.prefillProblems.map((p) => ({ ...p })) }]
      : [],
  }),
  invoke: [
    { id: 'leadDelivery', src: 'leadDelivery' },
    { id: 'undoDeletion', src: 'undoDeletion' },
  ],
  on: {
    'notice.dismiss': { actions: 'dismissNotices' },
    'notice.add': { actions: { type: 'addNotice', params: ({ event }) => event.notice } },
    // What the children report: the screens read it here.
    'leads.changed': { actions: 'adoptLeads' },
    'deletions.changed': { actions: 'adoptPendingDeletions' },
    'library.changed': { actions: { type: 'adoptLibrary', params: ({ event }) => event.state } },
    // Deleting is offered in the library, for an assessment it lists.
    'assessment.delete': { guard: 'listsAssessment', actions: 'toUndoDeletion' },
    'deletion.undo': { actions: 'toUndoDeletion' },
    'deletion.hold': { actions: 'toUndoDeletion' },
    'deletion.release': { actions: 'toUndoDeletion' },
    'deletion.extend': { actions: 'toUndoDeletion' },
    'network.online': { actions: 'toLeadDelivery' },
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
            src: 'loadStartup',
            onDone: [
              {
                // A share link opens its read-only results, whatever was open last time.
                guard: 'hasShareLink',
                target: 'openingShared',
                actions: adoptStartup,
              },
              {
                // Start was pressed while loading: a new assessment, not the last one.
                guard: 'hasPendingStart',
                target: 'welcome',
                actions: [adoptStartup, 'replayStart'],
              },
              {
                // A prefill link is for a new assessment: the welcome screen, not the last one.
                guard: { type: 'resumesLast', params: ({ event }) => event.output },
                target: 'resuming',
                actions: [
                  adoptStartup,
                  {
                    type: 'openAssessment',
                    params: ({ event }) => ({ assessment: event.output.last!, resumed: true }),
                  },
                ],
              },
              {
                target: 'welcome',
                actions: adoptStartup,
              },
            ],
            onError: [
              { guard: 'hasShareLink', target: 'openingShared' },
              {
                target: 'welcome',
                actions: [
                  { type: 'addNotice', params: { kind: 'unavailable', failed: 'read' } },
                  'replayStart',
                ],
              },
            ],
          },
        },
        openingShared,
        shared,
        importing,
        welcome: {
          tags: ['welcome', 'offers-update'],
          on: {
            'assessment.start': 'creating',
            'assessment.resume': { target: 'loading', actions: 'keepPendingComparison' },
            'assessment.duplicate': { guard: 'listsAssessment', target: 'duplicating' },
            'assessment.rename': {
              guard: 'listsAssessment',
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
              actions: { type: 'addNotice', params: { kind: 'duplicate-failed' } },
            },
          },
        },
        updating: {
          tags: 'welcome',
          invoke: {
            src: 'updateAssessment',
            input: ({ event }) => updateFor(event),
            onDone: {
              target: 'welcome',
              actions: { type: 'adoptLibrary', params: ({ event }) => event.output },
            },
            onError: {
              target: 'refreshing',
              actions: [
                { type: 'setActivity', params: { activity: null } },
                { type: 'addNotice', params: { kind: 'update-failed' } },
              ],
            },
          },
        },
        creating: {
          invoke: {
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
              actions: { type: 'addNotice', params: { kind: 'unavailable', failed: 'create' } },
            },
          },
        },
        loading: {
          invoke: {
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
                  // Opened on purpose from the library: no "welcome back" for that.
                  {
                    type: 'openAssessment',
                    params: ({ event }) => ({
                      assessment: event.output.assessment!,
                      resumed: false,
                    }),
                  },
                  // Opened, with something to say (answers left out after a content change).
                  { type: 'addNotice', params: ({ event }) => event.output.notice },
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
        resuming: { always: RESUME },
        erasing: {
          entry: 'closeAssessment',
          invoke: {
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
              guard: 'deletedHere',
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
            results,
          },
        },
        closing: {
          // Flush the open assessment before leaving it, so the list shows the latest state: with
          // discovery complete, its summary from current results (worked out first if need be).
          initial: 'summarizing',
          states: {
            summarizing: {
              always: { guard: not('summaryPending'), target: 'flushing' },
              after: { summaryWait: 'flushing' },
            },
            flushing: {
              invoke: {
                src: 'saveAssessment',
                input: ({ context }) => ({
                  assessment: context.current!,
                  summary: summaryToSave(context),
                }),
                onDone: {
                  target: '#assessment.main.refreshing',
                  actions: [
                    { type: 'adoptStorageMode', params: ({ event }) => event.output },
                    { type: 'adoptSaveConflict', params: ({ event }) => event.output },
                    'closeAssessment',
                  ],
                },
                onError: { target: '#assessment.main.refreshing', actions: 'closeAssessment' },
              },
            },
          },
        },
      },
    },
    autosave: {
      initial: 'idle',
      // Erasing must not be undone by a write that was waiting; the children forget too (leads
      // and deletions waiting for undo), whatever the main region does with it.
      on: { 'data.eraseAll': { target: '.idle', actions: 'eraseInChildren' } },
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
            src: 'saveAssessment',
            input: ({ context }) => ({
              assessment: context.current!,
              summary: summaryToSave(context),
            }),
            onDone: {
              target: 'idle',
              actions: [
                { type: 'adoptStorageMode', params: ({ event }) => event.output },
                { type: 'adoptSaveConflict', params: ({ event }) => event.output },
              ],
            },
            onError: {
              target: 'idle',
              actions: { type: 'addNotice', params: { kind: 'save-failed' } },
            },
          },
          // A change during a write starts a new write after it; the repository keeps order.
          on: { 'data.changed': 'dirty' },
        },
      },
    },
    computation: {
      // The results of what is on screen, worked out once for each change while they are shown,
      // and for the library's summary of an assessment being closed. Every screen, the lead, the
      // widget's event and the summary read the one result held in context.
      initial: 'idle',
      states: {
        idle: {
          always: {
            // Shown, or the summary of an assessment being closed with discovery complete.
            // The cheap checks first: whether results matter here at all is a state check; whether
            // they are stale compares the answers, which every answer would otherwise pay for.
            guard: and([
              or(['resultsShown', and(['isClosing', 'discoveryComplete'])]),
              'resultsStale',
            ]),
            target: 'computing',
          },
        },
        computing: {
          invoke: {
            src: 'computeResults',
            input: ({ context }) => resultsInputOf(context)!,
            onDone: {
              target: 'idle',
              actions: { type: 'adoptResults', params: ({ event }) => event.output },
            },
            onError: {
              target: 'idle',
              actions: { type: 'failResults', params: ({ event }) => ({ error: event.error }) },
            },
          },
        },
      },
    },
    transfer: leadsExport,
    durability: {
      // Once per visit, when the rep starts keeping a library, ask the browser to keep it.
      initial: 'unasked',
      states: {
        unasked: { always: { guard: 'libraryInUse', target: 'asking' } },
        asking: {
          invoke: {
            src: 'requestDurability',
            onDone: {
              target: 'answered',
              actions: {
                type: 'adoptDurability',
                params: ({ event }) => ({ status: event.output }),
              },
            },
            onError: {
              target: 'answered',
              actions: { type: 'adoptDurability', params: { status: 'unsupported' } },
            },
          },
        },
        answered: { type: 'final' },
      },
    },
  },
});

export type AssessmentMachine = typeof assessmentMachine;
