/**
 * The executive summary and the readiness section: the result's whole-number scores in words,
 * a chart and a table. Every score is read from result.wholeScores, never rounded here.
 */
import { DOMAIN_INFO, UNKNOWN_LABEL } from '../core/content/labels';
import { isUnsettled, scoredDomains } from '../core/scoring';
import type { AssessmentResult, Domain } from '../core/types';
import { storyInWords } from './cost-section';
import { scopeWords } from './recommendation-section';
import type { SectionContext } from './report-input';
import type { Block, GapChart, ReportSection, TableRow } from './report-types';
import { inWords, lowerFirst } from './report-words';

function unverifiedCount(result: AssessmentResult): number {
  return result.readiness.unknownCount + result.readiness.unansweredCount;
}

/** Scored functions, weakest first (ties in framework order). */
function domainsByScore(result: AssessmentResult): Domain[] {
  const order = scoredDomains(result.readiness);
  const shown = result.wholeScores.byDomain;
  return [...order].sort((a, b) => shown[a] - shown[b] || order.indexOf(a) - order.indexOf(b));
}

function domainWithScore(result: AssessmentResult, d: Domain): string {
  return `${DOMAIN_INFO[d].label} (${result.wholeScores.byDomain[d]})`;
}

function weakestSentence(result: AssessmentResult): string {
  const ranked = domainsByScore(result);
  const shown = result.wholeScores.byDomain;
  const first = ranked[0];
  const last = ranked.at(-1);
  if (!first || !last) return '';
  const low = shown[first];
  const high = shown[last];
  if (low === high) return `Every function scores ${low} out of 100.`;
  const weakest = ranked
    .filter((d) => shown[d] < high)
    .slice(0, 2)
    .map((d) => domainWithScore(result, d));
  const strongest = domainWithScore(result, last);
  const noun = weakest.length === 1 ? 'The weakest function is' : 'The weakest functions are';
  return `${noun} ${inWords(weakest)}; the strongest is ${strongest}.`;
}

export function summarySection(ctx: SectionContext): ReportSection {
  const { result } = ctx.input;
  const r = result.readiness;
  const shown = result.wholeScores;
  const rec = result.recommendation;
  const unverified = unverifiedCount(result);
  const securityPractices = r.contributions.filter((c) => c.domain !== 'it-strategy').length;
  const opening =
    `${ctx.company}’s security readiness (the six NIST CSF functions) is ` +
    `${shown.overall} out of 100, a gap of ${shown.gap} points, across the ` +
    `${securityPractices} security practices that apply.` +
    (shown.itStrategy !== null
      ? ` IT-strategy readiness, reported apart, is ${shown.itStrategy} out of 100.`
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
        { label: 'Security readiness', value: `${shown.overall} / 100` },
        { label: 'Recommendation', value: rec.headline },
        ctx.story.headline,
      ],
    },
    { kind: 'paragraph', style: 'lead', text: opening },
    { kind: 'paragraph', text: weakestSentence(result) },
    { kind: 'paragraph', text: `Our recommendation: ${rec.headline}.${hours}${mainReason}` },
    { kind: 'paragraph', text: storyInWords(ctx.story) },
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

function gapChartFor(result: AssessmentResult): GapChart {
  const shown = result.wholeScores;
  const bars = scoredDomains(result.readiness).map((d) => {
    const readiness = shown.byDomain[d];
    return { label: DOMAIN_INFO[d].label, readiness, valueLabel: `${readiness}` };
  });
  return {
    description:
      'Readiness by function, 0 to 100: ' +
      `${bars.map((b) => `${b.label} ${b.valueLabel}`).join(', ')}; security readiness ` +
      `(the six CSF functions) ${shown.overall}.`,
    bars,
    overall: shown.overall,
    overallLabel: `Security ${shown.overall}`,
  };
}

export function readinessSection(ctx: SectionContext): ReportSection {
  const { result } = ctx.input;
  const shown = result.wholeScores;
  const domains = scoredDomains(result.readiness);
  const row = (d: Domain): TableRow => {
    const mine = result.readiness.contributions.filter((c) => c.domain === d);
    const open = mine.filter((c) => isUnsettled(c.answer)).length;
    return {
      cells: [
        DOMAIN_INFO[d].label,
        `${shown.byDomain[d]}`,
        `${shown.gapByDomain[d]}`,
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
      `${shown.overall}`,
      `${shown.gap}`,
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
