/**
 * Progress since the last assessment, along the machine: the rep compares the open assessment
 * with an earlier one (on this device or from a hand-off file); the comparison is worked out with
 * the results, once, and kept while the results are shown.
 */
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { CONTENT_VERSION } from '../core/content/questions';
import { createResultsActor } from './results-actor';
import { demoConfig } from '../core/config';
import type { EarlierAssessment, LoadResult } from './flow-types';
import { comparingWithOf, currentResultsOf, progressOf } from './flow-view';
import { discovery, fakeMachine, openAssessment } from './test-fixtures';

/** Until the machine holds results (and progress, when asked) for what is on screen. */
const settled = (actor: ReturnType<typeof started>, withProgress = false) =>
  vi.waitFor(() => {
    const snap = actor.getSnapshot();
    expect(currentResultsOf(snap)?.kind).toBe('ok');
    if (withProgress) expect(progressOf(snap)).not.toBeNull();
  });

const earlier: EarlierAssessment = {
  id: 'q3',
  companyName: 'Acme Dental',
  createdAt: '2026-08-20T10:00:00.000Z',
  contentVersion: CONTENT_VERSION,
  answers: { ...discovery, 'pr-mfa': 1 },
};

function started(
  loadEarlier = fromPromise<EarlierAssessment, { id: string }>(async () => earlier),
) {
  const last = openAssessment({
    answers: { ...discovery, 'pr-mfa': 4 },
    cursor: { step: 'results' },
  });
  const { machine } = fakeMachine(
    { last },
    { loadEarlier, computeResults: createResultsActor(demoConfig) },
  );
  return createActor(machine).start();
}

describe('comparing with an earlier assessment', () => {
  it('loads the earlier one from the device and works out the progress with the results', async () => {
    const actor = started();
    await settled(actor);
    expect(progressOf(actor.getSnapshot())).toBeNull();
    actor.send({ type: 'compare.previous', id: 'q3' });
    await settled(actor, true);
    const progress = progressOf(actor.getSnapshot());
    expect(progress?.earlier.id).toBe('q3');
    expect(progress?.later.id).toBe('a1');
    const protect = progress?.functions.find((f) => f.id === 'protect');
    expect(protect?.change).toBeGreaterThan(0);
    expect(progress?.answers.map((a) => a.questionId)).toEqual(['pr-mfa']);
  });

  it('takes an earlier one read from a hand-off file, and forgets it on close', async () => {
    const actor = started();
    await settled(actor);
    actor.send({ type: 'compare.with', earlier });
    await settled(actor, true);
    expect(progressOf(actor.getSnapshot())?.earlier.createdAt).toBe(earlier.createdAt);
    actor.send({ type: 'compare.close' });
    expect(comparingWithOf(actor.getSnapshot())).toBeNull();
    expect(progressOf(actor.getSnapshot())).toBeNull();
  });

  it('works the progress out again after a what-if change', async () => {
    const actor = started();
    await settled(actor);
    actor.send({ type: 'compare.with', earlier });
    await settled(actor, true);
    actor.send({ type: 'answer.set', questionId: 'pr-mfa', value: 1 });
    // Until the new results arrive, no stale comparison is shown.
    expect(progressOf(actor.getSnapshot())).toBeNull();
    await settled(actor, true);
    expect(progressOf(actor.getSnapshot())?.answers).toEqual([]);
  });

  it('says so when the earlier one cannot be read, and keeps the results', async () => {
    const actor = started(
      fromPromise<EarlierAssessment, { id: string }>(async () => {
        throw new Error('gone');
      }),
    );
    await settled(actor);
    actor.send({ type: 'compare.previous', id: 'nope' });
    await vi.waitFor(() =>
      expect(actor.getSnapshot().context.notices.map((n) => n.kind)).toContain('compare-failed'),
    );
    const snap = actor.getSnapshot();
    expect(comparingWithOf(snap)).toBeNull();
    expect(currentResultsOf(snap)?.kind).toBe('ok');
  });

  it('ends the comparison when the results are left', async () => {
    const actor = started();
    await settled(actor);
    actor.send({ type: 'compare.with', earlier });
    await settled(actor, true);
    actor.send({ type: 'review.open' });
    expect(comparingWithOf(actor.getSnapshot())).toBeNull();
  });
});

describe('comparing from the library', () => {
  it('opens the later assessment and compares it with the earlier one', async () => {
    const later = openAssessment({
      id: 'q4',
      answers: { ...discovery, 'pr-mfa': 4 },
      cursor: { step: 'results' },
    });
    const { machine } = fakeMachine(
      {},
      {
        loadAssessment: fromPromise<LoadResult, { id: string }>(async () => ({
          assessment: later,
          notice: null,
        })),
        loadEarlier: fromPromise<EarlierAssessment, { id: string }>(async () => earlier),
        computeResults: createResultsActor(demoConfig),
      },
    );
    const actor = createActor(machine).start();
    await vi.waitFor(() => expect(actor.getSnapshot().hasTag('welcome')).toBe(true));
    actor.send({ type: 'assessment.resume', id: 'q4', compareWith: 'q3' });
    await settled(actor, true);
    const progress = progressOf(actor.getSnapshot());
    expect([progress?.earlier.id, progress?.later.id]).toEqual(['q3', 'q4']);
    expect(actor.getSnapshot().context.pendingComparison).toBeNull();
  });
});
