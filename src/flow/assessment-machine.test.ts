import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createActor,
  fromPromise,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
  type SnapshotFrom,
} from 'xstate';
import { assessmentMachine, SAVE_DELAY_MS } from './assessment-machine';
import { isPresenting, presenterStepOf } from './flow-view';
import { presenterStepsFor } from './presenter-steps';
import { defaultAssumptions } from '../core/assumptions';
import { demoConfig } from '../core/config';
import { computeOutcome } from '../core/outcome';
import type { FlowEvent, OpenAssessment, StartupData, StorageMode } from './flow-types';
import { nextPendingLead } from './lead-delivery';
import { discoveryComplete, questionSequence } from './steps';
import {
  activeIds,
  declaredTransitions,
  leafIds,
  takenTransitions,
  walk,
  type GraphPass,
} from './test-graph';
import {
  discovery,
  emptyLibrary,
  fakeMachine,
  FLOW_EVENT_TYPES,
  leadForm,
  libraryEntry,
  oneInLibrary,
  openAssessment,
  receipt,
  twoInLibrary,
  importedNotice,
} from './test-fixtures';

async function started(startup: Partial<StartupData> = {}) {
  const { machine, saves } = fakeMachine(startup);
  const actor = createActor(machine).start();
  await vi.advanceTimersByTimeAsync(0);
  return { actor, saves };
}

describe('the guided flow', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  async function flush() {
    await vi.advanceTimersByTimeAsync(0);
  }

  it('keeps a Start pressed while the library loads, and starts that assessment once ready', async () => {
    const { machine } = fakeMachine({ last: openAssessment({ companyName: 'Last Time' }) });
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().matches({ main: 'booting' })).toBe(true);
    actor.send({ type: 'assessment.start', companyName: 'Early Bird' });
    await flush();
    await flush();
    const snap = actor.getSnapshot();
    expect(snap.matches({ main: { open: 'questionnaire' } })).toBe(true);
    // The new one, not the assessment that was open last time.
    expect(snap.context.current?.companyName).toBe('Early Bird');
    expect(snap.context.pendingStart).toBeNull();
  });

  it('says once that saving failed, however often it fails (the notice is read out once)', async () => {
    const { machine } = fakeMachine();
    const failing = machine.provide({
      actors: {
        saveAssessment: fromPromise<{ mode: StorageMode }, { assessment: OpenAssessment }>(
          async () => {
            throw new Error('QuotaExceededError');
          },
        ),
      },
    });
    const actor = createActor(failing).start();
    await flush();
    actor.send({ type: 'assessment.start', companyName: 'Full Disk' });
    await flush();
    for (const employees of [5, 6, 7]) {
      actor.send({ type: 'answer.set', questionId: 'employees', value: employees });
      await vi.advanceTimersByTimeAsync(5_000);
    }
    const kinds = actor.getSnapshot().context.notices.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'save-failed')).toHaveLength(1);
  });

  it('replays a Start pressed while loading even when the library cannot be read', async () => {
    const { machine } = fakeMachine();
    const failing = machine.provide({
      actors: {
        loadStartup: fromPromise<StartupData>(async () => {
          throw new Error('IndexedDB refused');
        }),
      },
    });
    const actor = createActor(failing).start();
    actor.send({ type: 'assessment.start', companyName: 'Offline Co' });
    await flush();
    await flush();
    expect(actor.getSnapshot().context.current?.companyName).toBe('Offline Co');
    expect(actor.getSnapshot().context.notices.map((n) => n.kind)).toContain('unavailable');
  });

  it('without an early Start, resumes the assessment open last time', async () => {
    const { actor } = await started({ last: openAssessment({ companyName: 'Last Time' }) });
    await flush();
    expect(actor.getSnapshot().context.current?.companyName).toBe('Last Time');
  });

  it('goes welcome → discovery → readiness → review → results', async () => {
    const { actor } = await started();
    await flush();
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
    actor.send({ type: 'assessment.start', companyName: '  Acme Dental  ' });
    await flush();
    const snap = actor.getSnapshot();
    expect(snap.matches({ main: { open: 'questionnaire' } })).toBe(true);
    expect(snap.context.current?.companyName).toBe('Acme Dental');
    expect(snap.context.current?.cursor).toEqual({ step: 'question', questionId: 'employees' });

    for (const [id, value] of Object.entries(discovery)) {
      actor.send({ type: 'answer.set', questionId: id, value: value! });
      actor.send({ type: 'step.next' });
    }
    const afterDiscovery = actor.getSnapshot().context.current?.cursor;
    expect(afterDiscovery?.step).toBe('question');
    const readinessIds = questionSequence(discovery).slice(Object.keys(discovery).length);
    expect(afterDiscovery).toEqual({ step: 'question', questionId: readinessIds[0] });

    // Readiness may be skipped; the last next leads to the review.
    for (let i = 0; i < readinessIds.length; i++) actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().matches({ main: { open: 'review' } })).toBe(true);
    actor.send({ type: 'results.open' });
    expect(actor.getSnapshot().matches({ main: { open: 'results' } })).toBe(true);
    expect(actor.getSnapshot().context.current?.cursor).toEqual({ step: 'results' });
  });

  it('will not leave a required question unanswered, and ignores invalid answers', async () => {
    const { actor } = await started();
    actor.send({ type: 'assessment.start', companyName: '' });
    await flush();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.current?.cursor).toEqual({
      step: 'question',
      questionId: 'employees',
    });
    for (const bad of [0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, Number('1e309'), 'ten']) {
      actor.send({ type: 'answer.set', questionId: 'employees', value: bad });
    }
    expect(actor.getSnapshot().context.current?.answers.employees).toBeUndefined();
    actor.send({ type: 'answer.set', questionId: 'employees', value: 12 });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.current?.cursor).toEqual({
      step: 'question',
      questionId: 'industry',
    });
  });

  it('results need discovery: opening them early goes to the first missing answer', async () => {
    const { actor } = await started();
    actor.send({ type: 'assessment.start', companyName: 'X' });
    await flush();
    actor.send({ type: 'answer.set', questionId: 'employees', value: 12 });
    actor.send({ type: 'review.open' });
    actor.send({ type: 'results.open' });
    const snap = actor.getSnapshot();
    expect(snap.matches({ main: { open: 'questionnaire' } })).toBe(true);
    expect(snap.context.current?.cursor).toEqual({ step: 'question', questionId: 'industry' });
  });

  it('writes every change within 300 ms, once per burst, without being asked', async () => {
    const { actor, saves } = await started();
    actor.send({ type: 'assessment.start', companyName: 'Saver' });
    await flush();
    await vi.advanceTimersByTimeAsync(300);
    const before = saves.length;
    actor.send({ type: 'answer.set', questionId: 'employees', value: 41 });
    actor.send({ type: 'note.set', questionId: 'employees', text: 'Includes 6 contractors' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(saves.length).toBe(before);
    await vi.advanceTimersByTimeAsync(300 - SAVE_DELAY_MS);
    expect(saves.length).toBe(before + 1);
    const last = saves.at(-1)!;
    expect(last.answers.employees).toBe(41);
    expect(last.notes.employees).toBe('Includes 6 contractors');
    expect(actor.getSnapshot().matches({ autosave: 'idle' })).toBe(true);
  });

  it('a steady stream of typing is still written every SAVE_DELAY_MS', async () => {
    const { actor, saves } = await started();
    actor.send({ type: 'assessment.start', companyName: 'Typist' });
    await flush();
    await vi.advanceTimersByTimeAsync(300);
    const before = saves.length;
    for (let i = 1; i <= 20; i++) {
      actor.send({ type: 'note.set', questionId: 'employees', text: 'x'.repeat(i) });
      await vi.advanceTimersByTimeAsync(50);
    }
    // 1 s of typing: the first write comes ≤ SAVE_DELAY_MS after the first key, and so on.
    expect(saves.length - before).toBeGreaterThanOrEqual(Math.floor(1000 / (SAVE_DELAY_MS + 50)));
    await vi.advanceTimersByTimeAsync(300);
    expect(saves.at(-1)?.notes.employees).toBe('x'.repeat(20));
  });

  it('closing flushes the open assessment before showing the list', async () => {
    const { actor, saves } = await started();
    actor.send({ type: 'assessment.start', companyName: 'Closer' });
    await flush();
    actor.send({ type: 'answer.set', questionId: 'employees', value: 77 });
    actor.send({ type: 'assessment.close' });
    await flush();
    expect(saves.some((s) => s.answers.employees === 77)).toBe(true);
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
    expect(actor.getSnapshot().context.current).toBeNull();
  });

  it('erasing cancels a waiting write, so nothing is written back afterwards', async () => {
    const { actor, saves } = await started();
    actor.send({ type: 'assessment.start', companyName: 'Eraser' });
    await flush();
    await vi.advanceTimersByTimeAsync(300);
    const before = saves.length;
    actor.send({ type: 'answer.set', questionId: 'employees', value: 5 });
    actor.send({ type: 'data.eraseAll' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.length).toBe(before);
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
  });

  it('lands back where the prospect left off', async () => {
    const last = openAssessment({
      answers: { employees: 12 },
      cursor: { step: 'question', questionId: 'industry' },
    });
    const { actor } = await started({ last });
    await flush();
    const snap = actor.getSnapshot();
    expect(snap.matches({ main: { open: 'questionnaire' } })).toBe(true);
    expect(snap.context.current?.cursor).toEqual({ step: 'question', questionId: 'industry' });
    expect(snap.context.resumedFrom).toBe('a1');
  });

  it('an assessment opened from the library gets no welcome-back notice', async () => {
    const { actor } = await started(oneInLibrary);
    await flush();
    actor.send({ type: 'assessment.resume', id: 'a1' });
    await flush();
    expect(actor.getSnapshot().matches({ main: 'open' })).toBe(true);
    expect(actor.getSnapshot().context.resumedFrom).toBeNull();
  });

  it('resuming at the results without complete discovery asks the questions instead', async () => {
    const last = openAssessment({ answers: { employees: 12 }, cursor: { step: 'results' } });
    const { actor } = await started({ last });
    await flush();
    expect(actor.getSnapshot().matches({ main: { open: 'questionnaire' } })).toBe(true);
  });
});

describe('presenter mode and scenario B', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  async function atResults() {
    const last = openAssessment({ answers: discovery, cursor: { step: 'results' } });
    const setup = await started({ last });
    await vi.advanceTimersByTimeAsync(0);
    expect(setup.actor.getSnapshot().matches({ main: { open: 'results' } })).toBe(true);
    // The steps are those of the results: wait until the engine has worked them out.
    await vi.waitFor(() => expect(setup.actor.getSnapshot().context.results).not.toBeNull());
    return setup;
  }
  const at = (actor: { getSnapshot: () => Snap }) => presenterStepOf(actor.getSnapshot());
  const step = (actor: { getSnapshot: () => Snap }) => at(actor)?.step.kind ?? null;
  /** The steps of the result the machine holds (worked out by the real engine). */
  const stepsOf = (actor: { getSnapshot: () => Snap }) =>
    presenterStepsFor(actor.getSnapshot().context.results);

  it('is off on the results page until toggled, and starts at the first step', async () => {
    const { actor } = await atResults();
    expect(step(actor)).toBeNull();
    actor.send({ type: 'presenter.next' });
    expect(step(actor)).toBeNull();
    actor.send({ type: 'presenter.toggle' });
    expect(at(actor)).toEqual({
      step: { kind: 'readiness' },
      index: 0,
      count: stepsOf(actor).length,
    });
  });

  it('reveals every step of the result in order, the verdict before its reasons, and stops at either end', async () => {
    const { actor } = await atResults();
    const steps = stepsOf(actor);
    const kinds = steps.map((s) => s.kind);
    // The healthcare fixture has reasons and a plan: the verdict stands alone before them.
    expect(kinds.indexOf('verdict')).toBeGreaterThan(0);
    expect(kinds[kinds.indexOf('verdict') + 1]).toBe('reasons');
    expect(kinds).toContain('plan');
    actor.send({ type: 'presenter.toggle' });
    actor.send({ type: 'presenter.previous' });
    expect(at(actor)?.index).toBe(0);
    const seen = [at(actor)?.step];
    for (let i = 0; i < steps.length; i++) {
      actor.send({ type: 'presenter.next' });
      seen.push(at(actor)?.step);
    }
    // One press past the last step stays on it.
    expect(seen).toEqual([...steps, steps.at(-1)]);
    expect(at(actor)?.index).toBe(steps.length - 1);
    for (let i = steps.length - 2; i >= -1; i--) {
      actor.send({ type: 'presenter.previous' });
      expect(at(actor)?.index).toBe(Math.max(0, i));
      expect(at(actor)?.step).toEqual(steps[Math.max(0, i)]);
    }
  });

  it.each([
    ['presenter.first', 'first'],
    ['presenter.last', 'last'],
  ] as const)('%s jumps to the %s step from any step', async (type, end) => {
    const { actor } = await atResults();
    const steps = stepsOf(actor);
    actor.send({ type: 'presenter.toggle' });
    actor.send({ type: 'presenter.next' });
    actor.send({ type: 'presenter.next' });
    actor.send({ type });
    const index = end === 'first' ? 0 : steps.length - 1;
    expect(at(actor)).toEqual({ step: steps[index], index, count: steps.length });
    actor.send({ type });
    expect(at(actor)?.index).toBe(index);
  });

  it.each(['presenter.exit', 'presenter.toggle'] as const)(
    '%s leaves for the page; coming back starts again at the first step',
    async (type) => {
      const { actor } = await atResults();
      actor.send({ type: 'presenter.toggle' });
      actor.send({ type: 'presenter.last' });
      actor.send({ type });
      expect(step(actor)).toBeNull();
      expect(actor.getSnapshot().matches({ main: { open: { results: 'full' } } })).toBe(true);
      actor.send({ type: 'presenter.toggle' });
      expect(at(actor)?.index).toBe(0);
      expect(step(actor)).toBe('readiness');
    },
  );

  it('is not saved: stepping writes nothing, and leaving the results ends it', async () => {
    const { actor, saves } = await atResults();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    const before = saves.length;
    actor.send({ type: 'presenter.toggle' });
    actor.send({ type: 'presenter.next' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(saves.length).toBe(before);
    actor.send({ type: 'review.open' });
    actor.send({ type: 'results.open' });
    expect(step(actor)).toBeNull();
  });

  it('waits behind the lead gate: no presenter mode before the results are shown', async () => {
    const last = openAssessment({ answers: discovery, cursor: { step: 'results' } });
    const { machine } = fakeMachine({ last });
    const actor = createActor(machine, { input: { leadPlacement: 'before-results' } }).start();
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().matches({ main: { open: { results: 'gated' } } })).toBe(true);
    actor.send({ type: 'presenter.toggle' });
    expect(step(actor)).toBeNull();
  });

  it('keeps a valid scenario B with the assessment, saves it, and refuses an invalid one', async () => {
    const { actor, saves } = await atResults();
    const b = { ...defaultAssumptions, cisoBaseSalary: 310_000 };
    actor.send({ type: 'scenario.set', assumptions: b });
    expect(actor.getSnapshot().context.current?.scenario).toEqual(b);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 1);
    expect(saves.at(-1)?.scenario).toEqual(b);
    actor.send({ type: 'scenario.set', assumptions: { ...b, tenureMonths: 0 } });
    expect(actor.getSnapshot().context.current?.scenario).toEqual(b);
    actor.send({ type: 'scenario.set', assumptions: null });
    expect(actor.getSnapshot().context.current?.scenario).toBeNull();
  });

  it('scenario B can be edited while presenting', async () => {
    const { actor } = await atResults();
    actor.send({ type: 'presenter.toggle' });
    actor.send({ type: 'presenter.next' });
    actor.send({ type: 'scenario.set', assumptions: { ...defaultAssumptions } });
    expect(step(actor)).toBe('functions');
    expect(actor.getSnapshot().context.current?.scenario).toEqual(defaultAssumptions);
  });
});

// -----------------------------------------------------------------------------------------------
// Generated paths: every state reachable, every declared transition taken, and persisted
// snapshots survive JSON at every state.
// -----------------------------------------------------------------------------------------------

type Snap = SnapshotFrom<typeof assessmentMachine>;

const complete = openAssessment({ answers: discovery });
const standInOutcome = computeOutcome(discovery, null, demoConfig, null);
const human = leadForm({ fillMs: 8_000 });
const earlierOne = {
  id: 'q3',
  companyName: 'Acme',
  createdAt: '2026-08-20T10:00:00.000Z',
  contentVersion: '2026.12.1',
  answers: discovery,
};
const presenterEvents: FlowEvent[] = [
  { type: 'presenter.toggle' },
  { type: 'presenter.next' },
  { type: 'presenter.previous' },
  { type: 'presenter.first' },
  { type: 'presenter.last' },
  { type: 'presenter.exit' },
  { type: 'compare.previous', id: 'q3' },
  { type: 'compare.with', earlier: earlierOne },
  { type: 'compare.close' },
];

/** Typed here, plain events to the graph walk. */
const flowEvents = (list: FlowEvent[]): readonly EventObject[] => list;

/** The guided flow: what a person does, and what storage and the webhook may answer. */
const flowPass: Omit<GraphPass, 'input'> = {
  events: flowEvents([
    { type: 'assessment.start', companyName: 'Acme' },
    { type: 'assessment.resume', id: 'a1' },
    { type: 'assessment.delete', id: 'a1' },
    { type: 'data.eraseAll' },
    { type: 'answer.set', questionId: 'employees', value: 40 },
    { type: 'answer.clear', questionId: 'employees' },
    { type: 'note.set', questionId: 'employees', text: 'note' },
    { type: 'assessment.rename', companyName: 'Renamed' },
    { type: 'step.next' },
    { type: 'step.back' },
    { type: 'review.open' },
    { type: 'results.open' },
    { type: 'section.goto', section: 'govern' },
    { type: 'question.goto', questionId: 'industry' },
    { type: 'assumptions.set', assumptions: null },
    { type: 'scenario.set', assumptions: { ...defaultAssumptions } },
    { type: 'assessment.close' },
    { type: 'notice.dismiss' },
    // Raised by the machine itself after every change; sent here so the region is covered alone.
    { type: 'data.changed' },
    { type: 'assessment.deletedElsewhere', id: 'a1' },
    { type: 'lead.submit', lead: human },
    { type: 'lead.submit', lead: { ...human, leadId: 'bot-1', honeypot: 'http://spam' } },
    { type: 'lead.submit', lead: { ...human, consent: false } },
    // What lead delivery (a child machine) reports: the lead captured here, and one elsewhere.
    { type: 'leads.changed', leads: [receipt()] },
    { type: 'leads.changed', leads: [receipt({ assessmentId: 'elsewhere', leadId: 'old-1' })] },
    { type: 'network.online' },
    { type: 'report.downloaded' },
    ...presenterEvents,
  ]),
  outputs: {
    loadStartup: [
      { ...emptyLibrary, last: null },
      { ...emptyLibrary, last: openAssessment({ cursor: { step: 'review' } }) },
    ],
    createAssessment: [complete],
    loadEarlier: [earlierOne],
    loadAssessment: [
      { assessment: { ...complete, cursor: { step: 'results' } }, notice: null },
      { assessment: null, notice: null },
    ],
    eraseAll: [emptyLibrary],
    refreshLibrary: [emptyLibrary],
    // Worked out for exactly what it was asked (a stand-in outcome, the discovery fixture's
    // worked out once, so presenter mode has steps to move through).
    computeResults: (input) => [{ input, outcome: standInOutcome }],
    saveAssessment: [
      { mode: { kind: 'persistent' } },
      {
        mode: { kind: 'persistent' },
        conflict: {
          kind: 'changed',
          id: 'a1',
          companyName: 'Acme Dental',
          copy: {
            id: 'a2',
            companyName: 'Acme Dental (copy)',
            createdAt: '2026-11-23T11:00:00.000Z',
          },
        },
      },
      {
        mode: { kind: 'persistent' },
        conflict: { kind: 'deleted', id: 'a1', companyName: 'Acme Dental' },
      },
    ],
    captureLead: [
      {
        receipt: receipt(),
        contact: { name: 'Dana Reyes', email: 'dana@acme.example', company: 'Acme', phone: null },
      },
    ],
  },
  delays: ['saveDelay', 'summaryWait'],
};

/**
 * The library's own events, explored in a second pass with the main flow mostly on the welcome
 * screen: the product of every region with every other would be too large to walk.
 */
const libraryPass: GraphPass = {
  input: { leadPlacement: 'none' },
  events: flowEvents([
    { type: 'assessment.delete', id: 'a1' },
    { type: 'assessment.delete', id: 'a2' },
    { type: 'assessment.delete', id: 'nope' },
    { type: 'deletion.undo' },
    // What the undo-deletion child reports (its own graph is walked in its tests).
    { type: 'library.changed', state: oneInLibrary },
    { type: 'deletions.changed', pending: [libraryEntry({ id: 'a2' })] },
    { type: 'deletions.changed', pending: [] },
    { type: 'notice.add', notice: { kind: 'delete-failed' } },
    { type: 'assessment.duplicate', id: 'a1' },
    { type: 'assessment.rename', id: 'a1', companyName: 'From the library' },
    { type: 'note.set', questionId: 'assessment', text: 'From the library', assessmentId: 'a1' },
    { type: 'note.set', questionId: 'assessment', text: 'x'.repeat(10_001), assessmentId: 'a1' },
    { type: 'data.eraseAll' },
  ]),
  outputs: {
    loadStartup: [
      { ...twoInLibrary, last: null },
      { ...oneInLibrary, deleted: [libraryEntry({ id: 'a9' })], last: null },
    ],
    duplicateAssessment: [
      { state: twoInLibrary, copy: libraryEntry({ id: 'a2', companyName: 'Acme Dental (copy)' }) },
    ],
    updateAssessment: [twoInLibrary],
    refreshLibrary: [twoInLibrary],
    requestDurability: ['granted', 'refused'],
    eraseAll: [emptyLibrary],
  },
};

const imported = {
  companyName: 'Acme Dental',
  createdAt: '2026-11-23T10:00:00.000Z',
  answers: discovery,
  notes: {},
  assumptions: null,
  contentVersion: '2026.01.1',
  dropped: [{ field: 'old-question', message: 'no such question' }],
  changed: [],
  added: 0,
};
const importedOpen = openAssessment({
  id: 'new-1',
  answers: discovery,
  cursor: { step: 'results' },
});
/** Share links, hand-off files and the leads CSV (started with a share link in the input). */
const transferPass: GraphPass = {
  input: { leadPlacement: 'none', share: '#share=abc' },
  events: flowEvents([
    { type: 'shared.save' },
    { type: 'shared.close' },
    { type: 'assessment.import', assessment: imported },
    { type: 'assessment.import', assessment: { ...imported, answers: { employees: -1 } } },
    { type: 'leads.export' },
    { type: 'leads.changed', leads: [receipt({ status: 'local' })] },
  ]),
  outputs: {
    loadStartup: [{ ...emptyLibrary, last: null }],
    readShare: [
      { ok: true, value: imported },
      { ok: false, issues: [{ field: 'link', message: 'is damaged' }] },
    ],
    importAssessment: [{ assessment: importedOpen, notice: importedNotice() }],
    exportLeads: [undefined],
  },
};

// Both lead placements with a form: before-results gates, after-results appends.
// (before-results with leads carrying the results, which they wait for).
const inputs = [
  { leadPlacement: 'before-results', leadIncludesResults: true },
  { leadPlacement: 'after-results' },
] as const;
/** The guided flow under both lead placements, the library on its own, and transfer. */
const passes: GraphPass[] = [
  ...inputs.map((input) => ({ ...flowPass, input })),
  libraryPass,
  transferPass,
];

const serializeState = (snapshot: AnyMachineSnapshot) => {
  const s = snapshot as Snap;
  return JSON.stringify([
    s.value,
    s.context.current === null ? 'none' : discoveryComplete(s.context.current.answers),
    nextPendingLead(s.context.leads)?.leadId ?? null,
    s.context.library.length,
    s.context.pendingDeletions.length,
    s.context.comparingWith?.id ?? null,
    s.context.leads.some((l) => l.assessmentId === s.context.current?.id),
    s.context.leads.length,
    // Presenter mode at its first step or past it (each step apart would multiply the graph).
    isPresenting(s) && s.context.presenterIndex > 0,
  ]);
};

// Emitted events make the machine's type too deep for xstate/graph's generics.
const graphMachine = assessmentMachine as unknown as AnyStateMachine;

// Walking the whole graph takes seconds, more on a loaded machine.
describe('the machine graph', { timeout: 60_000 }, () => {
  const { paths, adjacency } = walk(graphMachine, passes, {
    ownEventTypes: FLOW_EVENT_TYPES,
    serializeState,
    // While presenting, only the presenter's own events: the rest behave as on the page (and are
    // covered there), and offering them at every step would multiply the graph fourfold.
    narrow: (s) => (isPresenting(s as Snap) ? presenterEvents : null),
  });

  it('reaches every state', () => {
    const reached = new Set(paths.flatMap((p) => activeIds(graphMachine, p.state)));
    // 'resuming' is transient: it is passed through, never rested in.
    const missing = leafIds(graphMachine).filter(
      (id) => !reached.has(id) && !id.endsWith('.resuming'),
    );
    expect(missing).toEqual([]);
  });

  it('takes every declared transition', () => {
    const taken = takenTransitions(graphMachine, adjacency, serializeState);
    // A transition that only emits, or only passes an event on to a child, changes nothing the
    // graph can see: the 'emits' tests and the children's own graphs cover those.
    const declared = declaredTransitions(
      graphMachine,
      (action) => action.startsWith('emit') || action.startsWith('to'),
    );
    expect(declared.filter((d) => !taken.has(d))).toEqual([]);
  });

  it('persist → JSON → restore → persist gives the same snapshot at every state', () => {
    const { machine } = fakeMachine();
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const actor = createActor(machine, { snapshot: path.state as Snap });
      const persisted = actor.getPersistedSnapshot();
      const json = JSON.parse(JSON.stringify(persisted));
      const restored = createActor(machine, { snapshot: json });
      expect(restored.getPersistedSnapshot()).toEqual(persisted);
    }
  });
});
