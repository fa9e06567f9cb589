/**
 * Random event sequences (fast-check) through the pure `transition()` of the machine: whatever a
 * person, a flaky storage layer or a restored tab throws at it, it never reaches an error state
 * and its invariants hold.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { questions } from '../core/content/questions';
import { validateAnswers } from '../core/schema';
import type { Answers } from '../core/types';
import { defaultAssumptions, validateAssumptions } from '../core/assumptions';
import { assessmentMachine } from './assessment-machine';
import { isPresenting } from './flow-view';
import type { FlowEvent, OpenAssessment } from './flow-types';
import { questionSequence, type SectionId } from './steps';
import { FLOW_EVENT_TYPES, importedNotice, libraryEntry, openAssessment } from './test-fixtures';
import { waitingEvents, type GraphPass } from './test-graph';

type Snap = SnapshotFrom<typeof assessmentMachine>;

const entry = libraryEntry({ id: 'fuzz', companyName: 'Fuzz Co' });
const library = {
  library: [entry, { ...entry, id: 'other' }],
  deleted: [],
  notices: [],
  mode: { kind: 'persistent' as const },
};
const opened = (answers: Record<string, unknown> = {}): OpenAssessment =>
  openAssessment({ id: 'fuzz', companyName: 'Fuzz Co', answers: answers as Answers });

const imported = {
  companyName: 'Imported Co',
  createdAt: '2026-11-23T10:00:00.000Z',
  answers: { employees: 12 },
  notes: {},
  assumptions: null,
  contentVersion: '2026.01.1',
  dropped: [],
  changed: [],
  added: 0,
};
/** What each actor may answer, by its src. */
const outputs: GraphPass['outputs'] = {
  computeResults: (input) => [{ input, outcome: { kind: 'error', message: 'x' } }],
  readShare: [{ ok: true, value: imported }],
  importAssessment: [
    {
      assessment: { ...opened({ employees: 12 }), cursor: { step: 'review' } },
      notice: importedNotice(),
    },
  ],
  exportLeads: [undefined],
  loadStartup: [{ ...library, last: null }],
  createAssessment: [opened()],
  loadAssessment: [{ assessment: opened({ employees: 9 }), notice: null }],
  duplicateAssessment: [{ state: library, copy: null }],
  updateAssessment: [library],
  markDeleted: [{ state: library, marked: entry }],
  eraseDeleted: [library],
  restoreDeleted: [library],
  requestDurability: ['refused'],
  eraseAll: [library],
  refreshLibrary: [library],
  saveAssessment: [
    { mode: { kind: 'memory', reason: 'Quota exceeded' } },
    // Another tab saved over it (this tab goes on as a copy) or deleted it (closed here).
    {
      mode: { kind: 'persistent' },
      conflict: {
        kind: 'changed',
        id: 'fuzz',
        companyName: 'Fuzz Co',
        copy: { id: 'fuzz-copy', companyName: 'Fuzz Co (copy)', createdAt: '2026-11-23T11:00:00Z' },
      },
    },
    {
      mode: { kind: 'persistent' },
      conflict: { kind: 'deleted', id: 'fuzz', companyName: 'Fuzz Co' },
    },
  ],
};
/** An actor settling (done or failed, with one of its outputs). */
const settling = { events: [], outputs };
/** A timer running out: the save's delay or the undo window. */
const timers = { events: [], outputs: {}, delays: ['saveDelay', 'undoWindow'] };

const anyValue = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 'unknown', 40, -1, 1.5, Number.NaN, 1e6, 2e6),
  fc.constantFrom('healthcare', 'msp', 'none', 'bogus', ''),
  fc.constantFrom([], ['hipaa'], ['hipaa', 'hipaa'], ['erp', 'cloud-migration'], ['nope']),
);
const questionIds = [...questions.map((q) => q.id), 'no-such-question'];
const sections: SectionId[] = ['discovery', 'govern', 'protect', 'it-strategy'];

/** A step: either a person's event or the completion of whatever the machine waits on. */
const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('user' as const), event: userEvent() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('settle' as const), pick: fc.nat({ max: 5 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'timer' as const }) },
);

function userEvent(): fc.Arbitrary<FlowEvent> {
  return fc.oneof(
    fc.record({
      type: fc.constant('answer.set' as const),
      questionId: fc.constantFrom(...questionIds),
      value: anyValue as fc.Arbitrary<never>,
    }),
    fc.record({
      type: fc.constant('answer.clear' as const),
      questionId: fc.constantFrom(...questionIds),
    }),
    fc.record({
      type: fc.constant('note.set' as const),
      questionId: fc.constantFrom(...questionIds),
      text: fc.oneof(fc.string(), fc.constant('x'.repeat(10_001))),
    }),
    fc.constantFrom<FlowEvent>(
      { type: 'assessment.start', companyName: '  <b>Acme</b> ' },
      { type: 'assessment.resume', id: 'fuzz' },
      { type: 'assessment.delete', id: 'fuzz' },
      { type: 'assessment.duplicate', id: 'fuzz' },
      { type: 'assessment.rename', id: 'fuzz', companyName: 'From the library' },
      { type: 'note.set', questionId: 'assessment', text: 'Library note', assessmentId: 'fuzz' },
      { type: 'deletion.undo' },
      { type: 'assessment.close' },
      { type: 'assessment.rename', companyName: 'R'.repeat(500) },
      { type: 'data.eraseAll' },
      { type: 'assessment.deletedElsewhere', id: 'fuzz' },
      { type: 'step.next' },
      { type: 'step.back' },
      { type: 'review.open' },
      { type: 'results.open' },
      { type: 'notice.dismiss' },
      { type: 'assumptions.set', assumptions: null },
      { type: 'assumptions.set', assumptions: defaultAssumptions },
      { type: 'assumptions.set', assumptions: { ...defaultAssumptions, cisoBaseSalary: -1 } },
      { type: 'scenario.set', assumptions: null },
      { type: 'scenario.set', assumptions: defaultAssumptions },
      { type: 'scenario.set', assumptions: { ...defaultAssumptions, tenureMonths: 0 } },
      { type: 'presenter.toggle' },
      { type: 'presenter.next' },
      { type: 'presenter.previous' },
      { type: 'presenter.last' },
      { type: 'presenter.exit' },
      { type: 'assessment.import', assessment: imported },
      { type: 'assessment.import', assessment: { ...imported, answers: { employees: 'many' } } },
      { type: 'assessment.import', assessment: null as never },
      { type: 'shared.save' },
      { type: 'shared.close' },
      { type: 'leads.export' },
    ),
    fc.record({
      type: fc.constant('section.goto' as const),
      section: fc.constantFrom(...sections),
    }),
    fc.record({
      type: fc.constant('question.goto' as const),
      questionId: fc.constantFrom(...questionIds),
    }),
  );
}

function invariants(s: Snap): void {
  expect(s.status).not.toBe('error');
  const main = (s.value as { main: unknown }).main;
  const isOpen = typeof main === 'object' && main !== null && 'open' in main;
  if (isOpen) expect(s.context.current).not.toBeNull();
  // A share link's results are read-only: shown from `shared`, never as an open assessment.
  if (main === 'shared') expect(s.context.shared).not.toBeNull();
  const current = s.context.current;
  if (!current) return;
  // Only valid answers are ever held.
  expect(validateAnswers(current.answers).ok).toBe(true);
  expect(current.companyName.length).toBeLessThanOrEqual(200);
  for (const note of Object.values(current.notes)) expect(note.length).toBeLessThanOrEqual(10_000);
  // Scenario B is none or valid assumptions, never half-valid.
  if (current.scenario !== null) expect(validateAssumptions(current.scenario).ok).toBe(true);
  // Presenter mode is only ever on while the full results are shown.
  if (isPresenting(s)) {
    expect(s.matches({ main: { open: { results: 'full' } } })).toBe(true);
  }
  // In the questionnaire, the cursor names a question that exists.
  if (isOpen && (main as { open: string }).open === 'questionnaire') {
    expect(current.cursor?.step).toBe('question');
    const id = current.cursor?.step === 'question' ? current.cursor.questionId : '';
    expect(questions.some((q) => q.id === id)).toBe(true);
  }
  if (isOpen && (main as { open: string }).open === 'results') {
    // Results are only ever shown with every discovery answer given.
    const seq = questionSequence(current.answers);
    const discovery = questions.filter((q) => q.section === 'discovery').map((q) => q.id);
    for (const id of discovery) if (seq.includes(id)) expect(current.answers[id]).toBeDefined();
  }
}

describe('random event sequences', { timeout: 60_000 }, () => {
  it('never reach an error state or break an invariant (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.boolean(), (steps, link) => {
        // Half the runs open from a share link with prefill in the address.
        let [s] = initialTransition(
          assessmentMachine,
          link ? { share: '#share=x', prefill: { employees: 30 } } : undefined,
        );
        invariants(s);
        for (const st of steps) {
          let event: FlowEvent | null = null;
          if (st.kind === 'user') event = st.event;
          else {
            const waiting = waitingEvents(
              s,
              st.kind === 'timer' ? timers : settling,
              FLOW_EVENT_TYPES,
            );
            const pick = st.kind === 'timer' ? 0 : st.pick;
            event = (waiting[pick % Math.max(1, waiting.length)] as FlowEvent | undefined) ?? null;
          }
          if (!event) continue;
          [s] = transition(assessmentMachine, s, event);
          invariants(s);
        }
      }),
      { numRuns: 1000 },
    );
    // A thousand runs take several seconds on a loaded two-core machine.
  }, 60_000);
});
