/**
 * The report as data: everything the PDF shows, already worded and formatted, so the renderer
 * only places it. Built by buildReportModel (report-model.ts) from one AssessmentResult.
 */

/**
 * How a paragraph reads: ordinary, larger lead text, a large bold headline, a bold label,
 * quieter, or fine print.
 */
export type TextStyle = 'body' | 'lead' | 'headline' | 'strong' | 'muted' | 'small';

/** One list item; `note` is a quieter second line (a source, a why). */
export interface ListItem {
  text: string;
  note?: string;
}

export interface TableColumn {
  label: string;
  /** Relative width; the columns share the text width in these proportions. */
  width: number;
  align: 'left' | 'right';
}

export interface TableRow {
  cells: string[];
  /** A total or a conclusion: drawn in bold. */
  emphasis?: boolean;
}

/** One function's bar: readiness filled, the gap left as an empty track. */
export interface GapBar {
  label: string;
  /** Whole-number readiness 0–100. */
  readiness: number;
  /** The number printed beside the bar. */
  valueLabel: string;
}

export interface GapChart {
  /** A sentence that says what the chart shows, for readers who cannot see it. */
  description: string;
  bars: GapBar[];
  /** The overall score, drawn as a marker line. */
  overall: number;
  overallLabel: string;
}

/** A line's part: the recommended engagement, the full-time hire, and scenario B's of each. */
export type CostRole = 'full-time' | 'vciso' | 'full-time-b' | 'vciso-b';

export interface CostLine {
  role: CostRole;
  label: string;
  /** Cumulative spend at the end of each month; index 0 = month 0. */
  cumulative: number[];
}

export interface AxisTick {
  value: number;
  label: string;
}

export interface CostChart {
  description: string;
  horizonMonths: number;
  lines: CostLine[];
  /** Top of the money axis: a round number at or above every line. */
  yMax: number;
  yTicks: AxisTick[];
  xTicks: AxisTick[];
  /** Every month where the lines cross, marked on the chart; empty when they never do. */
  crossings: number[];
}

export type Block =
  | { kind: 'heading'; text: string }
  | {
      kind: 'paragraph';
      text: string;
      style?: TextStyle;
      keepWithNext?: boolean;
      /** A live link over the paragraph (the MSP's contact, from the validated config). */
      link?: string;
    }
  | { kind: 'list'; items: ListItem[]; marker: 'bullet' | 'warning' }
  | { kind: 'table'; caption?: string; columns: TableColumn[]; rows: TableRow[] }
  | { kind: 'figures'; items: { label: string; value: string }[] }
  | { kind: 'gap-chart'; chart: GapChart }
  | { kind: 'cost-chart'; chart: CostChart };

export interface ReportSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportCover {
  /** "Prepared by …": the MSP's brand name. */
  preparedBy: string;
  title: string;
  /** The prospect's company name, capped for the cover with an ellipsis. */
  company: string;
  dateLabel: string;
  /** Key facts shown on the cover: security readiness, the recommendation, the cost headline. */
  highlights: { label: string; value: string }[];
  /** The MSP's call to action (validated config), shown as text. */
  contact: string;
  /** Where the call to action leads (validated config: https or mailto), as a live link. */
  contactUrl: string;
  /** Without an MSP's configuration: says the prices and contact are the demo's examples. */
  demoNote: string | null;
}

export interface ReportModel {
  brand: { name: string; primaryColor: string; accentColor: string };
  /** The document title, also used in the page footer. */
  title: string;
  /** The prospect's company name as typed (PDF-safe), for the page header. */
  companyName: string;
  isoDate: string;
  dateLabel: string;
  cover: ReportCover;
  sections: ReportSection[];
  /** Fine print on every page's footer. */
  footerNote: string;
}
