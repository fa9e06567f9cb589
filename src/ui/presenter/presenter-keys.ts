/**
 * Presenter mode's keyboard shortcuts: one table read by the key handler and by the `?` overlay,
 * so the list a rep sees is the list that works.
 */
import type { FlowEvent } from '../../flow/flow-types';

export type ShortcutAction =
  'toggle' | 'next' | 'previous' | 'first' | 'last' | 'exit' | 'help' | 'fullscreen';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values; the first is the one shown. */
  keys: readonly string[];
  /** Only while presenting (the others work on the whole results page). */
  presentingOnly: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'toggle', keys: ['p', 'P'], presentingOnly: false },
  { action: 'next', keys: ['ArrowRight', 'PageDown', ' ', 'n', 'N'], presentingOnly: true },
  { action: 'previous', keys: ['ArrowLeft', 'PageUp', 'b', 'B'], presentingOnly: true },
  { action: 'first', keys: ['Home'], presentingOnly: true },
  { action: 'last', keys: ['End'], presentingOnly: true },
  { action: 'fullscreen', keys: ['f', 'F'], presentingOnly: true },
  { action: 'exit', keys: ['Escape'], presentingOnly: true },
  { action: 'help', keys: ['?'], presentingOnly: false },
];

/** What the handler needs of a keyboard event. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The event came from a text field, select, or anything editable: typing wins. */
  fromEditable: boolean;
  /** The event came from a button or link, where Space and Enter already mean "press". */
  fromControl: boolean;
}

/** The shortcut a key press means on the results page, or null to leave the key alone. */
export function actionForKey(press: KeyPress, presenting: boolean): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.fromEditable) return null;
  if (press.key === ' ' && press.fromControl) return null;
  const found = SHORTCUTS.find((s) => s.keys.includes(press.key));
  if (!found || (found.presentingOnly && !presenting)) return null;
  return found.action;
}

/** The machine's presenter events. */
export type PresenterEvent = Extract<FlowEvent, { type: `presenter.${string}` }>;

const FLOW_EVENTS: Partial<Record<ShortcutAction, PresenterEvent>> = {
  toggle: { type: 'presenter.toggle' },
  next: { type: 'presenter.next' },
  previous: { type: 'presenter.previous' },
  first: { type: 'presenter.first' },
  last: { type: 'presenter.last' },
  exit: { type: 'presenter.exit' },
};

/** The machine event for a shortcut; help and full screen are the page's own business. */
export function flowEventFor(action: ShortcutAction): PresenterEvent | null {
  return FLOW_EVENTS[action] ?? null;
}

/** How a key is written in the shortcuts list. */
export function keyName(key: string): string {
  const names: Record<string, string> = {
    ArrowRight: '→',
    ArrowLeft: '←',
    PageDown: 'Page Down',
    PageUp: 'Page Up',
    ' ': 'Space',
    Escape: 'Esc',
  };
  return names[key] ?? key;
}

/** What actionForKey reads of a key press: the key, its modifiers and where it was typed. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    fromEditable: !!target?.closest('input, textarea, select, [contenteditable="true"]'),
    fromControl: !!target?.closest('button, a, summary'),
  };
}

/** Full screen on or off for presenting; where it is not allowed, large type still applies. */
export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Not allowed here (an iframe without allowfullscreen).
  }
}
