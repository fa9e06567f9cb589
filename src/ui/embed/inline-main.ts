/**
 * Inline mode (data-mode="inline"): the app mounted straight into the element's shadow root on
 * the host page, loaded by the snippet on demand. Its CSS arrives as a constructable stylesheet
 * (no <style> element, so the host's CSP needs no 'unsafe-inline'). It shares the host's realm:
 * see README, "Embedding", for what that means.
 */
import '../styles.css';
import './inline-host.css';
import { mount } from 'svelte';
import type { FieldIssue } from '../../core/types';
import SetupError from '../components/SetupError.svelte';
import { en } from '../messages/en';
import { startWidget } from './widget-runtime';
import { widgetSetup } from './widget-setup';

/** Replaced at build time with every CSS rule of this bundle (vite.embed.config.ts). */
const CSS_TEXT = '__FF_INLINE_CSS__';

/** The widget's origin: where this module was loaded from (a data-config file must be there). */
const WIDGET_ORIGIN = new URL(import.meta.url).origin;

export interface InlineMount {
  host: Element;
  root: ShadowRoot;
  attrs: Record<string, string>;
  widgetId: string;
  emit: (name: string, detail: unknown) => void;
}

/** Mounts one inline widget; a bad setup shows the list of problems instead. */
export function mountInline({ root, attrs, widgetId, emit }: InlineMount): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const target = document.createElement('div');
  target.className = 'ff-root';
  root.replaceChildren(target);

  const fail = (issues: FieldIssue[], lead: string = en.embed.errorLead) =>
    mount(SetupError, { target, props: { heading: en.embed.errorHeading, lead, issues } });

  widgetSetup(attrs, WIDGET_ORIGIN).then(
    (ready) => {
      if (!ready.ok) return void fail(ready.issues, ready.lead);
      const { start, options } = ready;
      const allowed = options.allowedOrigins;
      if (allowed.length > 0 && !allowed.includes(location.origin)) {
        const message = en.embed.notAllowedHere(location.origin);
        return void fail([{ field: 'data-allowed-origin', message }]);
      }
      startWidget({ target, ...start, options, widgetId, send: (e) => emit(e.name, e.detail) });
    },
    (e: unknown) => fail([{ field: 'data-config', message: `could not be read (${String(e)})` }]),
  );
}
