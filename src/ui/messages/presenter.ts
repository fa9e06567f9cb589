/** Words for presenter mode and its shortcuts; loaded with the results screen. */
import type { PresenterStep } from '../../flow/flow-view';
import type { ShortcutAction } from '../presenter/presenter-keys';

export const presenterText = {
  present: 'Present the results',
  presentHint: 'Large type, one step at a time, for a shared screen or a projector. Press P.',
  region: 'Presenter mode',
  steps: {
    scores: 'Readiness scores',
    recommendation: 'Recommended engagement',
    costs: 'What it costs',
    plan: 'The first 90 days',
  } satisfies Record<PresenterStep, string>,
  stepOf: (n: number, total: number, name: string) => `Step ${n} of ${total}: ${name}`,
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
