/**
 * Chart colours and type from the page's CSS custom properties, so charts follow the light and
 * dark palettes (styles.css and ChartFrame.svelte) instead of hard-coding either.
 */

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  /** Series colours: full-time CISO, vCISO, fractional CIO; bars use `bar`. */
  ciso: string;
  vciso: string;
  cio: string;
  bar: string;
  fontFamily: string;
}

/** The theme in effect for an element (it inherits the custom properties of its ancestors). */
export function readTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#0f172a'),
    muted: v('--muted', '#475569'),
    grid: v('--chart-grid', '#e2e8f0'),
    surface: v('--surface', '#ffffff'),
    ciso: v('--chart-ciso', '#b91c1c'),
    vciso: v('--chart-vciso', '#1d4ed8'),
    cio: v('--chart-cio', '#0f766e'),
    bar: v('--chart-bar', '#1d4ed8'),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  };
}

/** Calls back when the light/dark preference changes; returns the function that stops it. */
export function onColorSchemeChange(callback: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}

/** Font sizes that read on a phone and from the back of a meeting room. */
export function fontSize(chartWidth: number, role: 'tick' | 'legend'): number {
  const base = chartWidth < 400 ? 13 : chartWidth < 800 ? 14 : 16;
  return role === 'legend' ? base + 1 : base;
}
