/**
 * The results screen, as part of the assessment machine's chart: what-if changes in place, the
 * lead form that may stand in front of the results (before-results) or follow them, and
 * presenter mode. assessment-machine.ts puts it in place.
 */
import { assertEvent, not } from 'xstate';
import { assessmentSetup } from './assessment-setup';

/** lead.submit, wherever a form is shown: invalid or repeated is ignored, a bot is humoured. */
const LEAD_SUBMIT = [
  { guard: not('canSubmitLead') },
  { guard: 'looksLikeBot', target: 'full', actions: 'acceptBotQuietly' },
  { target: 'capturing' },
] as const;

/** The results of the open assessment (discovery complete). */
export const results = assessmentSetup.createStateConfig({
  tags: ['results', 'offers-update'],
  // A comparison is kept while the results are; leaving them ends it.
  entry: 'startPendingComparison',
  exit: 'forgetComparison',
  on: {
    // What-if: answers and assumptions change in place; the results recompute.
    'answer.set': { guard: 'isValidAnswer', actions: ['setAnswer', 'changed'] },
    'assumptions.set': {
      guard: 'isValidAssumptions',
      actions: ['setAssumptions', 'changed'],
    },
    // Scenario B: a second set of assumptions, saved with the assessment.
    'scenario.set': {
      guard: 'isValidAssumptions',
      actions: ['setAssumptions', 'changed'],
    },
    'review.open': { target: 'review', actions: ['markReview', 'changed'] },
    'step.back': { target: 'review', actions: ['markReview', 'changed'] },
    'section.goto': { target: 'questionnaire', actions: ['moveToSection', 'changed'] },
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
      entry: 'keepLead',
      exit: 'forgetLead',
      initial: 'waiting',
      states: {
        // The lead carries the results when the MSP asked for them: they are worked out first.
        waiting: { always: { guard: 'leadReady', target: 'storing' } },
        storing: {
          invoke: {
            src: 'captureLead',
            input: ({ context }) => ({
              lead: context.leadToCapture!,
              assessment: context.current!,
              result:
                context.leadIncludesResults && context.results?.outcome.kind === 'ok'
                  ? context.results.outcome.result
                  : null,
            }),
            onDone: {
              target: '#assessment.main.open.results.full',
              actions: [
                { type: 'queueLead', params: ({ event }) => event.output },
                { type: 'emitLeadSubmitted', params: ({ event }) => event.output },
              ],
            },
            onError: {
              target: '#assessment.main.open.results.gated',
              actions: { type: 'addNotice', params: { kind: 'lead-failed' } },
            },
          },
        },
      },
    },
    // after-results shows the form at the end of the results.
    full: {
      on: { 'lead.submit': LEAD_SUBMIT },
      initial: 'page',
      states: {
        page: {
          on: {
            'presenter.toggle': 'presenting',
            // Progress since an earlier assessment of the same company: on the device, or from
            // last quarter's hand-off file (read and checked by the screen, as any import is).
            'compare.previous': 'loadingEarlier',
            'compare.with': {
              actions: { type: 'compareWith', params: ({ event }) => event.earlier },
            },
            'compare.close': { actions: 'forgetComparison' },
          },
        },
        loadingEarlier: {
          tags: 'loading-comparison',
          invoke: {
            src: 'loadEarlier',
            input: ({ event }) => {
              assertEvent(event, 'compare.previous');
              return { id: event.id };
            },
            onDone: {
              target: 'page',
              actions: { type: 'compareWith', params: ({ event }) => event.output },
            },
            onError: {
              target: 'page',
              actions: { type: 'addNotice', params: { kind: 'compare-failed' } },
            },
          },
        },
        // Presenter mode for a meeting: the results revealed one step at a time.
        // Not saved: a reload, or leaving the results, comes back to the page.
        presenting: {
          tags: 'presenting',
          entry: { type: 'movePresenter', params: { move: 'first' } },
          on: {
            'presenter.toggle': 'page',
            'presenter.exit': 'page',
            'presenter.first': { actions: { type: 'movePresenter', params: { move: 'first' } } },
            'presenter.previous': {
              actions: { type: 'movePresenter', params: { move: 'previous' } },
            },
            'presenter.next': { actions: { type: 'movePresenter', params: { move: 'next' } } },
            'presenter.last': { actions: { type: 'movePresenter', params: { move: 'last' } } },
          },
        },
      },
    },
  },
});
