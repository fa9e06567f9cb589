/**
 * Moving assessments between devices, as parts of the assessment machine's chart: a share link's
 * read-only results (read, shown, kept as a copy), a hand-off file imported from the welcome
 * screen, and the leads CSV. assessment-machine.ts puts them in place.
 */
import { and } from 'xstate';
import type { ImportedAssessment } from '../core/handoff';
import { assessmentSetup } from './assessment-setup';
import type { ImportRefused } from './flow-types';

/** Reading the share link the page opened with. */
export const openingShared = assessmentSetup.createStateConfig({
  invoke: {
    src: 'readShare',
    input: ({ context }) => ({ fragment: context.shareLink ?? '' }),
    onDone: [
      {
        guard: ({ event }) => event.output.ok,
        target: 'shared',
        actions: {
          type: 'adoptShared',
          params: ({ event }) => ({
            shared: (event.output as { value: ImportedAssessment }).value,
          }),
        },
      },
      {
        target: 'welcome',
        actions: [
          'forgetShared',
          {
            type: 'addNotice',
            params: ({ event }) => ({
              kind: 'share-invalid',
              issues: event.output.ok ? [] : event.output.issues.map((i) => ({ ...i })),
            }),
          },
        ],
      },
    ],
    onError: {
      target: 'welcome',
      actions: [
        'forgetShared',
        { type: 'addNotice', params: { kind: 'share-invalid', issues: null } },
      ],
    },
  },
});

// A share link's results, read-only: no answer is changed and nothing is saved.
export const shared = assessmentSetup.createStateConfig({
  tags: 'shared',
  on: {
    'shared.save': 'importing',
    'shared.close': { target: 'welcome', actions: 'forgetShared' },
  },
});

/** A hand-off file, or the shared assessment, kept as a new assessment. */
export const importing = assessmentSetup.createStateConfig({
  // The last import's outcome is replaced by this one's, never left to linger.
  entry: 'forgetImportNotices',
  invoke: {
    src: 'importAssessment',
    input: ({ context, event }) =>
      event.type === 'assessment.import'
        ? { assessment: event.assessment, source: 'file' as const }
        : { assessment: context.shared!, source: 'link' as const },
    onDone: {
      target: 'resuming',
      actions: [
        'forgetShared',
        {
          type: 'openAssessment',
          params: ({ event }) => ({ assessment: event.output.assessment, resumed: false }),
        },
        { type: 'addNotice', params: ({ event }) => event.output.notice },
      ],
    },
    onError: [
      {
        // The file is the problem, not the device: say so where the import started.
        guard: and(['importRefused', 'hasShared']),
        target: 'shared',
        actions: {
          type: 'addNotice',
          params: ({ event }) => (event.error as ImportRefused).notice,
        },
      },
      {
        guard: 'importRefused',
        target: 'welcome',
        actions: {
          type: 'addNotice',
          params: ({ event }) => (event.error as ImportRefused).notice,
        },
      },
      {
        guard: 'hasShared',
        target: 'shared',
        actions: { type: 'addNotice', params: { kind: 'import-failed', source: 'link' } },
      },
      {
        target: 'welcome',
        actions: { type: 'addNotice', params: { kind: 'import-failed', source: 'file' } },
      },
    ],
  },
});

/** The leads CSV (a region of its own). */
export const leadsExport = assessmentSetup.createStateConfig({
  // The leads CSV is written beside the flow, so the screen stays where it is meanwhile.
  initial: 'idle',
  states: {
    idle: { on: { 'leads.export': { guard: 'hasLeads', target: 'exporting' } } },
    exporting: {
      invoke: {
        src: 'exportLeads',
        input: ({ context }) => ({ library: context.library }),
        onDone: 'idle',
        onError: {
          target: 'idle',
          actions: { type: 'addNotice', params: { kind: 'export-failed' } },
        },
      },
    },
  },
});
