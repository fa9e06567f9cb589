/**
 * The engine's public contract. Other layers import from here; anything not re-exported is an
 * implementation detail of src/core.
 */
export * from './types';

export {
  CONTENT_VERSION,
  applicableQuestions,
  discoveryQuestions,
  isApplicable,
  questionById,
  questions,
  readinessQuestions,
  readinessSections,
} from './content/questions';
export {
  CIS_CONTROL_NAMES,
  CSF_CATEGORY_NAMES,
  DOMAIN_INFO,
  MATURITY_LABELS,
  UNANSWERED_LABEL,
  UNKNOWN_LABEL,
  labelFor,
} from './content/labels';

export { countAnswered, validateAnswer, validateAnswers, validateDiscovery } from './schema';
export {
  SCORING_VERSION,
  gapFrom,
  scoreReadiness,
  scoredDomains,
  wholeScore,
  wholeScoresOf,
} from './scoring';
export { assumptionSourcesFor } from './assumption-sources';
export {
  MODEL_HEADLINES,
  REGULATION_NAMES,
  findTriggers,
  includesFractionalCio,
  includesVciso,
  recommend,
  type RecommendInput,
} from './recommendation';
export { ITEMS_PER_PHASE, PLAN_PHASES, buildPlan } from './plan';
export { assess, type AssessOptions } from './assess';
export { companyKey } from './company-key';
export {
  compareAssessments,
  isCompleted,
  previousAssessment,
  type AnswerChange,
  type AssessmentCandidate,
  type CompareOptions,
  type ComparedAssessment,
  type ComparedSide,
  type ComparisonScope,
  type FindingChange,
  type LeftOutPractice,
  type LeftOutReason,
  type ProgressComparison,
  type RecommendationChange,
  type ScoreChange,
  type ScoreDirection,
  type VerdictSnapshot,
} from './progress';
export { NOT_ASKED_LABEL, OVERALL_LABEL, PROGRESS_HEADINGS, signedPoints } from './progress-text';
export {
  NOT_ASKED_READING,
  QUICK_CHECK_IDS,
  QUICK_CHECK_LIMIT,
  isQuickComplete,
  quickQuestionIds,
  validateQuickAnswers,
  type NotAskedDiscovery,
  type QuickCheckId,
} from './quick-check';
export {
  QUICK_GAP_COUNT,
  quickResult,
  type QuickGap,
  type QuickOptions,
  type QuickRecommendation,
  type QuickResult,
} from './quick-result';
export { type ConfirmFinding, type QuickAlternative } from './quick-confirm';
export { CISO_BASE_SALARY_RANGE, quickCost, type MoneyRange, type QuickCost } from './quick-cost';
export { CONFIRM_FINDING_IDS, indicativeLabel, type ConfirmSubject } from './quick-check-text';
export { readinessBand, type ReadinessBand, type ScoreRange } from './scoring';

export {
  ASSUMPTION_LIMITS,
  assumptionsFor,
  defaultAssumptionSources,
  defaultAssumptions,
  parseAssumptions,
  retainerTierFor,
  validateAssumptions,
  type AssumptionLimit,
  type AssumptionUnit,
} from './assumptions';
export { computeCosts } from './cost-model';
export { changedAssumptions, compareScenario } from './scenario';
export {
  demoConfig,
  formatMoney,
  mergeConfig,
  paperSizeFor,
  parseConfig,
  repToolsFor,
  WELCOME_LIMITS,
} from './config';
export {
  CONFIG_FILE_NAME,
  configFileText,
  decideStart,
  readConfigFile,
  sameConfig,
  type ServedConfigFile,
  type StartDecision,
} from './config-file';
export { brandPalette, contrastChecks, type ContrastCheck } from './brand-palette';
export { parseNumberInput, type NumberInputResult } from './number-input';
export { csvCell, toCsv } from './csv';
export {
  HANDOFF_FORMAT,
  HANDOFF_VERSION,
  buildHandoffFile,
  parseHandoffFile,
  type HandoffFile,
  type HandoffInput,
  type ImportedAssessment,
} from './handoff';
