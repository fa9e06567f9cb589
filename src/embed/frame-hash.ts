/**
 * How the snippet hands its element's attributes to the iframe: in the URL fragment of
 * embed.html (never sent to any server), as `#ff=<JSON>`, validated on the way in.
 */

export interface FrameSetup {
  v: 1;
  /** Tells this widget's messages apart from another widget's on the same page. */
  widgetId: string;
  /** The page's origin as the snippet saw it; the frame checks it against its ancestors. */
  host: string;
  attrs: Record<string, string>;
}

const MAX_ATTRS = 40;
const MAX_VALUE = 4000;

/** The fragment for embed.html. */
export function encodeFrameHash(setup: FrameSetup): string {
  return `#ff=${encodeURIComponent(JSON.stringify(setup))}`;
}

/** The setup in a fragment, or null when it is missing or malformed. */
export function decodeFrameHash(hash: string): FrameSetup | null {
  if (!hash.startsWith('#ff=')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeURIComponent(hash.slice(4)));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.widgetId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(r.widgetId)) {
    return null;
  }
  if (typeof r.host !== 'string' || r.host.length > 300) return null;
  if (typeof r.attrs !== 'object' || r.attrs === null || Array.isArray(r.attrs)) return null;
  const entries = Object.entries(r.attrs as Record<string, unknown>);
  if (entries.length > MAX_ATTRS) return null;
  const attrs: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (!/^data-[a-z0-9-]{1,40}$/.test(k) || typeof v !== 'string' || v.length > MAX_VALUE) {
      return null;
    }
    attrs[k] = v;
  }
  return { v: 1, widgetId: r.widgetId, host: r.host, attrs };
}

/**
 * Which origin the frame may post to: the page that actually embeds it (the browser's
 * ancestorOrigins, else the referrer's origin) when that is allowed; with neither known, the
 * one allowed origin if there is exactly one (the browser drops the message if it is wrong).
 */
export function resolveHostOrigin(input: {
  allowed: readonly string[];
  ancestor: string | null;
  referrer: string | null;
  /**
   * The pages further out, when the browser tells (ancestorOrigins[1..]). Each must be allowed
   * too: an allowed page framed by a hostile one could be overlaid to trick a visitor's clicks.
   */
  outer?: readonly string[];
}): { ok: true; origin: string } | { ok: false; actual: string | null } {
  for (const origin of input.outer ?? []) {
    if (!input.allowed.includes(origin)) return { ok: false, actual: origin };
  }
  const actual = input.ancestor ?? originOf(input.referrer);
  if (actual !== null) {
    return input.allowed.includes(actual) ? { ok: true, origin: actual } : { ok: false, actual };
  }
  const only = input.allowed.length === 1 ? input.allowed[0] : undefined;
  return only ? { ok: true, origin: only } : { ok: false, actual: null };
}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}
