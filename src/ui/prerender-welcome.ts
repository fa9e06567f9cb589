/**
 * The welcome screen as HTML, for the build to put into index.html (tools/prerender): what the
 * app renders for a first visit before its flow has started, so the page shows it before any
 * script has run. The client hydrates this markup (start-app.ts); it must match what App renders
 * there, which is why it goes through the same component, props and configuration (pageStart).
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ConfigStart } from '../core/types';
import { pageStart } from '../page-config';
import App from './App.svelte';
import { brandStyle } from './brand';
import { FlowBridge } from './flow-bridge.svelte';

/** The welcome screen's markup, for inside #app. */
export function renderWelcome({ config, source }: ConfigStart): string {
  const { body } = render(App, {
    props: {
      flow: new FlowBridge(),
      config,
      source,
      // The standalone page's offline notices arrive later (a pending promise renders nothing).
      offline: new Promise<Component>(() => {}),
      sharing: false,
    },
  });
  return body;
}

export interface PrerenderedPage {
  /** Goes inside #app. */
  body: string;
  /** The brand colours for the root element's style, so the first paint already has them. */
  rootStyle: string;
}

/** What the build puts into index.html, for the page's own configuration. */
export function prerenderPage(): PrerenderedPage {
  return { body: renderWelcome(pageStart), rootStyle: brandStyle(pageStart.config) };
}
