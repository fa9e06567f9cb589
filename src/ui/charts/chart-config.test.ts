import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../core/assumptions';
import { computeCosts } from '../../core/cost-model';
import { scoreReadiness, wholeScoresOf } from '../../core/scoring';
import { readinessQuestions } from '../../core/content/questions';
import type { Assumptions } from '../../core/types';
import { fontSize, type ChartTheme } from './chart-theme';
import { costChartConfig, monthStep } from './cost-chart';
import { readinessChartConfig } from './readiness-chart';

const theme: ChartTheme = {
  text: '#111',
  muted: '#555',
  grid: '#eee',
  surface: '#fff',
  ciso: '#c00',
  vciso: '#00c',
  cio: '#0a0',
  bar: '#00c',
  fontFamily: 'system-ui',
};
const words = {
  fullTime: 'Full-time CISO',
  vciso: 'vCISO',
  months: 'Months',
  month: (n: number) => `Month ${n}`,
};
const money = (n: number) => `$${Math.round(n)}`;
const costs = (a: Partial<Assumptions> = {}, cio = false) =>
  computeCosts(
    { ...defaultAssumptions, ...a },
    {
      engagement: 'retainer',
      includesFractionalCio: cio,
      compareByDefault: true,
      fullTimeRealistic: true,
    },
  );

describe('costChartConfig', () => {
  it('draws the two lines, month by month from 0, without animation', () => {
    const c = costs();
    const config = costChartConfig(c, words, money, theme);
    expect(config.type).toBe('line');
    expect(config.options?.animation).toBe(false);
    expect(config.options?.maintainAspectRatio).toBe(false);
    expect(config.data.labels).toHaveLength(37);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Full-time CISO', 'vCISO']);
    expect(config.data.datasets[0]?.data).toEqual(c.fullTimeCiso.cumulative);
    expect(config.data.datasets[1]?.borderColor).toBe(theme.vciso);
  });

  it('folds a fractional CIO into the recommended line (one total against full-time hires)', () => {
    const c = costs({}, true);
    const config = costChartConfig(c, words, money, theme);
    expect(config.data.datasets).toHaveLength(2);
    expect(config.data.datasets[1]?.data).toEqual(c.vciso.cumulative);
  });

  it('draws no full-time line when the comparison is off', () => {
    const c = costs({ compareWithFullTime: 'off' });
    expect(costChartConfig(c, words, money, theme).data.datasets.map((d) => d.label)).toEqual([
      'vCISO',
    ]);
  });

  it('has a legend that is a key, not a pointer-only toggle that hides a line', () => {
    const config = costChartConfig(costs(), words, money, theme);
    const onClick = config.options?.plugins?.legend?.onClick;
    expect(onClick).toBeTypeOf('function');
    let hidden = 0;
    const chart = { hide: () => hidden++, show: () => hidden--, isDatasetVisible: () => true };
    // Chart.js calls it with (event, legendItem, legend); the default would hide the dataset.
    (onClick as unknown as (e: unknown, item: unknown, legend: unknown) => void)(
      {},
      { datasetIndex: 0 },
      { chart },
    );
    expect(hidden).toBe(0);
  });

  it('adds scenario B as two more lines on the same axis, each with its own dash', () => {
    const b = costs({ vcisoMonthlyRetainer: 9_000 });
    const config = costChartConfig(costs(), { ...words, scenarioSuffix: ' (B)' }, money, theme, b);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Full-time CISO',
      'vCISO',
      'Full-time CISO (B)',
      'vCISO (B)',
    ]);
    expect(config.data.datasets[3]?.data).toEqual(b.vciso.cumulative);
    const dashes = config.data.datasets.map((d) => JSON.stringify(d.borderDash));
    expect(new Set(dashes).size).toBe(4);
  });

  it('leaves scenario B off a chart whose horizon it does not share', () => {
    const b = costs({ horizonMonths: 60 });
    const config = costChartConfig(costs(), words, money, theme, b);
    expect(config.data.datasets).toHaveLength(2);
  });

  it('tells the lines apart by dash as well as colour', () => {
    const dashes = costChartConfig(costs({}, true), words, money, theme).data.datasets.map((d) =>
      JSON.stringify(d.borderDash),
    );
    expect(new Set(dashes).size).toBe(2);
  });

  it.each([
    [12, 3],
    [36, 6],
    [60, 12],
  ])('labels every %i-month axis each %i months', (horizon, step) => {
    expect(monthStep(horizon)).toBe(step);
  });
});

describe('readinessChartConfig', () => {
  it('has one bar per scored function on a 0–100 axis', () => {
    const answers = Object.fromEntries(readinessQuestions.map((q) => [q.id, 2]));
    const readiness = scoreReadiness(readinessQuestions, answers);
    const config = readinessChartConfig(
      readiness,
      wholeScoresOf(readiness),
      { series: 'Readiness', axis: 'Readiness', value: (n) => `${n}` },
      theme,
    );
    expect(config.data.labels).toEqual([
      'Govern',
      'Identify',
      'Protect',
      'Detect',
      'Respond',
      'Recover',
      'IT strategy',
    ]);
    expect(config.data.datasets[0]?.data).toEqual(Array(7).fill(50));
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales?.['x']).toMatchObject({ min: 0, max: 100 });
  });

  it('leaves out a function with no applicable practice', () => {
    const some = readinessQuestions.filter((q) => q.domain !== 'recover');
    const readiness = scoreReadiness(some, {});
    const config = readinessChartConfig(
      readiness,
      wholeScoresOf(readiness),
      { series: 'R', axis: 'R', value: String },
      theme,
    );
    expect(config.data.labels).not.toContain('Recover');
  });
});

describe('fontSize', () => {
  it('grows with the chart, legend a step above ticks', () => {
    expect(fontSize(360, 'tick')).toBeLessThan(fontSize(1000, 'tick'));
    expect(fontSize(600, 'legend')).toBe(fontSize(600, 'tick') + 1);
  });
});
