/**
 * Screens that are not needed for the first screen arrive by dynamic import, so the first paint
 * never waits for the engine's rules, the cost model, Chart.js or the later screens.
 */
import type { Component } from 'svelte';

/** A loader that imports once and shares the promise; a failed load can be retried. */
function lazyComponent(load: () => Promise<{ default: unknown }>): () => Promise<Component> {
  let pending: Promise<Component> | null = null;
  return () =>
    (pending ??= load().then(
      (m) => m.default as Component,
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
}

/** The results screen (engine rules, cost model, charts), warmed up on the review screen. */
export const loadResultsScreen = lazyComponent(() => import('./screens/ResultsScreen.svelte'));

/** The library list: only a returning visitor has one, so a first visit never loads it. */
export const loadLibraryList = lazyComponent(() => import('./library/LibraryList.svelte'));

/** The review screen (with the whole question bank's wording), fetched during the questionnaire. */
export const loadReviewScreen = lazyComponent(() => import('./screens/ReviewScreen.svelte'));

/**
 * The question screen: not needed to paint the welcome screen, so it is fetched just after that
 * paint, beside the flow's code (or at once when an assessment opens first).
 */
export const loadQuestionScreen = lazyComponent(() => import('./screens/QuestionScreen.svelte'));

/** Runs `task` in a task of its own just after the next frame has been produced. */
export function afterNextFrame(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
