/**
 * The readiness-by-function bar chart's configuration, from one AssessmentResult: the bars at
 * their exact length, every number printed as the result's whole-number score.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { DOMAIN_INFO } from '../../core/content/labels';
import { scoredDomains } from '../../core/scoring';
import type { ReadinessScore, WholeScores } from '../../core/types';
import { fontSize, type ChartTheme } from './chart-theme';

export interface ReadinessChartWords {
  series: string;
  axis: string;
  /** Tooltip line for one bar, from its whole-number score, e.g. "Readiness: 42 / 100". */
  value: (score: number) => string;
}

/**
 * Draws each bar's score (`labels`, by bar) at its end, so the numbers read without hovering (and
 * on a projector).
 */
const valueLabels = (labels: readonly string[]): Plugin<'bar'> => ({
  id: 'ffValueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    const color = (chart.options.scales?.['x']?.ticks?.color as string | undefined) ?? '#000';
    ctx.save();
    ctx.font = `600 ${fontSize(chart.width, 'tick')}px ${chart.options.font?.family ?? 'sans-serif'}`;
    ctx.fillStyle = color;
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, i) => {
      const text = labels[i];
      if (text === undefined) return;
      const width = ctx.measureText(text).width;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      // Inside the plot, right of the bar; a bar near 100 gets its label just inside instead.
      const room = chart.chartArea.right - x;
      ctx.textAlign = room > width + 8 ? 'left' : 'right';
      ctx.fillText(text, room > width + 8 ? x + 6 : x - 6, y);
    });
    ctx.restore();
  },
});

/** Horizontal bars, one per scored function, on a fixed 0–100 axis. */
export function readinessChartConfig(
  readiness: ReadinessScore,
  scores: WholeScores,
  words: ReadinessChartWords,
  theme: ChartTheme,
): ChartConfiguration<'bar'> {
  const domains = scoredDomains(readiness);
  const shown = domains.map((d) => scores.byDomain[d]);
  const tick = (w: number) => ({ size: fontSize(w, 'tick'), family: theme.fontFamily });
  return {
    type: 'bar',
    data: {
      labels: domains.map((d) => DOMAIN_INFO[d].label),
      datasets: [
        {
          label: words.series,
          data: domains.map((d) => readiness.byDomain[d]),
          backgroundColor: theme.bar,
          borderRadius: 4,
          maxBarThickness: 32,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      font: { family: theme.fontFamily },
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: theme.text, font: (c) => tick(c.chart.width) },
          grid: { color: theme.grid },
          border: { color: theme.muted },
          title: {
            display: true,
            text: words.axis,
            color: theme.text,
            font: { size: 14, family: theme.fontFamily },
          },
        },
        y: {
          ticks: { color: theme.text, font: (c) => tick(c.chart.width) },
          grid: { display: false },
          border: { color: theme.muted },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => words.value(shown[item.dataIndex] ?? 0) } },
      },
    },
    plugins: [valueLabels(shown.map(String))],
  };
}
