/** The report's two charts as vector shapes: readiness bars and running cost lines. */
import {
  ENGAGEMENT_LINE,
  FULL_TIME_LINE,
  INK,
  MUTED,
  RULE,
  TRACK,
  type Rgb,
  type Theme,
} from './colors';
import {
  fitToWidth,
  textLines,
  wrapLines,
  type DrawOp,
  type Font,
  type TextMeasurer,
} from './layout';
import type { CostChart, CostRole, GapChart } from './report-types';

const TICK: Font = { style: 'normal', size: 8 };
const LABEL: Font = { style: 'normal', size: 9.5 };
const VALUE: Font = { style: 'bold', size: 9.5 };
const CAPTION: Font = { style: 'italic', size: 8.5 };

/** A drawn chart: its height and how to draw it at a position. */
export interface ChartBox {
  height: number;
  draw(x: number, y: number): DrawOp[];
}

function text(
  x: number,
  y: number,
  value: string,
  font: Font,
  color: Rgb,
  align: 'left' | 'right' | 'center' = 'left',
): DrawOp {
  return { op: 'text', x, y, text: value, font, color, align };
}

function captionOps(
  lines: readonly string[],
  x: number,
  y: number,
): { ops: DrawOp[]; height: number } {
  return { ops: textLines(lines, x, y, CAPTION, MUTED, 'left', 1.3), height: lines.length * 11 };
}

const BAR_ROW = 22;
const BAR = 12;

/** Horizontal bars, one per function, on a 0–100 track with the overall score as a line. */
export function gapChartBox(
  chart: GapChart,
  width: number,
  theme: Theme,
  measure: TextMeasurer,
): ChartBox {
  const labelW = Math.min(
    110,
    Math.max(...chart.bars.map((b) => measure.width(b.label, LABEL)), 40) + 10,
  );
  const valueW = 30;
  const caption = wrapLines(chart.description, width, CAPTION, measure);
  const scaleH = 16;
  const barsH = chart.bars.length * BAR_ROW;
  const footH = 16;
  const height = scaleH + barsH + footH + 6 + caption.length * 11;

  return {
    height,
    draw(x, y) {
      const ops: DrawOp[] = [];
      const x0 = x + labelW;
      const trackW = width - labelW - valueW;
      const top = y + scaleH;
      const at = (v: number) => x0 + (Math.min(100, Math.max(0, v)) / 100) * trackW;
      for (const tick of [0, 25, 50, 75, 100]) {
        ops.push(text(at(tick), y + 9, `${tick}`, TICK, MUTED, 'center'));
        ops.push({
          op: 'path',
          points: [
            [at(tick), top - 3],
            [at(tick), top + barsH],
          ],
          color: RULE,
          width: 0.5,
        });
      }
      chart.bars.forEach((bar, i) => {
        const rowTop = top + i * BAR_ROW;
        const barTop = rowTop + (BAR_ROW - BAR) / 2;
        const baseline = barTop + BAR * 0.5 + LABEL.size * 0.35;
        ops.push(text(x, baseline, fitToWidth(bar.label, labelW - 8, LABEL, measure), LABEL, INK));
        ops.push({ op: 'rect', x: x0, y: barTop, w: trackW, h: BAR, fill: TRACK, stroke: null });
        const filled = at(bar.readiness) - x0;
        if (filled > 0) {
          ops.push({
            op: 'rect',
            x: x0,
            y: barTop,
            w: filled,
            h: BAR,
            fill: theme.brand,
            stroke: null,
          });
        }
        ops.push(text(x0 + trackW + 6, baseline, bar.valueLabel, VALUE, INK));
      });
      const ox = at(chart.overall);
      ops.push({
        op: 'path',
        points: [
          [ox, top - 2],
          [ox, top + barsH + 4],
        ],
        color: INK,
        width: 1.2,
        dash: [3, 2],
      });
      const labelAlign = chart.overall > 80 ? 'right' : chart.overall < 20 ? 'left' : 'center';
      ops.push(text(ox, top + barsH + 13, chart.overallLabel, VALUE, INK, labelAlign));
      ops.push(...captionOps(caption, x, top + barsH + footH + 6).ops);
      return ops;
    },
  };
}

/**
 * How each cost line is drawn, in the page chart's colours: never by colour alone (dash patterns
 * differ too); scenario B's lines are thinner with their own dashes.
 */
export function lineStyle(role: CostRole): { color: Rgb; width: number; dash?: number[] } {
  switch (role) {
    case 'full-time':
      return { color: FULL_TIME_LINE, width: 2, dash: [6, 3] };
    case 'vciso':
      return { color: ENGAGEMENT_LINE, width: 2.4 };
    case 'full-time-b':
      return { color: FULL_TIME_LINE, width: 1.2, dash: [1.5, 2] };
    case 'vciso-b':
      return { color: ENGAGEMENT_LINE, width: 1.2, dash: [5, 2, 1.5, 2] };
  }
}

const PLOT_H = 165;

/** Running cost lines over the months of the horizon, with a money axis and a legend. */
export function costChartBox(
  chart: CostChart,
  width: number,
  theme: Theme,
  measure: TextMeasurer,
): ChartBox {
  const axisW = Math.max(...chart.yTicks.map((t) => measure.width(t.label, TICK)), 20) + 8;
  const caption = wrapLines(chart.description, width, CAPTION, measure);
  const xAxisH = 28;
  const legendH = 20;
  const height = 8 + PLOT_H + xAxisH + legendH + caption.length * 11;

  return {
    height,
    draw(x, y) {
      const ops: DrawOp[] = [];
      const x0 = x + axisW;
      const plotW = width - axisW - 12;
      const top = y + 8;
      const bottom = top + PLOT_H;
      const horizon = Math.max(1, chart.horizonMonths);
      const px = (month: number) => x0 + (month / horizon) * plotW;
      const py = (value: number) => bottom - (Math.max(0, value) / chart.yMax) * PLOT_H;

      for (const tick of chart.yTicks) {
        const ty = py(tick.value);
        ops.push({
          op: 'path',
          points: [
            [x0, ty],
            [x0 + plotW, ty],
          ],
          color: tick.value === 0 ? MUTED : TRACK,
          width: tick.value === 0 ? 0.8 : 0.5,
        });
        ops.push(text(x0 - 5, ty + 3, tick.label, TICK, MUTED, 'right'));
      }
      for (const tick of chart.xTicks) {
        const tx = px(tick.value);
        ops.push({
          op: 'path',
          points: [
            [tx, bottom],
            [tx, bottom + 3],
          ],
          color: MUTED,
          width: 0.6,
        });
        ops.push(text(tx, bottom + 12, tick.label, TICK, MUTED, 'center'));
      }
      ops.push(text(x0 + plotW / 2, bottom + 24, 'Months', TICK, MUTED, 'center'));

      for (const month of chart.crossings) {
        const cx = px(month);
        ops.push({
          op: 'path',
          points: [
            [cx, top],
            [cx, bottom],
          ],
          color: INK,
          width: 0.8,
          dash: [2, 2],
        });
        const align = month > horizon * 0.7 ? 'right' : 'left';
        // Several crossings: each label steps down so none sits on another.
        const row = chart.crossings.indexOf(month);
        ops.push(
          text(
            cx + (align === 'left' ? 4 : -4),
            top + 8 + row * 10,
            `Lines cross: month ${month}`,
            TICK,
            INK,
            align,
          ),
        );
      }
      for (const line of chart.lines) {
        const style = lineStyle(line.role);
        ops.push({
          op: 'path',
          points: line.cumulative.map((v, m) => [px(m), py(v)] as const),
          ...style,
        });
      }

      let lx = x0;
      const ly = bottom + xAxisH + 8;
      for (const line of chart.lines) {
        const style = lineStyle(line.role);
        ops.push({
          op: 'path',
          points: [
            [lx, ly - 3],
            [lx + 24, ly - 3],
          ],
          ...style,
        });
        ops.push(text(lx + 30, ly, line.label, LABEL, INK));
        lx += 30 + measure.width(line.label, LABEL) + 24;
      }
      ops.push(...captionOps(caption, x, bottom + xAxisH + legendH).ops);
      return ops;
    },
  };
}
