/**
 * The app's offline support (service worker, update offer, offline notice) is not needed for the
 * first question: it loads once that screen has painted and the browser is idle.
 */
import type { Component } from 'svelte';

/** Loads the offline notices component after the next frame, in an idle moment. */
export function loadOfflineWhenIdle(): Promise<Component> {
  return new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: 5_000 });
      else setTimeout(resolve, 200);
    }),
  )
    .then(() => import('./OfflineNotices.svelte'))
    .then((m) => m.default);
}
