/**
 * The results worked out once: while they are shown (one computation per change of answers or
 * assumptions), and when an assessment with complete discovery is closed, for the library's
 * summary. The page, the lead and the summary read the one result the machine holds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { defaultAssumptions } from '../core/assumptions';
import { demoConfig } from '../core/config';
import { computeOutcome } from '../core/outcome';
import type { ComputedResults, ResultsInput, SaveInput, SaveOutput } from './flow-types';
import { summaryToSave } from './context-updates';
import { currentResultsOf, resultsOf } from './flow-view';
import { discovery, fakeMachine, openAssessment } from './test-fixtures';

const flush = () => vi.advanceTimersByTimeAsync(0);

/** The machine over fakes, counting its computations and keeping what each save carried. */
function counted(startup: Parameters<typeof fakeMachine>[0] = {}) {
  const inputs: ResultsInput[] = [];
  const saved: SaveInput[] = [];
  const { machine } = fakeMachine(startup, {
    computeResults: fromPromise<ComputedResults, ResultsInput>(async ({ input }) => {
      inputs.push(input);
      const { answers, assumptions, scenario } = input;
      return { input, outcome: computeOutcome(answers, assumptions, demoConfig, scenario) };
    }),
    saveAssessment: fromPromise<SaveOutput, SaveInput>(async ({ input }) => {
      saved.push(structuredClone(input));
      return { mode: { kind: 'persistent' } };
    }),
  });
  const actor = createActor(machine).start();
  return { actor, inputs, saved };
}

describe('results worked out once', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('works out nothing while the questions are answered, even with discovery complete', async () => {
    const { actor, inputs } = counted();
    await flush();
    actor.send({ type: 'assessment.start', companyName: 'Acme' });
    await flush();
    for (const [questionId, value] of Object.entries(discovery)) {
      actor.send({ type: 'answer.set', questionId, value: value! });
      actor.send({ type: 'step.next' });
    }
    actor.send({ type: 'answer.set', questionId: 'pr-mfa', value: 3 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(inputs).toEqual([]);
    expect(resultsOf(actor.getSnapshot())).toBeNull();
  });

  it('once when the results show, once per what-if, never for a note or a presenter step', async () => {
    const last = openAssessment({ answers: discovery, cursor: { step: 'review' } });
    const { actor, inputs } = counted({ last });
    await flush();
    actor.send({ type: 'results.open' });
    await flush();
    expect(inputs).toHaveLength(1);
    const first = currentResultsOf(actor.getSnapshot());
    expect(first?.kind).toBe('ok');
    actor.send({ type: 'note.set', questionId: 'employees', text: 'Six contractors' });
    actor.send({ type: 'presenter.toggle' });
    actor.send({ type: 'presenter.next' });
    actor.send({ type: 'presenter.exit' });
    await flush();
    expect(inputs).toHaveLength(1);
    actor.send({ type: 'answer.set', questionId: 'pr-mfa', value: 4 });
    // Until the new result arrives the page keeps the last one, never a blank.
    expect(resultsOf(actor.getSnapshot())).toBe(first);
    expect(currentResultsOf(actor.getSnapshot())).toBeNull();
    await flush();
    actor.send({ type: 'assumptions.set', assumptions: { ...defaultAssumptions } });
    await flush();
    actor.send({ type: 'scenario.set', assumptions: { ...defaultAssumptions } });
    await flush();
    expect(inputs).toHaveLength(4);
    const now = currentResultsOf(actor.getSnapshot());
    expect(now).not.toBe(first);
    expect(now?.kind === 'ok' && now.result.scenario).not.toBeNull();
  });

  it('the library summary: none before discovery is complete, the results’ once shown', async () => {
    const last = openAssessment({ answers: discovery, cursor: { step: 'results' } });
    const { actor, saved } = counted({ last });
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    const outcome = currentResultsOf(actor.getSnapshot());
    expect(outcome?.kind).toBe('ok');
    const result = outcome!.kind === 'ok' ? outcome!.result : null;
    // Worked out, then saved with the gap the page shows and the recommended model.
    expect(saved.at(-1)?.summary).toEqual({
      gap: 100 - Math.round(result!.readiness.overall),
      model: result!.recommendation.model,
    });
    expect(Number.isInteger(saved.at(-1)?.summary?.gap)).toBe(true);
    expect(summaryToSave({ ...actor.getSnapshot().context, current: openAssessment() })).toBe(null);
    // Back to the questions and an answer changed: the stored summary is kept, not recomputed.
    actor.send({ type: 'section.goto', section: 'govern' });
    actor.send({ type: 'answer.set', questionId: 'pr-mfa', value: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved.at(-1)?.summary).toBeUndefined();
  });

  it('closing an unfinished assessment works nothing out: it has no summary yet', async () => {
    const { actor, inputs, saved } = counted();
    await flush();
    actor.send({ type: 'assessment.start', companyName: 'Acme' });
    await flush();
    actor.send({ type: 'answer.set', questionId: 'employees', value: 12 });
    actor.send({ type: 'assessment.close' });
    await flush();
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
    expect(inputs).toEqual([]);
    expect(saved.at(-1)?.summary).toBeNull();
  });

  it('closing works the summary out first when the results were not shown', async () => {
    const last = openAssessment({ answers: discovery, cursor: { step: 'review' } });
    const { actor, inputs, saved } = counted({ last });
    await flush();
    actor.send({ type: 'assessment.close' });
    await flush();
    await flush();
    expect(inputs).toHaveLength(1);
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
    expect(saved.at(-1)?.summary).toEqual(expect.objectContaining({ gap: expect.any(Number) }));
  });

  it('an engine that fails or is late does not hold closing up; the stored summary is kept', async () => {
    const last = openAssessment({ answers: discovery, cursor: { step: 'review' } });
    for (const engine of [
      fromPromise<ComputedResults, ResultsInput>(async () => {
        throw new Error('offline');
      }),
      fromPromise<ComputedResults, ResultsInput>(() => new Promise(() => undefined)),
    ]) {
      const saved: SaveInput[] = [];
      const { machine } = fakeMachine(
        { last },
        {
          computeResults: engine,
          saveAssessment: fromPromise<SaveOutput, SaveInput>(async ({ input }) => {
            saved.push(input);
            return { mode: { kind: 'persistent' } };
          }),
        },
      );
      const actor = createActor(machine).start();
      await flush();
      actor.send({ type: 'assessment.close' });
      await vi.advanceTimersByTimeAsync(1_500);
      expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
      expect(saved.at(-1)?.summary).toBeUndefined();
    }
  });
});
