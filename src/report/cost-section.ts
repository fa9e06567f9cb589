/**
 * The cost section: the page's cost story, the running-cost chart, the totals, the cumulative
 * cost by year, scenario B, where the money goes, and the assumptions with their sources. Every
 * figure is the result's own (result.costs, result.scenario).
 */
import { costStory, type CostStory } from '../core/cost-story';
import { formatMoney } from '../core/locale-format';
import type { AssessmentResult, Config, CostComparison } from '../core/types';
import { assumptionBlocks, scenarioBlocks } from './assumption-blocks';
import type { SectionContext } from './report-input';
import type { AxisTick, Block, CostChart, CostLine, ReportSection, TableRow } from './report-types';
import { monthsLabel, percentOf, yearsLabel } from './report-words';

/** A round step (1, 2, 2.5 or 5 × 10^k) that splits `max` into about `parts` intervals. */
export function niceStep(max: number, parts = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10;
  return step * power;
}

function costScale(
  costs: CostComparison,
  lines: readonly CostLine[],
  config: Config,
): Pick<CostChart, 'yMax' | 'yTicks' | 'xTicks'> {
  const top = Math.max(0, ...lines.map((l) => l.cumulative.at(-1) ?? 0));
  const step = niceStep(top);
  const yMax = top > 0 ? Math.ceil(top / step) * step : step;
  const yTicks: AxisTick[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) {
    yTicks.push({ value: v, label: formatMoney(v, config) });
  }
  const every = costs.horizonMonths <= 12 ? 3 : costs.horizonMonths <= 36 ? 6 : 12;
  const xTicks: AxisTick[] = [];
  for (let m = 0; m <= costs.horizonMonths; m += every) xTicks.push({ value: m, label: `${m}` });
  return { yMax, yTicks, xTicks };
}

/** The cost story's sentences in order, as one paragraph. */
export function storyInWords(story: CostStory): string {
  return [story.cost, story.comparison, story.crossing].filter(Boolean).join(' ');
}

/** The cost comparison in words: the page's own sentences (core's costStory). */
export function costInWords(result: AssessmentResult, money: (n: number) => string): string {
  return storyInWords(costStory(result.costs, result.assumptions, money));
}

export function costSection(ctx: SectionContext): ReportSection {
  const { result, config } = ctx.input;
  const c = result.costs;
  const { money, story } = ctx;
  const years = yearsLabel(c.horizonMonths);
  const showEngagement = story.showEngagementLine;
  const compared = c.compareWithFullTime;
  const scenarioB = result.scenario?.costsB ?? null;

  const lines: CostLine[] = [];
  if (showEngagement) {
    lines.push({ role: 'vciso', label: story.engagementName, cumulative: c.vciso.cumulative });
  }
  if (compared) {
    lines.push({
      role: 'full-time',
      label: story.fullTimeName,
      cumulative: c.fullTimeCiso.cumulative,
    });
  }
  if (scenarioB && scenarioB.horizonMonths === c.horizonMonths) {
    if (showEngagement) {
      lines.push({
        role: 'vciso-b',
        label: `${story.engagementName} (B)`,
        cumulative: scenarioB.vciso.cumulative,
      });
    }
    if (scenarioB.compareWithFullTime) {
      lines.push({
        role: 'full-time-b',
        label: `${story.fullTimeName} (B)`,
        cumulative: scenarioB.fullTimeCiso.cumulative,
      });
    }
  }
  const chartBlocks: Block[] = [];
  if (lines.length > 0) {
    const chart: CostChart = {
      description:
        `Running cost month by month over ${years}: ` +
        lines.map((l) => `${l.label} reaching ${money(l.cumulative.at(-1) ?? 0)}`).join(', ') +
        '.' +
        (story.crossing ? ` ${story.crossing}` : ''),
      horizonMonths: c.horizonMonths,
      lines,
      crossings: compared && showEngagement ? c.crossings.map((x) => x.month) : [],
      ...costScale(c, lines, config),
    };
    chartBlocks.push({ kind: 'cost-chart', chart });
  }

  const totals: TableRow[] = [];
  if (showEngagement) totals.push({ cells: [story.engagementName, money(c.vciso.total)] });
  if (c.fractionalCio) {
    totals.push({ cells: ['  of which fractional CIO', money(c.fractionalCio.total)] });
  }
  if (compared) {
    totals.push({ cells: [story.fullTimeName, money(c.fullTimeCiso.total)] });
    if (showEngagement) {
      totals.push(
        { emphasis: true, cells: ['Difference (full-time – recommended)', money(c.difference)] },
        {
          cells: [
            'Recommended as a share of full-time',
            c.shareOfFullTime === null ? '—' : percentOf(c.shareOfFullTime),
          ],
        },
        {
          cells: [
            'Lines cross',
            c.crossings.length === 0
              ? 'They do not cross'
              : c.crossings.map((x) => `Month ${x.month}`).join(', '),
          ],
        },
      );
    }
  }

  const yearRows: TableRow[] = Array.from({ length: c.horizonMonths / 12 }, (_, i) => {
    const month = (i + 1) * 12;
    return {
      cells: [
        `Year ${i + 1}`,
        ...(showEngagement ? [money(c.vciso.cumulative[month] ?? 0)] : []),
        ...(compared ? [money(c.fullTimeCiso.cumulative[month] ?? 0)] : []),
      ],
    };
  });
  const yearColumns = [
    { label: 'Year', width: 1.2, align: 'left' as const },
    ...(showEngagement
      ? [{ label: story.engagementName, width: 2.2, align: 'right' as const }]
      : []),
    ...(compared ? [{ label: story.fullTimeName, width: 2.2, align: 'right' as const }] : []),
  ];

  const b = c.vcisoBreakdown;
  const f = c.fullTimeBreakdown;
  const part = (label: string, value: number): TableRow => ({ cells: [label, money(value)] });
  const breakdown: TableRow[] = [];
  if (showEngagement) {
    const fractional: [string, number][] = [
      ['onboarding', b.onboarding],
      ['retainer', b.retainer],
      ['on-demand hours', b.onDemand],
      ['project', b.project],
      ['yearly refresh', b.yearlyRefresh],
      ['incident response', b.incident],
      ['fractional CIO', b.fractionalCio],
    ];
    for (const [label, value] of fractional) {
      if (value > 0) breakdown.push(part(`${story.engagementName}: ${label}`, value));
    }
  }
  if (compared) {
    breakdown.push(
      part('Full-time: salary and benefits', f.salaryAndBenefits),
      part('Full-time: recruiter fees', f.recruiterFees),
    );
    if (f.interimCover > 0) breakdown.push(part('Full-time: interim cover', f.interimCover));
    if (f.tooling > 0) breakdown.push(part('Full-time: tooling and training', f.tooling));
    if (f.fullTimeCio > 0) breakdown.push(part('Full-time: CIO', f.fullTimeCio));
    breakdown.push({
      cells: ['Full-time: months with the seat empty', monthsLabel(f.vacantMonths)],
    });
  }

  const blocks: Block[] = [
    { kind: 'paragraph', style: 'lead', text: story.cost },
    ...(story.comparison ? [{ kind: 'paragraph' as const, text: story.comparison }] : []),
    ...story.notes.map((text) => ({ kind: 'paragraph' as const, style: 'muted' as const, text })),
    ...(story.crossing ? [{ kind: 'paragraph' as const, text: story.crossing }] : []),
    ...chartBlocks,
  ];
  if (totals.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Totals over ${years}`,
      columns: [
        { label: 'Item', width: 3, align: 'left' },
        { label: 'Amount', width: 1.4, align: 'right' },
      ],
      rows: totals,
    });
  }
  if (yearColumns.length > 1) {
    blocks.push({
      kind: 'table',
      caption: 'Cumulative cost at the end of each year',
      columns: yearColumns,
      rows: yearRows,
    });
  }
  blocks.push(...scenarioBlocks(ctx));
  if (breakdown.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Where the money goes',
      columns: [
        { label: 'Part', width: 3, align: 'left' },
        { label: 'Amount', width: 1.4, align: 'right' },
      ],
      rows: breakdown,
    });
  }
  blocks.push(
    {
      kind: 'paragraph',
      style: 'muted',
      text:
        'Direct spend only: the model does not price the risk of a vacancy or a mis-hire, ' +
        'equity or bonuses, or the difference in hours (a vCISO works about 10–30 hours a ' +
        'month, a full-time CISO a full week).',
    },
    ...assumptionBlocks(ctx),
  );
  return { id: 'costs', title: `Cost over ${years}`, blocks };
}
