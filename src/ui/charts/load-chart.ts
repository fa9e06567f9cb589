/** Chart.js on demand: one fetch, shared by every chart on the page. */
import type { Chart } from 'chart.js';

export type ChartClass = typeof Chart;

let loading: Promise<ChartClass> | null = null;

/** Loads Chart.js (with our parts registered) the first time a chart is drawn. */
export function loadChart(): Promise<ChartClass> {
  loading ??= import('./chart-registry').then((m) => m.Chart);
  // A failed fetch (offline, a new deploy) may succeed on the next page visit.
  loading.catch(() => (loading = null));
  return loading;
}
