/** The lead screens come with the results, on demand, never on the first question's path. */
import type { Component } from 'svelte';

function once(load: () => Promise<{ default: unknown }>): () => Promise<Component> {
  let loading: Promise<Component> | null = null;
  return () =>
    (loading ??= load().then(
      (m) => m.default as Component,
      (error: unknown) => {
        loading = null; // a failed load can be retried
        throw error;
      },
    ));
}

/** before-results: the teaser and the form (the teaser needs the engine). */
export const loadLeadGate = once(() => import('./LeadGate.svelte'));
/** after-results: the form or the delivery status at the end of the results. */
export const loadLeadSection = once(() => import('./LeadSection.svelte'));
