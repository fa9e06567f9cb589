/**
 * Whether single-character shortcuts (1–9 on a question, P and ? on the results) are on
 * (WCAG 2.1.4): speech-input users, and anyone who types by accident, can turn them off. Kept
 * in this browser under a name of our own; without storage it lasts for the visit.
 */
const KEY = 'fractional-fit:single-key-shortcuts';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export const shortcutPrefs: { singleKeys: boolean } = $state({ singleKeys: stored() });

/** Turns single-character shortcuts on or off, and remembers it. */
export function setSingleKeys(on: boolean): void {
  shortcutPrefs.singleKeys = on;
  try {
    if (on) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, 'off');
  } catch {
    // Storage refused (private mode, a host's policy): the choice lasts for this visit.
  }
}

/**
 * The element a key press came from, inside a shadow root too, when it is within `scope` or
 * nowhere in particular (the page's body): shortcuts act there and not on unrelated controls.
 */
export function keyInScope(event: KeyboardEvent, scope: Element | undefined): boolean {
  if (!scope) return false;
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return scope.contains(target);
}
