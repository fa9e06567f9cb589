/**
 * One chart on one canvas for the life of a component: built once when Chart.js has loaded,
 * then updated in place (`update('none')`, no animation) when its data or the colour scheme
 * changes, and destroyed with the component.
 */
import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import { onColorSchemeChange, readTheme, type ChartTheme } from './chart-theme';
import { loadChart } from './load-chart';

/** Builds a chart's whole configuration from the current theme. */
export type ChartBuilder<T extends ChartType> = (theme: ChartTheme) => ChartConfiguration<T>;

export class LiveChart<T extends ChartType> {
  #canvas: HTMLCanvasElement;
  #build: ChartBuilder<T>;
  #chart: Chart<T> | null = null;
  #disposed = false;
  #stopWatching: () => void;

  /** Starts loading Chart.js; `onError` hears when it cannot be loaded or drawn. */
  constructor(canvas: HTMLCanvasElement, build: ChartBuilder<T>, onError: (e: unknown) => void) {
    this.#canvas = canvas;
    this.#build = build;
    this.#stopWatching = onColorSchemeChange(() => this.#refresh());
    loadChart()
      .then((ChartJs) => {
        if (this.#disposed) return;
        this.#chart = new ChartJs<T>(canvas, this.#build(readTheme(canvas)));
      })
      .catch(onError);
  }

  /** New data or options: the same chart, redrawn without animation. */
  set(build: ChartBuilder<T>): void {
    this.#build = build;
    this.#refresh();
  }

  #refresh(): void {
    const chart = this.#chart;
    if (!chart) return;
    const next = this.#build(readTheme(this.#canvas));
    chart.data.labels = next.data.labels;
    const datasets = chart.data.datasets;
    // Same series: change them in place, so Chart.js keeps its dataset controllers.
    if (datasets.length === next.data.datasets.length) {
      next.data.datasets.forEach((d, i) => Object.assign(datasets[i] ?? {}, d));
    } else {
      chart.data.datasets = next.data.datasets;
    }
    if (next.options) chart.options = next.options;
    chart.update('none');
  }

  destroy(): void {
    this.#disposed = true;
    this.#stopWatching();
    this.#chart?.destroy();
    this.#chart = null;
  }
}
