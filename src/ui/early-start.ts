/**
 * A Start pressed on the prerendered welcome screen before the app's script has run. index.html
 * keeps it (a small inline script cancels the form's native submission and remembers the form);
 * the app takes it over as it starts, then submits that form again through its own handler, so
 * the click and the name typed reach the flow like any other Start.
 */

interface EarlyStart {
  form: unknown;
  keep: (event: Event) => void;
}

function isEarlyStart(value: unknown): value is EarlyStart {
  return (
    typeof value === 'object' &&
    value !== null &&
    'keep' in value &&
    typeof (value as { keep: unknown }).keep === 'function' &&
    'form' in value
  );
}

/**
 * Stops index.html's keeper and returns the form it kept, if a Start was pressed meanwhile. Safe
 * to call on a page without the keeper (the widget's, or a test's).
 */
export function takeEarlyStart(): HTMLFormElement | null {
  const holder = globalThis as { ffEarlyStart?: unknown };
  const early = holder.ffEarlyStart;
  delete holder.ffEarlyStart;
  if (!isEarlyStart(early)) return null;
  removeEventListener('submit', early.keep, true);
  return early.form instanceof HTMLFormElement ? early.form : null;
}
