/**
 * The I/O actors the assessment machine names (its children name their own): storage, the lead
 * capture, the results engine and transfer. start-flow.ts provides them (see provideFlow); tests
 * stub them.
 */
import { fromPromise } from 'xstate';
import type { ImportedAssessment } from '../core/handoff';
import type { AssessmentResult, Result } from '../core/types';
import type {
  AssessmentUpdate,
  CapturedLead,
  ComputedResults,
  DuplicateResult,
  DurabilityStatus,
  EarlierAssessment,
  ImportResult,
  ImportSource,
  LibraryEntry,
  LibraryState,
  LoadResult,
  OpenAssessment,
  ResultsInput,
  SaveInput,
  SaveOutput,
  StartupData,
} from './flow-types';
import type { LeadInput } from './lead-delivery';
import { notProvided } from './not-provided';

export const assessmentActors = {
  loadStartup: fromPromise<StartupData>(notProvided('loadStartup')),
  createAssessment: fromPromise<OpenAssessment, { companyName: string }>(
    notProvided('createAssessment'),
  ),
  loadAssessment: fromPromise<LoadResult, { id: string }>(notProvided('loadAssessment')),
  loadEarlier: fromPromise<EarlierAssessment, { id: string }>(notProvided('loadEarlier')),
  saveAssessment: fromPromise<SaveOutput, SaveInput>(notProvided('saveAssessment')),
  duplicateAssessment: fromPromise<DuplicateResult, { id: string }>(
    notProvided('duplicateAssessment'),
  ),
  updateAssessment: fromPromise<LibraryState, AssessmentUpdate>(notProvided('updateAssessment')),
  eraseAll: fromPromise<LibraryState>(notProvided('eraseAll')),
  refreshLibrary: fromPromise<LibraryState>(notProvided('refreshLibrary')),
  requestDurability: fromPromise<DurabilityStatus>(notProvided('requestDurability')),
  captureLead: fromPromise<
    CapturedLead,
    { lead: LeadInput; assessment: OpenAssessment; result: AssessmentResult | null }
  >(notProvided('captureLead')),
  computeResults: fromPromise<ComputedResults, ResultsInput>(notProvided('computeResults')),
  readShare: fromPromise<Result<ImportedAssessment>, { fragment: string }>(
    notProvided('readShare'),
  ),
  importAssessment: fromPromise<
    ImportResult,
    { assessment: ImportedAssessment; source: ImportSource }
  >(notProvided('importAssessment')),
  exportLeads: fromPromise<void, { library: LibraryEntry[] }>(notProvided('exportLeads')),
};
