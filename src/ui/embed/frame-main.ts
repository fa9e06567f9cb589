/**
 * embed.html: the widget inside the host's iframe. Reads its setup from the URL fragment, loads
 * the configuration it names (widget-setup.ts), checks that the page around it is allowed, then
 * runs the app and talks to that page only: its exact origin, namespaced messages, its own size
 * and events.
 */
import '../styles.css';
import { mount } from 'svelte';
import type { FieldIssue } from '../../core/types';
import { decodeFrameHash, resolveHostOrigin } from '../../embed/frame-hash';
import {
  parseHostMessage,
  PROTOCOL_VERSION,
  SOURCE,
  type WidgetMessage,
} from '../../embed/protocol';
import SetupError from '../components/SetupError.svelte';
import { en } from '../messages/en';
import { holdFocusUntilEngaged } from './focus-guard';
import { startWidget } from './widget-runtime';
import { widgetSetup, type WidgetSetup } from './widget-setup';

type Outgoing = WidgetMessage extends infer M
  ? M extends unknown
    ? Omit<M, 'source' | 'version' | 'widgetId'>
    : never
  : never;

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element.');
holdFocusUntilEngaged();

const setup = decodeFrameHash(location.hash);
const widgetId = setup?.widgetId ?? '';
// Until the setup is read: the page the snippet ran on, the only one it may be.
let allowed: string[] = setup ? [setup.host] : [];
let hostOrigin: string | null = null;

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

function fail(issues: FieldIssue[], lead: string = en.embed.errorLead): void {
  target!.replaceChildren();
  mount(SetupError, { target: target!, props: { heading: en.embed.errorHeading, lead, issues } });
}

/** Where the widget may post: the embedding page, if the setup allows it (else null). */
function resolveHost(): ReturnType<typeof resolveHostOrigin> {
  return resolveHostOrigin({
    allowed,
    ancestor: location.ancestorOrigins?.[0] ?? null,
    referrer: document.referrer || null,
    outer: location.ancestorOrigins ? Array.from(location.ancestorOrigins).slice(1) : [],
  });
}

function run(ready: WidgetSetup): void {
  if (ready.ok && ready.options.allowedOrigins.length > 0) allowed = ready.options.allowedOrigins;
  const host = resolveHost();
  hostOrigin = host.ok ? host.origin : null;
  if (!ready.ok) return fail(ready.issues, ready.lead);
  if (!host.ok) {
    const message = en.embed.notAllowedHere(host.actual ?? 'this page');
    return fail([{ field: 'data-allowed-origin', message }]);
  }
  const { start, options } = ready;
  document.title = start.config.brand.name;
  startWidget({
    target: target!,
    ...start,
    options,
    widgetId,
    send: (e) => post({ type: 'event', name: e.name, detail: e.detail }),
  });
}

if (!setup) {
  fail([{ field: 'embed.html', message: 'must be opened by embed.js, which passes its settings' }]);
} else {
  widgetSetup(setup.attrs, location.origin).then(run, (e: unknown) =>
    fail([{ field: 'data-config', message: `could not be read (${String(e)})` }]),
  );
}

// Messages from the page: only from the parent, only from an allowed origin, only well formed.
addEventListener('message', (event) => {
  if (event.source !== window.parent || !allowed.includes(event.origin)) return;
  const message = parseHostMessage(event.data, widgetId);
  if (message?.type === 'height.request') postHeight();
});
new ResizeObserver(postHeight).observe(document.body);
