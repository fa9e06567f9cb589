/** The transfer pieces of the welcome screen, loaded after the first screen. */
import type { Component } from 'svelte';

/** Prefill note, hand-off import and the leads CSV. */
export function loadWelcomePanel(): Promise<Component> {
  return import('./WelcomeTransferPanel.svelte').then((m) => m.default as Component);
}
