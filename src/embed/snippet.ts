/**
 * dist/embed.js: the one script a host page includes. It finds `[data-fractional-fit]` elements,
 * gives each a shadow root (so host CSS cannot hide or restyle what is inside), and mounts the
 * widget there: an iframe of embed.html (default) or, with data-mode="inline", the app itself,
 * loaded on demand. It relays the widget's events to the element as DOM CustomEvents.
 *
 * It runs in the host's realm, so it uses no Array.prototype methods and no fetch: the host may
 * have patched them. It imports nothing of the app, to stay a few kilobytes.
 */
import { parseWidgetMessage, PROTOCOL_VERSION, SOURCE } from './protocol';
import { encodeFrameHash } from './frame-hash';
import { SNIPPET_TEXT as T } from './snippet-text';

const MARK = 'data-ff-mounted';
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups';
// Inside our shadow root, so host rules never reach it. !important on :host beats the host's own
// !important rules on the element (shadow context wins for important declarations).
const SHEET =
  ':host{all:initial;display:block!important;visibility:visible!important;min-height:0}' +
  ':host([hidden]){display:none!important}' +
  'iframe{display:block;width:100%;min-width:0;height:640px;border:0;margin:0;padding:0}' +
  '.ff-note,.ff-error{font:16px/1.5 system-ui,sans-serif;padding:16px;border-radius:10px}' +
  '.ff-note{color:#475569}' +
  '.ff-error{color:#7f1d1d;background:#fef2f2;border:2px solid #b91c1c}' +
  '.ff-error ul{margin:8px 0 0;padding-left:20px}';

interface Frame {
  el: Element;
  iframe: HTMLIFrameElement;
  widgetId: string;
}

// The widget's origin and folder: where this script came from.
const script = document.currentScript as HTMLScriptElement | null;
const scriptUrl = new URL(
  script?.src ??
    document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')?.src ??
    location.href,
);
const widgetOrigin = scriptUrl.origin;
const base = new URL('./', scriptUrl).href;
const frames: Frame[] = [];

function newId(): string {
  return 'ffw-' + Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

function attributesOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  const list = el.attributes;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.name.indexOf('data-') === 0 && a.name !== MARK) out[a.name] = a.value;
  }
  return out;
}

function node(tag: string, cls: string, text?: string): HTMLElement {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

/** A shadow root with our sheet; the element itself where that is impossible. */
function rootFor(el: Element): ShadowRoot | Element {
  let root: ShadowRoot;
  try {
    root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  } catch {
    return el;
  }
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable stylesheets (old browsers): the iframe gets CSSOM styles below.
  }
  return root;
}

function showError(root: ShadowRoot | Element, lines: string[]): void {
  const box = node('div', 'ff-error');
  box.setAttribute('role', 'alert');
  box.appendChild(node('strong', '', T.errorHeading));
  const ul = node('ul', '');
  for (let i = 0; i < lines.length; i++) ul.appendChild(node('li', '', lines[i]));
  box.appendChild(ul);
  root.replaceChildren(box);
}

function emit(el: Element, name: string, detail: unknown): void {
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

function mountFrame(el: Element, root: ShadowRoot | Element, attrs: Record<string, string>): void {
  const widgetId = newId();
  const iframe = document.createElement('iframe');
  const brand = attrs['data-brand-name'];
  iframe.title = brand ? T.frameTitle(brand) : T.defaultTitle;
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.setAttribute('allow', '');
  if (!(root instanceof ShadowRoot) || root.adoptedStyleSheets.length === 0) {
    iframe.style.cssText = 'display:block;width:100%;height:640px;border:0';
  }
  iframe.src =
    base + 'embed.html' + encodeFrameHash({ v: 1, widgetId, host: location.origin, attrs });
  // Ask for the height again once loaded, in case the first message came before we listened.
  iframe.addEventListener('load', () => {
    iframe.contentWindow?.postMessage(
      { source: SOURCE, version: PROTOCOL_VERSION, type: 'height.request', widgetId },
      widgetOrigin,
    );
  });
  frames.push({ el, iframe, widgetId });
  root.replaceChildren(iframe);
}

function onMessage(event: MessageEvent): void {
  if (event.origin !== widgetOrigin) return;
  let frame: Frame | null = null;
  for (let i = 0; i < frames.length; i++) {
    if (frames[i]!.iframe.contentWindow === event.source) frame = frames[i]!;
  }
  const message = frame && parseWidgetMessage(event.data);
  if (!frame || !message || message.widgetId !== frame.widgetId) return;
  if (message.type === 'height') frame.iframe.style.height = message.height + 'px';
  else emit(frame.el, message.name, message.detail);
}

interface InlineModule {
  mountInline(options: {
    host: Element;
    root: ShadowRoot;
    attrs: Record<string, string>;
    widgetId: string;
    emit: (name: string, detail: unknown) => void;
  }): void;
}

function mountInline(el: Element, root: ShadowRoot | Element, attrs: Record<string, string>): void {
  if (!(root instanceof ShadowRoot)) return showError(root, [T.noShadow]);
  import(/* @vite-ignore */ base + 'inline/ff-inline.js').then(
    (m: InlineModule) =>
      m.mountInline({ host: el, root, attrs, widgetId: newId(), emit: (n, d) => emit(el, n, d) }),
    () => showError(root, [T.loadFailed]),
  );
}

function mount(el: Element): void {
  if (el.hasAttribute(MARK)) return;
  el.setAttribute(MARK, '');
  const attrs = attributesOf(el);
  const root = rootFor(el);
  const mode = (attrs['data-mode'] ?? 'iframe').trim();
  if (mode !== 'iframe' && mode !== 'inline') return showError(root, [T.badMode]);
  const note = node('p', 'ff-note', T.loading);
  note.setAttribute('role', 'status');
  root.replaceChildren(note);
  // Never compete with the host page's own load: start once it has finished, when idle.
  whenLoaded(() =>
    mode === 'inline' ? mountInline(el, root, attrs) : mountFrame(el, root, attrs),
  );
}

function whenLoaded(task: () => void): void {
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(task, { timeout: 1000 })
      : setTimeout(task, 1);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

function scan(): void {
  const found = document.querySelectorAll('[data-fractional-fit]');
  for (let i = 0; i < found.length; i++) mount(found[i]!);
}

addEventListener('message', onMessage);
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', scan, { once: true });
else scan();
// Elements added later (single-page sites) are mounted too.
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
