/** Words for presenter mode and its shortcuts; loaded with the results screen. */
import type { PresenterStep } from '../../flow/presenter-steps';
import type { ShortcutAction } from '../presenter/presenter-keys';

export const presenterText = {
  present: 'Present the results',
  presentHint: 'Large type, one step at a time, for a shared screen or a projector. Press P.',
  region: 'Presenter mode',
  /** Each kind of step's name; a list split over steps adds its part (see `part`). */
  steps: {
    readiness: 'Readiness scores',
    functions: 'Readiness by function',
    verdict: 'Recommended engagement',
    reasons: 'Why we recommend this',
    warnings: 'Before you decide',
    'cost-chart': 'What it costs',
    'cost-totals': 'The costs compared',
    'cost-scenario': 'Scenario B beside A',
    plan: 'The first 90 days',
    'plan-empty': 'The first 90 days',
    'progress-scores': 'Progress since last time',
    'progress-answers': 'Answers that changed',
  } satisfies Record<PresenterStep['kind'], string>,
  /** A list's name on one of the steps it is split over; alone, just its name. */
  part: (name: string, n: number, of: number) => (of > 1 ? `${name} (${n} of ${of})` : name),
  /** The plan's steps name their phase, e.g. "The first 90 days: Days 1–30". */
  planPhase: (name: string, phase: string) => `${name}: ${phase}`,
  stepOf: (n: number, total: number, name: string) => `Step ${n} of ${total}: ${name}`,
  /** The step counter in place of the dots when there are too many to tell apart. */
  counter: (n: number, total: number) => `${n} / ${total}`,
  verdictKicker: 'Our recommendation',
  previous: 'Previous',
  next: 'Next',
  exit: 'Exit presenter mode',
  shortcuts: 'Keyboard shortcuts',
  shortcutsButton: 'Shortcuts (?)',
  close: 'Close',
  fullscreenFailed: 'This browser did not allow full screen here.',
  actions: {
    toggle: 'Start or stop presenter mode',
    next: 'Next step',
    previous: 'Previous step',
    first: 'First step (scores)',
    last: 'Last step (plan)',
    fullscreen: 'Full screen on or off',
    exit: 'Leave presenter mode',
    help: 'Show or hide this list',
  } satisfies Record<ShortcutAction, string>,
  onlyPresenting: 'while presenting',
  keysSeparator: ' or ',
  singleKeys: 'Single-key shortcuts (P, ?, N, B, F, Space, and 1–9 on a question)',
} as const;
