/**
 * The cost section's inputs: the table of assumptions with their sources, and scenario B beside
 * A. Values and sources are the result's own (result.assumptions, result.assumptionSources).
 */
import { ASSUMPTION_LIMITS, assumptionLabel, pricingGroups } from '../core/assumptions';
import { formatMoney } from '../core/locale-format';
import type {
  AssumptionSource,
  Assumptions,
  Config,
  CostComparison,
  NumberAssumption,
  ScenarioRowId,
} from '../core/types';
import type { SectionContext } from './report-input';
import type { Block, TableRow } from './report-types';
import { monthsLabel, plainNumber, yearsLabel } from './report-words';

function assumptionValue(key: NumberAssumption, value: number, config: Config): string {
  switch (ASSUMPTION_LIMITS[key].unit) {
    case 'currency':
      return formatMoney(value, config, { cents: !Number.isInteger(value) });
    case 'percent':
      return `${plainNumber(value * 100, config.locale)}%`;
    case 'multiplier':
      return `× ${plainNumber(value, config.locale)}`;
    case 'months':
      return monthsLabel(value);
    case 'hours':
      return `${plainNumber(value, config.locale)} ${
        key === 'yearlyRefreshHours'
          ? 'hours a year'
          : key === 'incidentHours'
            ? 'hours'
            : 'hours a month'
      }`;
  }
}

function sourceText(source: AssumptionSource): string {
  if (!source.isAssumption) return source.source;
  return /^our assumption/i.test(source.source)
    ? source.source
    : `Our assumption. ${source.source}`;
}

const SCENARIO_ROWS: Readonly<Record<ScenarioRowId, string>> = {
  fullTimeCiso: 'Full-time side',
  vciso: 'Recommended engagement',
  fractionalCio: 'of which fractional CIO',
  difference: 'Difference (full-time – recommended)',
};

/** Scenario B's totals beside A's, and what B changes; nothing when there is no scenario B. */
export function scenarioBlocks(ctx: SectionContext): Block[] {
  const s = ctx.input.result.scenario;
  if (!s) return [];
  const { config } = ctx.input;
  const money = ctx.money;
  const signed = (n: number) => (n > 0 ? `+${money(n)}` : money(n));
  const changed =
    s.changed.length === 0
      ? 'Scenario B uses the same figures as the assumptions above.'
      : 'Scenario B differs in: ' +
        s.changed
          .map((k) =>
            k === 'compareWithFullTime'
              ? `${assumptionLabel(k)} ${s.assumptionsB[k]} (instead of ${s.assumptionsA[k]})`
              : `${assumptionLabel(k)} ${assumptionValue(k, s.assumptionsB[k], config)} ` +
                `(instead of ${assumptionValue(k, s.assumptionsA[k], config)})`,
          )
          .join('; ') +
        '.';
  return [
    { kind: 'heading', text: 'Scenario B' },
    { kind: 'paragraph', text: changed, keepWithNext: true },
    {
      kind: 'table',
      caption: `Scenario A (the assumptions above) and B, totals over ${yearsLabel(s.costsB.horizonMonths)}`,
      columns: [
        { label: 'Item', width: 2.4, align: 'left' },
        { label: 'A', width: 1.3, align: 'right' },
        { label: 'B', width: 1.3, align: 'right' },
        { label: 'B – A', width: 1.3, align: 'right' },
      ],
      rows: s.rows.map((r) => ({
        ...(r.id === 'difference' ? { emphasis: true } : {}),
        cells: [SCENARIO_ROWS[r.id], money(r.a), money(r.b), signed(r.change)],
      })),
    },
  ];
}

/** The assumptions that price what this comparison shows, in the editor's order. */
function relevantAssumptions(c: CostComparison): (keyof Assumptions)[] {
  const g = pricingGroups(c);
  return [
    'horizonMonths',
    ...g.engagement,
    ...g.fractionalCio,
    ...g.fullTime,
    ...g.everyPath,
    'compareWithFullTime',
  ];
}

/** "Assumptions and their sources": each input that prices this comparison, with its source. */
export function assumptionBlocks(ctx: SectionContext): Block[] {
  const { result, config } = ctx.input;
  const { assumptions, assumptionSources, costs } = result;
  const rows: TableRow[] = relevantAssumptions(costs).map((k) => ({
    cells: [
      assumptionLabel(k),
      k === 'compareWithFullTime'
        ? costs.compareWithFullTime
          ? 'On'
          : 'Off'
        : assumptionValue(k, assumptions[k], config),
      sourceText(assumptionSources[k]),
    ],
  }));
  return [
    { kind: 'heading', text: 'Assumptions and their sources' },
    {
      kind: 'paragraph',
      style: 'muted',
      keepWithNext: true,
      text:
        '“Our assumption” marks a default that is our own choice rather than a published ' +
        'figure. Published ranges are mostly vendors’ estimates.',
    },
    {
      kind: 'table',
      columns: [
        { label: 'Input', width: 2.1, align: 'left' },
        { label: 'Value', width: 1.5, align: 'right' },
        { label: 'Source', width: 4.6, align: 'left' },
      ],
      rows,
    },
  ];
}
