import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, type Actor } from 'xstate';
import type { LeadPlacement } from '../core/types';
import type { FlowTag, StartupData } from './flow-types';
import { isBooted, isCapturingLead, isSaved, presenterStepOf, screenOf } from './flow-view';
import { discovery, fakeMachine, leadForm, openAssessment } from './test-fixtures';

const flush = () => vi.advanceTimersByTimeAsync(0);

function run(startup: Partial<StartupData> = {}, leadPlacement: LeadPlacement = 'none') {
  const actor = createActor(fakeMachine(startup).machine, { input: { leadPlacement } });
  actor.start();
  return actor;
}
const screen = (actor: Actor<ReturnType<typeof fakeMachine>['machine']>) =>
  screenOf(actor.getSnapshot());

describe('what the screens read off the snapshot', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('shows the welcome screen before the machine runs and while it boots, unless sharing', async () => {
    expect(screenOf(null)).toBe('welcome');
    expect(screenOf(null, true)).toBe('loading');
    const actor = run();
    expect(isBooted(actor.getSnapshot())).toBe(false);
    expect(screen(actor)).toBe('welcome');
    await flush();
    expect(isBooted(actor.getSnapshot())).toBe(true);
    expect(screen(actor)).toBe('welcome');
  });

  it('follows the questions, the review and the results; saved once the write is done', async () => {
    const actor = run();
    await flush();
    actor.send({ type: 'assessment.start', companyName: 'Acme' });
    expect(screen(actor)).toBe('loading');
    await flush();
    expect(screen(actor)).toBe('questionnaire');
    expect(isSaved(actor.getSnapshot())).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(isSaved(actor.getSnapshot())).toBe(true);
    for (const [questionId, value] of Object.entries(discovery)) {
      actor.send({ type: 'answer.set', questionId, value: value! });
    }
    actor.send({ type: 'review.open' });
    expect(screen(actor)).toBe('review');
    actor.send({ type: 'results.open' });
    expect(screen(actor)).toBe('results');
    await vi.waitFor(() => expect(actor.getSnapshot().context.results).not.toBeNull());
    expect(presenterStepOf(actor.getSnapshot())).toBeNull();
    actor.send({ type: 'presenter.toggle' });
    actor.send({ type: 'presenter.next' });
    expect(presenterStepOf(actor.getSnapshot())).toMatchObject({
      step: { kind: 'functions' },
      index: 1,
    });
    // Results that change under presenter mode to fewer steps: past the end is the last step.
    const snap = actor.getSnapshot();
    const moved = {
      context: { ...snap.context, presenterIndex: 999 },
      hasTag: (tag: FlowTag) => snap.hasTag(tag),
    };
    const position = presenterStepOf(moved);
    expect(position?.index).toBe(position!.count - 1);
    expect(position?.step.kind).toBe('plan');
  });

  it.each([
    ['before-results', 'lead-gate'],
    ['after-results', 'results'],
  ] as const)('%s: the form while a lead is stored shows as %s', async (placement, shown) => {
    const last = openAssessment({ answers: discovery, cursor: { step: 'results' } });
    const actor = run({ last }, placement);
    await flush();
    expect(screen(actor)).toBe(placement === 'before-results' ? 'lead-gate' : 'results');
    actor.send({ type: 'lead.submit', lead: leadForm() });
    expect(isCapturingLead(actor.getSnapshot())).toBe(true);
    expect(screen(actor)).toBe(shown);
    await flush();
    expect(isCapturingLead(actor.getSnapshot())).toBe(false);
    expect(screen(actor)).toBe('results');
  });
});
