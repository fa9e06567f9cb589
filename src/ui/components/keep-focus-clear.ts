/**
 * Keeps whatever gets focus out from under a sticky bar (WCAG 2.4.11 Focus Not Obscured). Used
 * as an attachment on the bar: `<div {@attach keepFocusClear}>`. The browser scrolls a focused
 * element into view but knows nothing of the bar, so on the next frame we scroll it clear.
 */
const MARGIN = 8;

/** Scrolls the focused element clear of `bar` (a sticky bar at the bottom or the top). */
export function keepFocusClear(bar: HTMLElement): () => void {
  const root = bar.getRootNode() as Document | ShadowRoot;
  let frame = 0;
  const onfocusin = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || bar.contains(target)) return;
    cancelAnimationFrame(frame);
    // After the browser's own scroll into view, which happens once focus has moved.
    frame = requestAnimationFrame(() => {
      if (!bar.isConnected || getComputedStyle(bar).position !== 'sticky') return;
      const t = target.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      if (t.bottom <= b.top || t.top >= b.bottom) return;
      const below = t.bottom - b.top + MARGIN;
      const above = b.bottom - t.top + MARGIN;
      // A bar at the bottom: move the page up; at the top: down. Whichever is less travel.
      const dy = b.top > window.innerHeight / 2 || below <= above ? below : -above;
      window.scrollBy({ top: dy, behavior: 'instant' });
    });
  };
  root.addEventListener('focusin', onfocusin);
  return () => {
    cancelAnimationFrame(frame);
    root.removeEventListener('focusin', onfocusin);
  };
}
