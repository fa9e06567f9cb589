/**
 * The report model: one AssessmentResult (the same object the results page shows) turned into
 * worded, formatted sections. Pure: no jsPDF, no DOM, no clock; the date comes in as text.
 * It reads the result's scores, assumptions, sources and costs; it works none of them out again.
 */
import { costStory } from '../core/cost-story';
import { formatMoney } from '../core/locale-format';
import { methodologySection, notesSection } from './appendix-sections';
import { costSection } from './cost-section';
import { FOOTER_NOTE } from './methodology-text';
import { capLength, hasUnsupportedCharacters, singleLine, toPdfSafeText } from './pdf-text';
import { planSection } from './plan-section';
import { progressSection } from './progress-section';
import { recommendationSection } from './recommendation-section';
import type { ReportInput, SectionContext } from './report-input';
import type { ReportModel, ReportSection } from './report-types';
import { contactTarget, isoToLabel } from './report-words';
import { readinessSection, summarySection } from './score-sections';

export type { ReportInput } from './report-input';

export const REPORT_TITLE = 'Security leadership readiness report';
/** On the cover of a report made without an MSP's configuration. */
export const DEMO_NOTE = 'Demo: example prices and contact of a fictional company';
/** The cover shows at most this many characters of the company name. */
export const COVER_NAME_MAX = 120;
const NO_COMPANY = 'Your business';
/** The summary's sentences use at most this many characters of the company name. */
const PROSE_NAME_MAX = 80;

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
  const story = costStory(result.costs, result.assumptions, money);
  // In running prose a 200-character name drowns the sentence; the cover and header show it.
  const ctx: SectionContext = { input, company: capLength(company, PROSE_NAME_MAX), money, story };
  const dateLabel = isoToLabel(input.date, config.locale);
  const rec = result.recommendation;

  const sections = [
    summarySection(ctx),
    readinessSection(ctx),
    input.progress ? progressSection(input.progress, config.locale) : null,
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
        { label: 'Security readiness', value: `${result.wholeScores.overall} out of 100` },
        { label: 'Recommended', value: rec.headline },
        story.headline,
      ],
      contact: `${config.contact.label}: ${contactTarget(config.contact.url)}`,
      contactUrl: config.contact.url,
      demoNote: input.source === 'demo' ? DEMO_NOTE : null,
    },
    sections,
    footerNote: FOOTER_NOTE,
  });
}
