/**
 * What the flow's tests share: a finished discovery, library entries and states, an open
 * assessment, a lead receipt and a lead form, and the machine over in-memory fakes.
 */
import { fromPromise, type ActorRefFrom } from 'xstate';
import { demoConfig } from '../core/config';
import type { Answers, AssessmentResult } from '../core/types';
import { provideFlow, type FlowIo } from './provide-flow';
import type {
  CapturedLead,
  DeliveryResult,
  DuplicateResult,
  FlowEvent,
  LeadReceipt,
  LibraryEntry,
  LibraryState,
  LoadResult,
  MarkDeletedResult,
  OpenAssessment,
  DurabilityStatus,
  EarlierAssessment,
  SaveInput,
  StartupData,
  StorageMode,
} from './flow-types';
import type { LeadInput } from './lead-delivery';
import type { leadDeliveryMachine } from './lead-delivery-machine';
import type { undoDeletionMachine } from './undo-deletion-machine';
import type { Notice } from './notices';
import { createResultsActor } from './results-actor';

/** Every discovery question answered: the results can open. */
export const discovery: Answers = {
  employees: 40,
  industry: 'healthcare',
  regulations: ['hipaa'],
  customerDemands: 'questionnaires',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'it-generalist',
  initiatives: [],
  dedicatedMandate: 'no',
};

export const emptyLibrary: LibraryState = {
  library: [],
  deleted: [],
  notices: [],
  mode: { kind: 'persistent' },
};

export function libraryEntry(partial: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id: 'a1',
    companyName: 'Acme Dental',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:30:00.000Z',
    progress: { answered: 10, total: 44 },
    scoreSummary: null,
    note: '',
    ...partial,
  };
}

export const oneInLibrary: LibraryState = { ...emptyLibrary, library: [libraryEntry()] };
export const twoInLibrary: LibraryState = {
  ...emptyLibrary,
  library: [libraryEntry(), libraryEntry({ id: 'a2', companyName: 'Beta Law' })],
};

export function openAssessment(partial: Partial<OpenAssessment> = {}): OpenAssessment {
  return {
    id: 'a1',
    companyName: 'Acme Dental',
    createdAt: '2026-11-23T10:00:00.000Z',
    answers: {},
    notes: {},
    assumptions: null,
    scenario: null,
    cursor: null,
    ...partial,
  };
}

export const receipt = (partial: Partial<LeadReceipt> = {}): LeadReceipt => ({
  leadId: 'lead-1',
  assessmentId: 'a1',
  createdAt: '2026-11-23T10:05:00.000Z',
  status: 'pending',
  attempts: 0,
  ...partial,
});

/** A lead form as a person fills it (valid, consent given, well over the bot threshold). */
export const leadForm = (partial: Partial<LeadInput> = {}): LeadInput => ({
  leadId: 'lead-1',
  name: 'Dana Reyes',
  email: 'dana@acme.example',
  company: 'Acme Dental',
  phone: '',
  consent: true,
  honeypot: '',
  fillMs: 9_000,
  ...partial,
});

/** The machine over in-memory fakes that record every save; `io` replaces some of them. */
export function fakeMachine(startup: Partial<StartupData> = {}, io: Partial<FlowIo> = {}) {
  const saves: OpenAssessment[] = [];
  const machine = provideFlow({
    loadLeads: fromPromise(async () => [] as LeadReceipt[]),
    captureLead: fromPromise<
      CapturedLead,
      { lead: LeadInput; assessment: OpenAssessment; result: AssessmentResult | null }
    >(async ({ input }) => ({
      receipt: receipt({ leadId: input.lead.leadId, assessmentId: input.assessment.id }),
      contact: { name: 'x', email: 'x@y.z', company: 'c', phone: null },
    })),
    deliverLead: fromPromise<DeliveryResult, { leadId: string }>(async ({ input }) => ({
      leadId: input.leadId,
      outcome: 'sent',
      attempts: 0,
    })),
    eraseLeads: fromPromise<void>(async () => {}),
    loadStartup: fromPromise(async () => ({ ...emptyLibrary, last: null, ...startup })),
    createAssessment: fromPromise(async ({ input }: { input: { companyName: string } }) =>
      openAssessment({ companyName: input.companyName }),
    ),
    loadAssessment: fromPromise<LoadResult, { id: string }>(async () => ({
      assessment: openAssessment({ answers: discovery, cursor: { step: 'review' } }),
      notice: null,
    })),
    saveAssessment: fromPromise<{ mode: StorageMode }, SaveInput>(async ({ input }) => {
      saves.push(structuredClone(input.assessment));
      return { mode: { kind: 'persistent' } };
    }),
    duplicateAssessment: fromPromise<DuplicateResult, { id: string }>(async () => ({
      state: emptyLibrary,
      copy: null,
    })),
    updateAssessment: fromPromise(async () => emptyLibrary),
    markDeleted: fromPromise<MarkDeletedResult, { id: string }>(async () => ({
      state: emptyLibrary,
      marked: null,
    })),
    eraseDeleted: fromPromise(async () => emptyLibrary),
    restoreDeleted: fromPromise(async () => emptyLibrary),
    requestDurability: fromPromise<DurabilityStatus>(async () => 'granted'),
    eraseAll: fromPromise(async () => emptyLibrary),
    refreshLibrary: fromPromise(async () => emptyLibrary),
    computeResults: createResultsActor(demoConfig),
    loadEarlier: fromPromise<EarlierAssessment, { id: string }>(async () => {
      throw new Error('not on this device');
    }),
    ...io,
  });
  return { machine, saves };
}

/** Every event type the machine declares; the type checker keeps the list complete. */
const flowEventTypes: Record<FlowEvent['type'], true> = {
  'assessment.start': true,
  'assessment.resume': true,
  'assessment.delete': true,
  'assessment.duplicate': true,
  'deletion.undo': true,
  'deletion.hold': true,
  'deletion.release': true,
  'deletion.extend': true,
  'assessment.close': true,
  'assessment.rename': true,
  'data.eraseAll': true,
  'answer.set': true,
  'answer.clear': true,
  'note.set': true,
  'step.next': true,
  'step.back': true,
  'section.goto': true,
  'question.goto': true,
  'review.open': true,
  'results.open': true,
  'assumptions.set': true,
  'scenario.set': true,
  'presenter.toggle': true,
  'presenter.next': true,
  'presenter.previous': true,
  'presenter.first': true,
  'presenter.last': true,
  'presenter.exit': true,
  'notice.dismiss': true,
  'lead.submit': true,
  'network.online': true,
  'report.downloaded': true,
  'compare.previous': true,
  'compare.with': true,
  'compare.close': true,
  'data.changed': true,
  'assessment.import': true,
  'shared.save': true,
  'shared.close': true,
  'leads.export': true,
  'assessment.deletedElsewhere': true,
  'leads.changed': true,
  'library.changed': true,
  'deletions.changed': true,
  'notice.add': true,
};
export const FLOW_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(flowEventTypes));

/** The notice after importing a file of this question bank with nothing left out. */
export const importedNotice = (id = 'new-1'): Notice => ({
  kind: 'imported',
  id,
  source: 'file',
  companyName: 'Acme Dental',
  versions: null,
  dropped: [],
  changed: [],
  added: 0,
  olderAssumptions: false,
});

type WithChildren = { children: Record<string, unknown> };

/** Lead delivery's snapshot (a child machine of the assessment machine). */
export const deliveryOf = (snapshot: WithChildren) =>
  (snapshot.children['leadDelivery'] as ActorRefFrom<typeof leadDeliveryMachine>).getSnapshot();

/** The undo-deletion child's snapshot. */
export const deletionOf = (snapshot: WithChildren) =>
  (snapshot.children['undoDeletion'] as ActorRefFrom<typeof undoDeletionMachine>).getSnapshot();
