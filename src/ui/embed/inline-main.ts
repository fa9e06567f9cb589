/**
 * Inline mode (data-mode="inline"): the app mounted straight into the element's shadow root on
 * the host page, loaded by the snippet on demand. Its CSS arrives as a constructable stylesheet
 * (no <style> element, so the host's CSP needs no 'unsafe-inline'). It shares the host's realm:
 * see README, "Embedding", for what that means.
 */
import '../styles.css';
import './inline-host.css';
import { mount } from 'svelte';
import { demoConfig } from '../../core/demo-config';
import { parseEmbedAttributes } from '../../embed/attributes';
import { en } from '../messages/en';
import EmbedError from './EmbedError.svelte';
import { startWidget } from './widget-runtime';

/** Replaced at build time with every CSS rule of this bundle (vite.embed.config.ts). */
const CSS_TEXT = '__FF_INLINE_CSS__';

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

  const parsed = parseEmbedAttributes(attrs, demoConfig);
  if (!parsed.ok) {
    mount(EmbedError, { target, props: { issues: parsed.issues } });
    return;
  }
  const { config, options } = parsed.value;
  if (options.allowedOrigins.length > 0 && !options.allowedOrigins.includes(location.origin)) {
    const message = en.embed.notAllowedHere(location.origin);
    mount(EmbedError, { target, props: { issues: [{ field: 'data-allowed-origin', message }] } });
    return;
  }
  startWidget({ target, config, options, widgetId, send: (e) => emit(e.name, e.detail) });
}
