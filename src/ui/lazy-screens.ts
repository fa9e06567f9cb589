/**
 * Screens that are not needed for the first question arrive by dynamic import, so the first
 * paint never waits for the engine's rules, the cost model or Chart.js.
 */
import type { Component } from 'svelte';

let results: Promise<Component> | null = null;

/** The results screen, loaded once and shared; a failed load can be retried. */
export function loadResultsScreen(): Promise<Component> {
  results ??= import('./screens/ResultsScreen.svelte').then(
    (m) => m.default as Component,
    (error: unknown) => {
      results = null;
      throw error;
    },
  );
  return results;
}

let library: Promise<Component> | null = null;

/** The library list: only a returning visitor has one, so a first visit never loads it. */
export function loadLibraryList(): Promise<Component> {
  library ??= import('./library/LibraryList.svelte').then(
    (m) => m.default as Component,
    (error: unknown) => {
      library = null;
      throw error;
    },
  );
  return library;
}

let review: Promise<Component> | null = null;

/** The review screen (with the whole question bank's wording), fetched during the questionnaire. */
export function loadReviewScreen(): Promise<Component> {
  review ??= import('./screens/ReviewScreen.svelte').then(
    (m) => m.default as Component,
    (error: unknown) => {
      review = null;
      throw error;
    },
  );
  return review;
}

let question: Promise<Component> | null = null;

/**
 * The question screen: not needed to paint the welcome screen, so it is fetched when the browser
 * is idle after that paint (or at once when an assessment opens first).
 */
export function loadQuestionScreen(): Promise<Component> {
  question ??= import('./screens/QuestionScreen.svelte').then(
    (m) => m.default as Component,
    (error: unknown) => {
      question = null;
      throw error;
    },
  );
  return question;
}

/** Runs `task` in an idle moment after the next frame (soon, where there is no idle callback). */
export function afterPaintWhenIdle(task: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
    else setTimeout(task, 100);
  });
}
