// @vitest-environment node
/**
 * The storage actors over a real repository: records as version 3 stored them resume where the
 * user was, and a save writes the record storage shapes (a typed cursor, the current version).
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get as rawGet, set as rawSet } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, toPromise, type AnyActorLogic } from 'xstate';
import { SCHEMA_VERSION } from '../storage/assessment-record';
import { openAssessmentRepository } from '../storage/assessment-repository';
import v3AtQuestion from '../storage/fixtures/v3-at-question.json';
import v3AtReview from '../storage/fixtures/v3-at-review.json';
import v3AtStart from '../storage/fixtures/v3-at-start.json';
import v3Deleted from '../storage/fixtures/v3-deleted-at-results.json';
import type { LoadResult, OpenAssessment } from './flow-types';
import { createStorageActors } from './storage-actors';

afterEach(() => vi.unstubAllGlobals());

const run = <T>(logic: AnyActorLogic, input?: unknown): Promise<T> =>
  toPromise(createActor(logic, { input }).start()) as Promise<T>;

async function setup(stored: { id: string }[]) {
  const idb = new IDBFactory();
  vi.stubGlobal('indexedDB', idb);
  const raws = createStore('fractional-fit', 'assessments');
  for (const r of stored) await rawSet(`assessment:${r.id}`, structuredClone(r), raws);
  const repo = await openAssessmentRepository({ idb, onFault: () => undefined });
  const actors = createStorageActors(repo, {
    now: () => '2026-12-11T09:00:00.000Z',
    newId: () => 'new-id',
  });
  return { actors, raws };
}

describe('records as version 3 stored them', () => {
  it.each([
    ['at a question', v3AtQuestion, { step: 'question', questionId: 'regulations' }],
    ['at the review', v3AtReview, { step: 'review' }],
    ['started, nothing answered', v3AtStart, null],
  ])('resume where the user was: %s', async (_label, stored, cursor) => {
    const { actors } = await setup([stored]);
    const loaded = await run<LoadResult>(actors.loadAssessment, { id: stored.id });
    expect(loaded.notice).toBeNull();
    expect(loaded.assessment).toEqual({
      id: stored.id,
      companyName: stored.companyName,
      createdAt: stored.createdAt,
      answers: stored.answers,
      notes: stored.notes,
      assumptions: stored.assumptions,
      scenario: stored.scenario,
      cursor,
    });
  });

  it('one deleted (its undo window open) is not reopened', async () => {
    const { actors } = await setup([v3Deleted]);
    const loaded = await run<LoadResult>(actors.loadAssessment, { id: v3Deleted.id });
    expect(loaded.assessment).toBeNull();
  });

  it('the next save writes the current shape: a typed cursor, no flow value', async () => {
    const { actors, raws } = await setup([v3AtQuestion]);
    const loaded = await run<LoadResult>(actors.loadAssessment, { id: v3AtQuestion.id });
    const assessment: OpenAssessment = {
      ...loaded.assessment!,
      answers: { ...loaded.assessment!.answers, regulations: ['hipaa'] },
      cursor: { step: 'question', questionId: 'customerDemands' },
    };
    await run(actors.saveAssessment, { assessment });
    const stored = await rawGet<Record<string, unknown>>(`assessment:${v3AtQuestion.id}`, raws);
    expect(stored).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      updatedAt: '2026-12-11T09:00:00.000Z',
      answers: assessment.answers,
      cursor: assessment.cursor,
      deletedAt: null,
    });
    expect(stored).not.toHaveProperty('flow');
  });
});
