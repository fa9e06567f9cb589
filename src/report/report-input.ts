/** What the report is built from, and what every section builder is handed. */
import type { CostStory } from '../core/cost-story';
import type { ProgressComparison } from '../core/progress';
import type { AssessmentResult, Config, ConfigSource } from '../core/types';

/**
 * The report's input: one AssessmentResult, the same object the results page shows. The report
 * reads its scores, assumptions, their sources and its costs, and works none of them out again.
 */
export interface ReportInput {
  result: AssessmentResult;
  config: Config;
  /** 'demo' without an MSP's configuration: the cover says the prices and contact are examples. */
  source: ConfigSource;
  /** As typed by the prospect; made PDF-safe here. */
  companyName: string;
  /** The report's date as YYYY-MM-DD (the caller owns the clock). */
  date: string;
  /** Notes by question id (and 'assessment'), when the user chose to include them: an appendix. */
  notes?: Readonly<Record<string, string>>;
  /** The comparison with an earlier assessment of the same company, when the rep made one. */
  progress?: ProgressComparison;
}

/** What each section builder reads: the input, the name for prose, money and the cost story. */
export interface SectionContext {
  input: ReportInput;
  /** The company name capped for running prose. */
  company: string;
  money: (amount: number) => string;
  /** The cost comparison in the page's own words (core's costStory), worded once. */
  story: CostStory;
}
