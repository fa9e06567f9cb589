/** The cumulative-cost line chart's configuration, from one CostComparison. */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { CostComparison, CostSeries } from '../../core/types';
import { fontSize, type ChartTheme } from './chart-theme';

export interface CostChartWords {
  /** The full-time line's name (from core's costStory). */
  fullTime: string;
  /** The recommended engagement's line's name. */
  vciso: string;
  months: string;
  /** Tooltip title for a month, e.g. "Month 14". */
  month: (n: number) => string;
  /** Added to scenario B's line labels, e.g. " (B)". */
  scenarioSuffix?: string;
}

/** Month labels on the axis: quarters for one year, half-years for three, years for five. */
export function monthStep(horizonMonths: number): number {
  return horizonMonths <= 12 ? 3 : horizonMonths <= 36 ? 6 : 12;
}

/**
 * The recommended engagement and, when compared, the full-time hire: lines told apart by colour,
 * dash and marker, so the chart reads in greyscale and for colour-blind viewers; every month
 * where the lines cross is marked with a point on each line. Nothing is drawn for a line that
 * has nothing to say (no engagement to price, or no comparison).
 */
export function costChartConfig(
  costs: CostComparison,
  words: CostChartWords,
  money: (amount: number) => string,
  theme: ChartTheme,
  scenarioB: CostComparison | null = null,
): ChartConfiguration<'line'> {
  const crossings = new Set(costs.crossings.map((x) => x.month));
  const line = (
    label: string,
    series: CostSeries,
    color: string,
    dash: number[],
    pointStyle: 'rect' | 'circle' | 'triangle' | 'rectRot' | 'crossRot',
    width = 3,
    marked: ReadonlySet<number> = crossings,
  ): ChartDataset<'line'> => ({
    label,
    data: series.cumulative,
    borderColor: color,
    backgroundColor: color,
    borderDash: dash,
    borderWidth: width,
    pointStyle,
    pointRadius: (c) => (marked.has(c.dataIndex) ? 6 : 0),
    pointHoverRadius: 6,
    tension: 0,
  });
  const showEngagement = costs.engagement !== 'none';
  const datasets: ChartDataset<'line'>[] = [];
  if (costs.compareWithFullTime) {
    datasets.push(line(words.fullTime, costs.fullTimeCiso, theme.ciso, [10, 5], 'rect'));
  }
  if (showEngagement) datasets.push(line(words.vciso, costs.vciso, theme.vciso, [], 'circle'));
  // Scenario B on the same axis: the same colour per path, thinner, with its own dash and marker.
  if (scenarioB && scenarioB.horizonMonths === costs.horizonMonths) {
    const b = words.scenarioSuffix ?? ' (B)';
    const cross = new Set(scenarioB.crossings.map((x) => x.month));
    if (scenarioB.compareWithFullTime) {
      datasets.push(
        line(words.fullTime + b, scenarioB.fullTimeCiso, theme.ciso, [2, 3], 'rectRot', 2, cross),
      );
    }
    if (showEngagement) {
      datasets.push(
        line(words.vciso + b, scenarioB.vciso, theme.vciso, [8, 3, 2, 3], 'crossRot', 2, cross),
      );
    }
  }
  const step = monthStep(costs.horizonMonths);
  const font = (w: number, role: 'tick' | 'legend' = 'tick') => ({
    size: fontSize(w, role),
    family: theme.fontFamily,
  });
  return {
    type: 'line',
    data: {
      labels: costs.fullTimeCiso.cumulative.map((_, month) => String(month)),
      datasets,
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      font: { family: theme.fontFamily },
      scales: {
        x: {
          ticks: {
            color: theme.text,
            autoSkip: false,
            maxRotation: 0,
            font: (c) => font(c.chart.width),
            callback: (_, index) => (index % step === 0 ? String(index) : null),
          },
          grid: { color: theme.grid },
          border: { color: theme.muted },
          title: {
            display: true,
            text: words.months,
            color: theme.text,
            font: { size: 14, family: theme.fontFamily },
          },
        },
        y: {
          beginAtZero: true,
          ticks: {
            color: theme.text,
            maxTicksLimit: 6,
            font: (c) => font(c.chart.width),
            callback: (value) => money(Number(value)),
          },
          grid: { color: theme.grid },
          border: { color: theme.muted },
        },
      },
      plugins: {
        legend: {
          position: 'top',
          // A key, not a toggle: Chart.js hides a line on a click the keyboard cannot make
          // (WCAG 2.1.1), and the table beside the chart has every figure anyway.
          onClick: () => undefined,
          labels: {
            color: theme.text,
            usePointStyle: true,
            pointStyle: 'line',
            pointStyleWidth: 36,
            font: (c) => font(c.chart.width, 'legend'),
            // Chart.js takes a point-style legend's dash from the points, which have none;
            // the legend shows each line's own dash so it matches the chart in greyscale.
            generateLabels: (chart) =>
              datasets.map((d, i) => ({
                text: d.label ?? '',
                datasetIndex: i,
                strokeStyle: d.borderColor as string,
                fillStyle: d.borderColor as string,
                fontColor: theme.text,
                lineWidth: 3,
                lineDash: d.borderDash as number[],
                pointStyle: 'line',
                hidden: !chart.isDatasetVisible(i),
              })),
          },
        },
        tooltip: {
          callbacks: {
            title: (items) => words.month(items[0]?.dataIndex ?? 0),
            label: (item) => `${item.dataset.label ?? ''}: ${money(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
