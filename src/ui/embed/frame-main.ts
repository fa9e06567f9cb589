/**
 * embed.html: the widget inside the host's iframe. Reads its setup from the URL fragment,
 * validates the attributes, checks that the page around it is allowed, then runs the app and
 * talks to that page only: its exact origin, namespaced messages, its own size and events.
 */
import '../styles.css';
import { mount } from 'svelte';
import { demoConfig } from '../../core/demo-config';
import type { FieldIssue } from '../../core/types';
import { parseEmbedAttributes } from '../../embed/attributes';
import { decodeFrameHash, resolveHostOrigin } from '../../embed/frame-hash';
import {
  parseHostMessage,
  PROTOCOL_VERSION,
  SOURCE,
  type WidgetMessage,
} from '../../embed/protocol';
import { en } from '../messages/en';
import EmbedError from './EmbedError.svelte';
import { holdFocusUntilEngaged } from './focus-guard';
import { startWidget } from './widget-runtime';

type Outgoing = WidgetMessage extends infer M
  ? M extends unknown
    ? Omit<M, 'source' | 'version' | 'widgetId'>
    : never
  : never;

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element.');
holdFocusUntilEngaged();

const setup = decodeFrameHash(location.hash);
const parsed = setup ? parseEmbedAttributes(setup.attrs, demoConfig) : null;
const allowed =
  parsed?.ok && parsed.value.options.allowedOrigins.length > 0
    ? parsed.value.options.allowedOrigins
    : setup
      ? [setup.host]
      : [];
const host = resolveHostOrigin({
  allowed,
  ancestor: location.ancestorOrigins?.[0] ?? null,
  referrer: document.referrer || null,
  outer: location.ancestorOrigins ? Array.from(location.ancestorOrigins).slice(1) : [],
});
const hostOrigin = host.ok ? host.origin : null;
const widgetId = setup?.widgetId ?? '';

function post(message: Outgoing): void {
  // Only ever to the one origin that embeds us, never '*'.
  if (hostOrigin && window.parent !== window) {
    window.parent.postMessage(
      { source: SOURCE, version: PROTOCOL_VERSION, widgetId, ...message },
      hostOrigin,
    );
  }
}

function postHeight(): void {
  post({ type: 'height', height: Math.ceil(document.body.getBoundingClientRect().height) });
}

function fail(issues: FieldIssue[]): void {
  mount(EmbedError, { target: target!, props: { issues } });
}

if (!setup) {
  fail([{ field: 'embed.html', message: 'must be opened by embed.js, which passes its settings' }]);
} else if (!parsed?.ok) {
  fail(parsed?.issues ?? []);
} else if (!host.ok) {
  fail([
    {
      field: 'data-allowed-origin',
      message: en.embed.notAllowedHere(host.actual ?? 'this page'),
    },
  ]);
} else {
  const { config, options } = parsed.value;
  document.title = config.brand.name;
  startWidget({
    target,
    config,
    options,
    widgetId,
    send: (e) => post({ type: 'event', name: e.name, detail: e.detail }),
  });
}

// Messages from the page: only from the parent, only from an allowed origin, only well formed.
addEventListener('message', (event) => {
  if (event.source !== window.parent || !allowed.includes(event.origin)) return;
  const message = parseHostMessage(event.data, widgetId);
  if (message?.type === 'height.request') postHeight();
});
new ResizeObserver(postHeight).observe(document.body);
