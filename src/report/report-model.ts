/**
 * The report model: one AssessmentResult (the same object the results page shows) turned into
 * worded, formatted sections. Pure: no jsPDF, no DOM, no clock; the date comes in as text.
 */
import { ASSUMPTION_LIMITS, assumptionLabel, pricingGroups } from '../core/assumptions';
import { costStory } from '../core/cost-story';
import { formatMoney } from '../core/locale-format';
import { DOMAIN_INFO, UNKNOWN_LABEL } from '../core/content/labels';
import { questionById, questions } from '../core/content/questions';
import { isUnsettled, scoredDomains } from '../core/scoring';
import type {
  AssessmentResult,
  AssumptionSource,
  Assumptions,
  NumberAssumption,
  Config,
  CostComparison,
  Domain,
  PlanPhase,
  ScenarioRowId,
} from '../core/types';
import { ASSESSMENT_NOTE_KEY } from '../core/types';
import {
  DISCLAIMER,
  DISCLAIMER_HEADING,
  FOOTER_NOTE,
  METHODOLOGY_INTRO,
  METHODOLOGY_TOPICS,
  REPLACED_CHARACTERS_NOTE,
} from './methodology-text';
import { capLength, hasUnsupportedCharacters, singleLine, toPdfSafeText } from './pdf-text';
import type {
  AxisTick,
  CostLine,
  Block,
  CostChart,
  GapChart,
  ReportModel,
  ReportSection,
  TableRow,
} from './report-types';

export const REPORT_TITLE = 'Security leadership readiness report';
/** The cover shows at most this many characters of the company name. */
export const COVER_NAME_MAX = 120;
const NO_COMPANY = 'Your business';
/** The summary's sentences use at most this many characters of the company name. */
const PROSE_NAME_MAX = 80;

export interface ReportInput {
  result: AssessmentResult;
  config: Config;
  /** As typed by the prospect; made PDF-safe here. */
  companyName: string;
  /** The report's date as YYYY-MM-DD (the caller owns the clock). */
  date: string;
  /** Where each of result.assumptions comes from (see assumption-sources.ts). */
  assumptionSources: Record<keyof Assumptions, AssumptionSource>;
  /** Notes by question id (and 'assessment'), when the user chose to include them: an appendix. */
  notes?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Numbers in words: whole-number scores and formatMoney, never NaN, Infinity or exponents.
// ---------------------------------------------------------------------------------------------

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`The report cannot show ${what}: ${value}`);
  return value;
}

/** A 0–100 score as a whole number. */
export function wholeScore(value: number): number {
  return Math.round(finite(value, 'a score'));
}

function percentOf(share: number): string {
  const pct = finite(share, 'a share') * 100;
  if (pct > 0 && pct < 0.5) return 'under 1%';
  return `${Math.round(pct)}%`;
}

function yearsLabel(months: number): string {
  const years = months / 12;
  return years === 1 ? '1 year' : `${years} years`;
}

function monthsLabel(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

function plainNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    finite(value, 'a number'),
  );
}

function isoToLabel(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [, y, m, d] = match ?? [];
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(time);
  if (!match || check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(m) - 1) {
    throw new RangeError(`The report date must be a real date as YYYY-MM-DD, got "${iso}"`);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** A list in words: "a", "a and b", "a, b and c". */
function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** mailto: and tel: links read better as the address or number alone. */
function contactTarget(url: string): string {
  return url.replace(/^(mailto|tel):/i, '');
}

// ---------------------------------------------------------------------------------------------
// Chart scales
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

interface Ctx {
  input: ReportInput;
  company: string;
  money: (amount: number) => string;
}

function unverifiedCount(result: AssessmentResult): number {
  return result.readiness.unknownCount + result.readiness.unansweredCount;
}

/** Scored functions, weakest first (ties in framework order). */
function domainsByScore(result: AssessmentResult): Domain[] {
  const order = scoredDomains(result.readiness);
  return [...order].sort(
    (a, b) =>
      wholeScore(result.readiness.byDomain[a]) - wholeScore(result.readiness.byDomain[b]) ||
      order.indexOf(a) - order.indexOf(b),
  );
}

function domainWithScore(result: AssessmentResult, d: Domain): string {
  return `${DOMAIN_INFO[d].label} (${wholeScore(result.readiness.byDomain[d])})`;
}

function weakestSentence(result: AssessmentResult): string {
  const ranked = domainsByScore(result);
  const first = ranked[0];
  const last = ranked.at(-1);
  if (!first || !last) return '';
  const low = wholeScore(result.readiness.byDomain[first]);
  const high = wholeScore(result.readiness.byDomain[last]);
  if (low === high) return `Every function scores ${low} out of 100.`;
  const weakest = ranked
    .filter((d) => wholeScore(result.readiness.byDomain[d]) < high)
    .slice(0, 2)
    .map((d) => domainWithScore(result, d));
  const strongest = domainWithScore(result, last);
  const noun = weakest.length === 1 ? 'The weakest function is' : 'The weakest functions are';
  return `${noun} ${inWords(weakest)}; the strongest is ${strongest}.`;
}

/** The cost comparison in words: the page's own sentences (core's costStory). */
export function costInWords(result: AssessmentResult, money: (n: number) => string): string {
  const story = costStory(result.costs, result.assumptions, money);
  return [story.cost, story.comparison, story.crossing].filter(Boolean).join(' ');
}

function summarySection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const r = result.readiness;
  const rec = result.recommendation;
  const unverified = unverifiedCount(result);
  const securityPractices = r.contributions.filter((c) => c.domain !== 'it-strategy').length;
  const opening =
    `${ctx.company}’s security readiness (the six NIST CSF functions) is ` +
    `${wholeScore(r.overall)} out of 100, a gap of ` +
    `${wholeScore(100 - Math.round(result.readiness.overall))} points, across the ` +
    `${securityPractices} security practices that apply.` +
    (r.itStrategy !== null
      ? ` IT-strategy readiness, reported apart, is ${wholeScore(r.itStrategy)} out of 100.`
      : '') +
    (unverified > 0
      ? ` ${unverified} ${unverified === 1 ? 'practice was' : 'practices were'} answered ` +
        `“${UNKNOWN_LABEL}” or left open; they count as not in place until someone checks.`
      : '');
  const hours = rec.hoursPerMonth ? ` Suggested scope: ${scopeWords(rec)}.` : '';
  const mainReason = rec.reasons[0] ? ` The main reason: ${rec.reasons[0].text}` : '';
  const firstAction = result.plan[0];
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: 'Security readiness', value: `${wholeScore(r.overall)} / 100` },
        { label: 'Recommendation', value: rec.headline },
        costStory(result.costs, result.assumptions, ctx.money).headline,
      ],
    },
    { kind: 'paragraph', style: 'lead', text: opening },
    { kind: 'paragraph', text: weakestSentence(result) },
    { kind: 'paragraph', text: `Our recommendation: ${rec.headline}.${hours}${mainReason}` },
    { kind: 'paragraph', text: costInWords(result, ctx.money) },
  ];
  if (firstAction) {
    blocks.push({
      kind: 'paragraph',
      text:
        `The 90-day plan lists ${result.plan.length} ` +
        `${result.plan.length === 1 ? 'action' : 'actions'}; the first is to ` +
        `${lowerFirst(firstAction.action)}`,
    });
  }
  if (rec.warnings.length > 0) {
    blocks.push({
      kind: 'paragraph',
      style: 'muted',
      text:
        `${rec.warnings.length} ${rec.warnings.length === 1 ? 'point' : 'points'} to weigh ` +
        'before deciding, and the source of every reason, are listed with the recommendation.',
    });
  }
  return { id: 'summary', title: 'Executive summary', blocks };
}

/** The engagement's scope: hours a month, and the months a project runs. */
function scopeWords(rec: AssessmentResult['recommendation']): string {
  const h = rec.hoursPerMonth;
  if (!h) return '';
  const hours = `about ${h.min}–${h.max} hours a month`;
  if (!rec.project) return hours;
  const { min, max } = rec.project.months;
  return `${hours} for ${min === max ? `${min}` : `${min}–${max}`} months`;
}

function gapChartFor(result: AssessmentResult): GapChart {
  const domains = scoredDomains(result.readiness);
  const bars = domains.map((d) => {
    const readiness = wholeScore(result.readiness.byDomain[d]);
    return { label: DOMAIN_INFO[d].label, readiness, valueLabel: `${readiness}` };
  });
  const overall = wholeScore(result.readiness.overall);
  return {
    description:
      'Readiness by function, 0 to 100: ' +
      `${bars.map((b) => `${b.label} ${b.valueLabel}`).join(', ')}; security readiness ` +
      `(the six CSF functions) ${overall}.`,
    bars,
    overall,
    overallLabel: `Security ${overall}`,
  };
}

function readinessSection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const domains = scoredDomains(result.readiness);
  const row = (d: Domain): TableRow => {
    const mine = result.readiness.contributions.filter((c) => c.domain === d);
    const open = mine.filter((c) => isUnsettled(c.answer)).length;
    return {
      cells: [
        DOMAIN_INFO[d].label,
        `${wholeScore(result.readiness.byDomain[d])}`,
        `${wholeScore(100 - Math.round(result.readiness.byDomain[d]))}`,
        `${mine.length}`,
        `${open}`,
      ],
    };
  };
  const security = result.readiness.contributions.filter((c) => c.domain !== 'it-strategy');
  const rows: TableRow[] = domains.filter((d) => d !== 'it-strategy').map(row);
  rows.push({
    emphasis: true,
    cells: [
      'Security readiness',
      `${wholeScore(result.readiness.overall)}`,
      `${wholeScore(100 - Math.round(result.readiness.overall))}`,
      `${security.length}`,
      `${security.filter((c) => isUnsettled(c.answer)).length}`,
    ],
  });
  if (domains.includes('it-strategy')) rows.push(row('it-strategy'));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        'Each bar is a function’s readiness out of 100; the empty part of the track is the ' +
        'gap. The line marks security readiness, the plain average of the six NIST CSF ' +
        'functions; IT strategy is scored apart and is not part of it.',
    },
    { kind: 'gap-chart', chart: gapChartFor(result) },
    {
      kind: 'table',
      caption: 'Readiness and gap by function',
      columns: [
        { label: 'Function', width: 3, align: 'left' },
        { label: 'Readiness', width: 1.4, align: 'right' },
        { label: 'Gap', width: 1.2, align: 'right' },
        { label: 'Practices', width: 1.4, align: 'right' },
        { label: 'Not verified', width: 1.6, align: 'right' },
      ],
      rows,
    },
    {
      kind: 'paragraph',
      style: 'muted',
      text:
        '“Not verified” counts the practices answered “Don’t know” or left open. They score as ' +
        'not in place, as an auditor or an insurer would treat them.',
    },
  ];
  for (const d of domains) {
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: `${DOMAIN_INFO[d].label}: ${DOMAIN_INFO[d].summary}`,
    });
  }
  return { id: 'readiness', title: 'Readiness and gaps', blocks };
}

function recommendationSection(ctx: Ctx): ReportSection {
  const { result, config } = ctx.input;
  const rec = result.recommendation;
  const blocks: Block[] = [{ kind: 'paragraph', style: 'headline', text: rec.headline }];
  if (rec.hoursPerMonth) {
    const scope = scopeWords(rec);
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      text: `${scope.charAt(0).toUpperCase()}${scope.slice(1)}.`,
    });
  }
  blocks.push({
    kind: 'paragraph',
    style: 'strong',
    text: `Next step with ${config.brand.name}: ${config.contact.label}, ${contactTarget(config.contact.url)}`,
    link: config.contact.url,
  });
  if (rec.reasons.length > 0) {
    blocks.push({ kind: 'heading', text: 'Why' });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: rec.reasons.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  if (rec.warnings.length > 0) {
    blocks.push({ kind: 'heading', text: 'Before you decide' });
    blocks.push({
      kind: 'list',
      marker: 'warning',
      items: rec.warnings.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  if (rec.alsoConsider.length > 0) {
    blocks.push({ kind: 'heading', text: 'Also consider' });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: rec.alsoConsider.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  if (rec.ruleNotes.length > 0) {
    blocks.push({ kind: 'heading', text: 'What your rules ask for' });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: rec.ruleNotes.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  return { id: 'recommendation', title: 'Recommendation', blocks };
}

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
function scenarioBlocks(ctx: Ctx): Block[] {
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

function costSection(ctx: Ctx): ReportSection {
  const { result, config, assumptionSources } = ctx.input;
  const assumptions = result.assumptions;
  const c = result.costs;
  const money = ctx.money;
  const years = yearsLabel(c.horizonMonths);
  const story = costStory(c, assumptions, money);
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

  const keys = relevantAssumptions(c);
  const assumptionRows: TableRow[] = keys.map((k) => ({
    cells: [
      assumptionLabel(k),
      k === 'compareWithFullTime'
        ? compared
          ? 'On'
          : 'Off'
        : assumptionValue(k, assumptions[k], config),
      sourceText(assumptionSources[k]),
    ],
  }));
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
      rows: assumptionRows,
    },
  );
  return { id: 'costs', title: `Cost over ${years}`, blocks };
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

const PHASE_LABELS: Record<PlanPhase, string> = {
  'days-1-30': 'Days 1–30',
  'days-31-60': 'Days 31–60',
  'days-61-90': 'Days 61–90',
};

function planSection(ctx: Ctx): ReportSection {
  const { plan } = ctx.input.result;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        'The largest gaps as a 90-day plan: at most three actions per 30-day phase. A named ' +
        'owner, the risk assessment, written policies and quick wins such as MFA and protected ' +
        'backups come first; “Don’t know” answers start with finding out.',
    },
  ];
  if (plan.length === 0) {
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      text:
        'Every practice that applies is implemented or better, so nothing needs a 90-day fix. ' +
        'Keep reviewing and measuring what is in place.',
    });
  }
  for (const phase of Object.keys(PHASE_LABELS) as PlanPhase[]) {
    const items = plan.filter((p) => p.phase === phase);
    if (items.length === 0) continue;
    blocks.push({ kind: 'heading', text: PHASE_LABELS[phase] });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: items.map((p) => {
        const refs = [
          DOMAIN_INFO[p.domain].label,
          p.csf.length > 0 ? `NIST CSF 2.0 ${p.csf.join(', ')}` : '',
          p.cis.length > 0 ? `CIS Controls v8.1 ${p.cis.join(', ')}` : '',
        ].filter(Boolean);
        return { text: p.action, note: `${refs.join(' · ')} — ${p.why}` };
      }),
    });
  }
  return { id: 'plan', title: 'The first 90 days', blocks };
}

/** Longest note shown in full; longer ones end with an ellipsis. */
const NOTE_MAX = 4_000;

/**
 * The notes, as an appendix the rep chose to include: the note on the whole assessment first,
 * then each question's note beside its prompt, in question order.
 */
function notesSection(notes: Readonly<Record<string, string>>): ReportSection | null {
  const order = new Map(questions.map((q, i) => [q.id, i]));
  const rank = (id: string) => (id === ASSESSMENT_NOTE_KEY ? -1 : (order.get(id) ?? Infinity));
  const filled = Object.entries(notes)
    .map(([id, text]) => [id, text.trim()] as const)
    .filter(([, text]) => text !== '')
    .sort(([a], [b]) => rank(a) - rank(b));
  if (filled.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'muted',
      text: 'Notes typed during the assessment: first the note on the whole assessment, then each one beside the question it belongs to.',
    },
  ];
  for (const [id, text] of filled) {
    const prompt =
      id === ASSESSMENT_NOTE_KEY ? 'About this assessment' : (questionById(id)?.prompt ?? id);
    blocks.push({ kind: 'paragraph', style: 'strong', text: prompt, keepWithNext: true });
    blocks.push({ kind: 'paragraph', text: capLength(text, NOTE_MAX) });
  }
  return { id: 'notes', title: 'Appendix: notes', blocks };
}

function methodologySection(result: AssessmentResult, replaced: boolean): ReportSection {
  const blocks: Block[] = [{ kind: 'paragraph', style: 'muted', text: METHODOLOGY_INTRO }];
  for (const topic of METHODOLOGY_TOPICS) {
    blocks.push({ kind: 'heading', text: topic.heading });
    for (const text of topic.paragraphs) blocks.push({ kind: 'paragraph', text });
    if (topic.items) {
      blocks.push({ kind: 'list', marker: 'bullet', items: topic.items.map((text) => ({ text })) });
    }
  }
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    text:
      `Question bank version ${result.contentVersion}, scoring version ` +
      `${result.scoringVersion}.`,
  });
  blocks.push({ kind: 'heading', text: DISCLAIMER_HEADING });
  for (const text of DISCLAIMER) blocks.push({ kind: 'paragraph', style: 'muted', text });
  if (replaced) blocks.push({ kind: 'paragraph', style: 'small', text: REPLACED_CHARACTERS_NOTE });
  return { id: 'methodology', title: 'How this report was made', blocks };
}

/** Every string in the model run through toPdfSafeText, so nothing reaches the PDF unsafe. */
function safeDeep<T>(value: T): T {
  if (typeof value === 'string') return toPdfSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => safeDeep(v)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]: [string, unknown]) => [k, safeDeep(v)]),
    ) as T;
  }
  return value;
}

/**
 * The whole report from one AssessmentResult: cover, executive summary, readiness and gaps,
 * recommendation, costs with assumptions, the 90-day plan, methodology and disclaimer, and the
 * notes as an appendix when they are passed in.
 * Every string is worded and formatted here and is safe for the PDF's standard fonts.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { result, config } = input;
  const typed = singleLine(input.companyName);
  const company = typed === '' ? NO_COMPANY : typed;
  const notes = input.notes ?? {};
  const replaced = [typed, ...Object.values(notes)].some(hasUnsupportedCharacters);
  const money = (amount: number) => formatMoney(amount, config);
  // In running prose a 200-character name drowns the sentence; the cover and header show it.
  const ctx: Ctx = { input, company: capLength(company, PROSE_NAME_MAX), money };
  const dateLabel = isoToLabel(input.date, config.locale);
  const rec = result.recommendation;

  const sections = [
    summarySection(ctx),
    readinessSection(ctx),
    recommendationSection(ctx),
    costSection(ctx),
    planSection(ctx),
    methodologySection(result, replaced),
    notesSection(notes),
  ].filter((s): s is ReportSection => s !== null);

  return safeDeep<ReportModel>({
    brand: {
      name: config.brand.name,
      primaryColor: config.brand.primaryColor,
      accentColor: config.brand.accentColor,
    },
    title: REPORT_TITLE,
    companyName: company,
    isoDate: input.date,
    dateLabel,
    cover: {
      preparedBy: config.brand.name,
      title: REPORT_TITLE,
      company: capLength(company, COVER_NAME_MAX),
      dateLabel,
      highlights: [
        {
          label: 'Security readiness',
          value: `${wholeScore(result.readiness.overall)} out of 100`,
        },
        { label: 'Recommended', value: rec.headline },
        costStory(result.costs, result.assumptions, money).headline,
      ],
      contact: `${config.contact.label}: ${contactTarget(config.contact.url)}`,
      contactUrl: config.contact.url,
    },
    sections,
    footerNote: FOOTER_NOTE,
  });
}
