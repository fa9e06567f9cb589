/**
 * The message contract between the widget and the page that embeds it. Every message is
 * namespaced `{ source: 'fractional-fit', version: 1, type, … }` and checked field by field;
 * anything else is ignored. Shared by the snippet (dist/embed.js), so it stays tiny.
 */
import { ID_PATTERN } from '../core/limits';

export const SOURCE = 'fractional-fit';
export const PROTOCOL_VERSION = 1;

/** The DOM events (and message names) the host page can listen for. */
export const HOST_EVENTS = [
  'ff:started',
  'ff:section-completed',
  'ff:completed',
  'ff:lead-submitted',
  'ff:pdf-downloaded',
] as const;
export type HostEventName = (typeof HOST_EVENTS)[number];

/** Tallest height the snippet will give the iframe, whatever the frame claims. */
export const MAX_FRAME_HEIGHT = 20_000;
export const MIN_FRAME_HEIGHT = 120;

/** Widget → host. `widgetId` tells two widgets on one page apart. */
export type WidgetMessage =
  | { source: typeof SOURCE; version: 1; type: 'height'; widgetId: string; height: number }
  | {
      source: typeof SOURCE;
      version: 1;
      type: 'event';
      widgetId: string;
      name: HostEventName;
      detail: Record<string, unknown>;
    };

/** Host → widget: ask for the current height again (after the host re-laid itself out). */
export type HostMessage = {
  source: typeof SOURCE;
  version: 1;
  type: 'height.request';
  widgetId: string;
};

const WIDGET_ID = ID_PATTERN;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function envelope(data: unknown): Record<string, unknown> | null {
  if (!isRecord(data)) return null;
  if (data.source !== SOURCE || data.version !== PROTOCOL_VERSION) return null;
  if (typeof data.widgetId !== 'string' || !WIDGET_ID.test(data.widgetId)) return null;
  return data;
}

/** A valid widget → host message, or null. Heights are clamped; details must be plain JSON. */
export function parseWidgetMessage(data: unknown): WidgetMessage | null {
  const m = envelope(data);
  if (!m) return null;
  const widgetId = m.widgetId as string;
  if (m.type === 'height') {
    if (typeof m.height !== 'number' || !Number.isFinite(m.height)) return null;
    const height = Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(m.height)));
    return { source: SOURCE, version: 1, type: 'height', widgetId, height };
  }
  if (m.type === 'event') {
    // A plain loop: the snippet runs in the host's realm, whose Array.prototype may be patched.
    let name: HostEventName | null = null;
    for (let i = 0; i < HOST_EVENTS.length; i++)
      if (HOST_EVENTS[i] === m.name) name = HOST_EVENTS[i]!;
    if (!name || !isRecord(m.detail)) return null;
    return { source: SOURCE, version: 1, type: 'event', widgetId, name, detail: m.detail };
  }
  return null;
}

/** A valid host → widget message for this widget, or null. */
export function parseHostMessage(data: unknown, widgetId: string): HostMessage | null {
  const m = envelope(data);
  if (!m || m.widgetId !== widgetId) return null;
  if (m.type === 'height.request') {
    return { source: SOURCE, version: 1, type: 'height.request', widgetId };
  }
  return null;
}
