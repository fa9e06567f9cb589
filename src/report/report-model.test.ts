import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_LIMITS, assumptionLabel } from '../core/assumptions';
import { assess } from '../core/assess';
import { demoConfig, formatMoney, mergeConfig } from '../core/config';
import { DOMAIN_INFO } from '../core/content/labels';
import { questions } from '../core/content/questions';
import { scoredDomains } from '../core/scoring';
import {
  HORIZONS,
  type AnswerValue,
  type Answers,
  type Assumptions,
  type Config,
} from '../core/types';
import { isWinAnsiChar, toPdfSafeText } from './pdf-text';
import { costInWords, niceStep } from './cost-section';
import { buildReportModel } from './report-model';
import { costStory } from '../core/cost-story';
import type { Block, ReportModel } from './report-types';
import { clinicAnswers, markedResult, sampleInput } from './test-fixtures';

/** Every string anywhere in the model. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function blocksOf(model: ReportModel, id: string): Block[] {
  return model.sections.find((s) => s.id === id)?.blocks ?? [];
}

const BAD_NUMBER = /NaN|Infinity|undefined|null|\[object|\de[+-]?\d|e\+/;

describe('buildReportModel', () => {
  // The clinic with the full-time comparison turned on (below 250 staff it is off by default).
  const plain = sampleInput();
  const input = sampleInput({
    assumptions: { ...plain.result.defaultAssumptions, compareWithFullTime: 'on' },
  });
  const model = buildReportModel(input);
  const { result } = input;
  const money = (n: number) => formatMoney(n, demoConfig);
  const story = costStory(result.costs, result.assumptions, money);

  it('prices the clinic’s retainer and compares it with a hire only for reference', () => {
    expect(result.costs.engagement).toBe('retainer');
    expect(result.costs.fullTimeRealistic).toBe(false);
    expect(story.fullTimeName).toBe('Full-time CISO, for reference');
    const off = buildReportModel(plain);
    const offText = strings(off).join(' ');
    expect(offText).not.toContain('Less than a full-time hire');
    expect(offText).not.toContain(money(plain.result.costs.fullTimeCiso.total));
    expect(strings(blocksOf(off, 'summary'))).toContain('Recommended engagement, a month');
  });

  it('has the sections of a board report, in order', () => {
    expect(model.sections.map((s) => s.id)).toEqual([
      'summary',
      'readiness',
      'recommendation',
      'costs',
      'plan',
      'methodology',
    ]);
  });

  it('puts the MSP, the prospect and the date on the cover', () => {
    expect(model.cover.preparedBy).toBe('Northwind Managed IT');
    expect(model.cover.company).toBe('Acme Dental');
    expect(model.cover.dateLabel).toBe('November 23, 2026');
  });

  it('says on the cover when the prices and contact are the demo’s, and only then', () => {
    expect(model.cover.demoNote).toBeNull();
    expect(buildReportModel(sampleInput({ source: 'demo' })).cover.demoNote).toBe(
      'Demo: example prices and contact of a fictional company',
    );
  });

  it('sums up in words: readiness, weakest functions, the headline and the totals', () => {
    const summary = strings(blocksOf(model, 'summary')).join(' ');
    expect(summary).toContain(
      `security readiness (the six NIST CSF functions) is ${Math.round(result.readiness.overall)} out of 100`,
    );
    expect(summary).toMatch(
      /The weakest functions are \w+ \(\d+\) and [\w ]+ \(\d+\); the strongest is/,
    );
    expect(summary).toContain(result.recommendation.headline);
    expect(summary).toContain(money(result.costs.fullTimeCiso.total));
    expect(summary).toContain(money(result.costs.vciso.total));
    expect(summary).toContain(`${money(result.costs.difference)} less`);
  });

  it('lists every reason and warning with its source', () => {
    const rec = strings(blocksOf(model, 'recommendation'));
    for (const f of [...result.recommendation.reasons, ...result.recommendation.warnings]) {
      expect(rec).toContain(f.text);
      expect(rec).toContain(`Source: ${f.source}`);
    }
  });

  it('has the cost table the results page shows, and marks our assumptions', () => {
    const costs = blocksOf(model, 'costs');
    const tables = costs.filter((b) => b.kind === 'table');
    const totals = tables[0]?.kind === 'table' ? tables[0].rows.map((r) => r.cells) : [];
    expect(totals).toContainEqual([story.fullTimeName, money(result.costs.fullTimeCiso.total)]);
    expect(totals).toContainEqual([story.engagementName, money(result.costs.vciso.total)]);
    expect(totals).toContainEqual([
      'Difference (full-time – recommended)',
      money(result.costs.difference),
    ]);
    expect(totals).toContainEqual(['Lines cross', 'They do not cross']);
    const byYear = tables.find(
      (t) => t.kind === 'table' && t.caption?.includes('end of each year'),
    );
    const yearRows = byYear?.kind === 'table' ? byYear.rows.map((r) => r.cells) : [];
    expect(yearRows.at(-1)).toEqual([
      'Year 3',
      money(result.costs.vciso.total),
      money(result.costs.fullTimeCiso.total),
    ]);
    const assumptions = tables.at(-1);
    const rows = assumptions?.kind === 'table' ? assumptions.rows.map((r) => r.cells) : [];
    expect(rows).toContainEqual([
      'Yearly increase',
      '3%',
      expect.stringMatching(/^Our assumption/),
    ]);
    expect(rows).toContainEqual([
      'Benefits load',
      '× 1.3',
      expect.not.stringMatching(/^Our assumption/),
    ]);
    expect(rows).toContainEqual([
      'Time horizon',
      '36 months',
      expect.stringMatching(/^Our assumption/),
    ]);
  });

  it('draws the chart from the same result', () => {
    const chart = blocksOf(model, 'costs').find((b) => b.kind === 'cost-chart');
    const lines = chart?.kind === 'cost-chart' ? chart.chart.lines : [];
    expect(lines.find((l) => l.role === 'full-time')?.cumulative).toEqual(
      result.costs.fullTimeCiso.cumulative,
    );
    expect(lines.find((l) => l.role === 'vciso')?.cumulative).toEqual(
      result.costs.vciso.cumulative,
    );
    const gap = blocksOf(model, 'readiness').find((b) => b.kind === 'gap-chart');
    expect(gap?.kind === 'gap-chart' && gap.chart.bars.map((b) => b.readiness)).toEqual(
      Object.values(result.readiness.byDomain).map(Math.round),
    );
  });

  it('carries the plan by phase with its references', () => {
    const plan = strings(blocksOf(model, 'plan'));
    expect(plan).toEqual(expect.arrayContaining(['Days 1–30', 'Days 31–60', 'Days 61–90']));
    for (const item of result.plan) expect(plan).toContain(item.action);
  });

  it('states the disclaimer and the versions on the methodology page', () => {
    const text = strings(blocksOf(model, 'methodology')).join(' ');
    expect(text).toContain('not legal advice');
    expect(text).toContain('marketing figures');
    expect(text).toContain('as of the dates of their sources');
    expect(text).toContain(result.scoringVersion);
  });

  it('adds the notes as the last section, assessment note first, then in question order', () => {
    expect(model.sections.some((s) => s.id === 'notes')).toBe(false);
    const withNotes = buildReportModel(
      sampleInput({
        notes: {
          'gv-security-owner': 'Our office manager.',
          employees: '  ',
          industry: 'Dental care 🦷',
          assessment: 'Met the CFO on 2 Dec.',
        },
      }),
    );
    expect(withNotes.sections.at(-1)?.id).toBe('notes');
    expect(withNotes.sections.at(-1)?.title).toBe('Appendix: notes');
    const notes = strings(blocksOf(withNotes, 'notes'));
    expect(notes.indexOf('About this assessment')).toBeLessThan(notes.indexOf('Dental care ?'));
    expect(notes).toContain('Met the CFO on 2 Dec.');
    expect(notes).toContain('Our office manager.');
    expect(notes).toContain('Dental care ?');
    expect(notes.indexOf('Dental care ?')).toBeLessThan(notes.indexOf('Our office manager.'));
    expect(strings(withNotes).join(' ')).toContain('appear as “?”');
  });

  it('sets scenario B beside A in the cost section, naming what B changes', () => {
    const base = input;
    const used = base.result.assumptions;
    const b = { ...used, vcisoMonthlyRetainer: used.vcisoMonthlyRetainer + 1_000 };
    const result = assess(clinicAnswers(), {
      config: base.config,
      assumptions: used,
      scenario: b,
    });
    const withB = buildReportModel({ ...base, result });
    const text = strings(blocksOf(withB, 'costs')).join(' ');
    expect(text).toContain('Scenario B differs in: vCISO monthly retainer');
    const table = blocksOf(withB, 'costs').find(
      (blk) => blk.kind === 'table' && blk.caption?.startsWith('Scenario A'),
    );
    const labels = table?.kind === 'table' ? table.rows.map((r) => r.cells[0]) : [];
    expect(labels.slice(0, 2)).toEqual(['Full-time side', 'Recommended engagement']);
    expect(labels.at(-1)).toBe('Difference (full-time – recommended)');
    // B's lines are on the PDF's chart too, as on the page.
    const chart = blocksOf(withB, 'costs').find((blk) => blk.kind === 'cost-chart');
    const roles = chart?.kind === 'cost-chart' ? chart.chart.lines.map((l) => l.role) : [];
    expect(roles).toEqual(expect.arrayContaining(['vciso', 'full-time', 'vciso-b', 'full-time-b']));
    const vciso = result.scenario?.rows.find((r) => r.id === 'vciso');
    expect(vciso?.change).toBeGreaterThan(0);
    expect(text).toContain(`+${formatMoney(vciso?.change ?? 0, base.config)}`);
    expect(strings(blocksOf(model, 'costs')).join(' ')).not.toContain('Scenario B');
  });

  it('makes every string safe for the PDF font, whatever the company name', () => {
    const hostile = buildReportModel(
      sampleInput({ companyName: 'Zoë 😀 株式会社 \u202Eevil) Tj (\\' }),
    );
    expect(hostile.companyName).toBe('Zoë ? ???? ?evil) Tj (\\');
    for (const s of strings(hostile)) for (const c of s) expect(isWinAnsiChar(c)).toBe(true);
  });

  it('uses fixed text, with no placeholder, when nothing was typed', () => {
    const plain = buildReportModel(sampleInput({ companyName: '   ' }));
    expect(plain.cover.company).toBe('Your business');
    for (const s of strings(plain)) expect(s).not.toContain('?');
  });

  it('caps a long name on the cover but keeps it whole for the header', () => {
    const long = 'A'.repeat(300);
    const m = buildReportModel(sampleInput({ companyName: long }));
    expect(Array.from(m.cover.company)).toHaveLength(120);
    expect(m.cover.company.endsWith('…')).toBe(true);
    expect(m.companyName).toBe(long);
  });

  it.each(['2026-02-30', '23/11/2026', '', '2026-13-01'])('rejects the date %j', (date) => {
    expect(() => buildReportModel(sampleInput({ date }))).toThrow(RangeError);
  });

  it('formats in the configured currency and locale', () => {
    const merged = mergeConfig(demoConfig, { locale: 'de-DE', currency: 'EUR' });
    if (!merged.ok) throw new Error('config');
    const m = buildReportModel(sampleInput({ config: merged.value }));
    expect(m.dateLabel).toBe('23. November 2026');
    expect(strings(m).join(' ')).toContain('€');
  });
});

describe('buildReportModel reads the one result it is given', () => {
  const result = markedResult();
  const model = buildReportModel(sampleInput({ result }));
  const shown = result.wholeScores;

  it('prints the result’s whole-number scores, never rounding on its own', () => {
    expect(Math.round(sampleInput().result.readiness.overall)).not.toBe(shown.overall);
    const summary = strings(blocksOf(model, 'summary')).join(' ');
    expect(summary).toContain(`is ${shown.overall} out of 100, a gap of ${shown.gap} points`);
    expect(summary).toContain(`IT-strategy readiness, reported apart, is ${shown.itStrategy}`);
    expect(summary).toContain(`${shown.overall} / 100`);
    expect(model.cover.highlights[0]?.value).toBe(`${shown.overall} out of 100`);
    const readiness = blocksOf(model, 'readiness');
    const table = readiness.find((b) => b.kind === 'table');
    const rows = table?.kind === 'table' ? table.rows.map((r) => r.cells) : [];
    for (const d of scoredDomains(result.readiness)) {
      const row = rows.find((cells) => cells[0] === DOMAIN_INFO[d].label);
      expect(row?.slice(1, 3)).toEqual([`${shown.byDomain[d]}`, `${shown.gapByDomain[d]}`]);
    }
    expect(rows.find((cells) => cells[0] === 'Security readiness')?.slice(1, 3)).toEqual([
      `${shown.overall}`,
      `${shown.gap}`,
    ]);
    const chart = readiness.find((b) => b.kind === 'gap-chart');
    expect(chart?.kind === 'gap-chart' && chart.chart.overall).toBe(shown.overall);
    expect(chart?.kind === 'gap-chart' && chart.chart.bars.map((b) => b.readiness)).toEqual(
      scoredDomains(result.readiness).map((d) => shown.byDomain[d]),
    );
  });

  it('prints the result’s own sources and costs', () => {
    const costs = blocksOf(model, 'costs');
    const tables = costs.filter((b) => b.kind === 'table');
    const assumptions = tables.at(-1);
    const rows = assumptions?.kind === 'table' ? assumptions.rows.map((r) => r.cells) : [];
    expect(rows.length).toBeGreaterThan(0);
    for (const [label, , source] of rows) {
      const key = (Object.keys(result.assumptionSources) as (keyof Assumptions)[]).find(
        (k) => assumptionLabel(k) === label,
      );
      expect(source).toBe(`Marked source of ${key}`);
    }
    const totals = tables[0]?.kind === 'table' ? tables[0].rows.map((r) => r.cells) : [];
    expect(totals[0]?.[1]).toBe(formatMoney(987_654, demoConfig));
  });
});

describe('costInWords', () => {
  const money = (n: number) => formatMoney(n, demoConfig);

  it('says on paper what the page says: the same story sentences, in order', () => {
    const { result } = sampleInput();
    const story = costStory(result.costs, result.assumptions, money);
    expect(costInWords(result, money)).toBe(
      [story.cost, story.comparison, story.crossing].filter(Boolean).join(' '),
    );
  });
});

describe('niceStep', () => {
  it.each([
    [940_266, 250_000],
    [100, 25],
    [0, 1],
    [1, 0.25],
    [3_000_000_000, 1_000_000_000],
  ])('%d → %d', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any valid assessment gives a model with no NaN, Infinity or exponent anywhere.
// ---------------------------------------------------------------------------------------------

function answerFor(q: (typeof questions)[number]): fc.Arbitrary<AnswerValue | undefined> {
  switch (q.kind) {
    case 'number':
      return fc.oneof(
        fc.integer({ min: q.min, max: Math.min(q.max, 2_000) }),
        fc.integer({ min: q.min, max: q.max }),
      );
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'multi':
      return fc.subarray(q.options.map((o) => o.value));
    case 'maturity':
      return fc.constantFrom<AnswerValue | undefined>(0, 1, 2, 3, 4, 'unknown', undefined);
  }
}

const validAnswers: fc.Arbitrary<Answers> = fc.tuple(...questions.map(answerFor)).map((values) => {
  const out: Record<string, AnswerValue> = {};
  questions.forEach((q, i) => {
    const v = values[i];
    if (v !== undefined) out[q.id] = v;
  });
  return out;
});

function field(key: keyof typeof ASSUMPTION_LIMITS): fc.Arbitrary<number> {
  const { min, max, integer } = ASSUMPTION_LIMITS[key];
  return integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

const validAssumptions: fc.Arbitrary<Assumptions> = fc.record({
  horizonMonths: fc.constantFrom(...HORIZONS),
  cisoBaseSalary: field('cisoBaseSalary'),
  benefitsLoad: field('benefitsLoad'),
  recruiterFeeRate: field('recruiterFeeRate'),
  monthsToHire: field('monthsToHire'),
  tenureMonths: field('tenureMonths'),
  annualIncrease: field('annualIncrease'),
  vcisoMonthlyRetainer: field('vcisoMonthlyRetainer'),
  vcisoOnboardingFee: field('vcisoOnboardingFee'),
  onDemandHoursPerMonth: field('onDemandHoursPerMonth'),
  onDemandHourlyRate: field('onDemandHourlyRate'),
  fractionalCioMonthly: field('fractionalCioMonthly'),
  cisoToolingBudget: field('cisoToolingBudget'),
  interimCoverMonthly: field('interimCoverMonthly'),
  cioBaseSalary: field('cioBaseSalary'),
  projectHoursPerMonth: field('projectHoursPerMonth'),
  projectMonths: field('projectMonths'),
  yearlyRefreshHours: field('yearlyRefreshHours'),
  incidentHours: field('incidentHours'),
  compareWithFullTime: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
});

const configs: Config[] = [demoConfig];
for (const patch of [
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'ja-JP', currency: 'JPY' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'en-IN', currency: 'INR' },
]) {
  const merged = mergeConfig(demoConfig, patch);
  if (merged.ok) configs.push(merged.value);
}

describe('buildReportModel: properties', () => {
  it('never shows NaN, Infinity or an exponent, and only WinAnsi text, for any valid assessment', () => {
    fc.assert(
      fc.property(
        validAnswers,
        fc.option(validAssumptions, { nil: undefined }),
        fc.constantFrom(...configs),
        fc.constantFrom('demo' as const, 'configured' as const),
        fc.string({ maxLength: 200, unit: 'binary' }),
        (answers, assumptions, config, source, companyName) => {
          const result = assess(answers, { config, ...(assumptions ? { assumptions } : {}) });
          const model = buildReportModel({
            result,
            config,
            source,
            companyName,
            date: '2026-11-23',
          });
          const all = strings(model);
          expect(all.filter((s) => BAD_NUMBER.test(s))).toEqual([]);
          expect(all.filter((s) => !Array.from(s).every(isWinAnsiChar))).toEqual([]);
          const summary = strings(blocksOf(model, 'summary')).join(' ');
          expect(summary).toContain(result.recommendation.headline);
          const story = costStory(result.costs, result.assumptions, (n) => formatMoney(n, config));
          expect(summary).toContain(toPdfSafeText(story.headline.value));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps the clinic answers valid (the fixture the other tests rely on)', () => {
    expect(() => assess(clinicAnswers())).not.toThrow();
  });
});
