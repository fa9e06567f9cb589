// @vitest-environment node
/**
 * Two tabs of the app on one assessment, each a real machine with the real storage actors over
 * its own repository, both on one fake IndexedDB. Storage reports the conflict; the machine
 * decides: a change made in both tabs keeps both versions, a deletion is respected.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { newAssessmentRecord } from '../storage/assessment-record';
import { openAssessmentRepository } from '../storage/assessment-repository';
import { provideFlow } from './provide-flow';
import type { LeadReceipt } from './flow-types';
import { conflictCopyName, createStorageActors } from './storage-actors';

let ids = 0;
function openTab(idb: IDBFactory) {
  const repository = openAssessmentRepository({ idb, onFault: () => undefined });
  const machine = provideFlow({
    ...createStorageActors(repository, {
      now: () => new Date().toISOString(),
      newId: () => `id-${++ids}`,
    }),
    loadLeads: fromPromise<LeadReceipt[]>(async () => []),
  });
  const actor = createActor(machine);
  actor.start();
  return { actor, repository };
}

const settled = (actor: ReturnType<typeof openTab>['actor']) =>
  vi.waitFor(
    () => {
      const s = actor.getSnapshot();
      if (!s.matches({ autosave: 'idle' }) || s.matches({ main: 'booting' })) {
        throw new Error('still busy');
      }
    },
    { timeout: 3000, interval: 20 },
  );

describe('two tabs on one assessment', () => {
  it('a change in both tabs keeps both: the stale tab goes on as a copy and says so', async () => {
    const idb = new IDBFactory();
    const a = openTab(idb);
    await settled(a.actor);
    a.actor.send({ type: 'assessment.start', companyName: 'Acme Dental' });
    await vi.waitFor(() => expect(a.actor.getSnapshot().context.current).not.toBeNull());
    const id = a.actor.getSnapshot().context.current!.id;
    a.actor.send({ type: 'answer.set', questionId: 'employees', value: 40 });
    await settled(a.actor);

    // The same assessment opens in a second tab (it was the last one open).
    const b = openTab(idb);
    await settled(b.actor);
    expect(b.actor.getSnapshot().context.current?.id).toBe(id);

    a.actor.send({ type: 'answer.set', questionId: 'employees', value: 41 });
    await settled(a.actor);
    b.actor.send({ type: 'answer.set', questionId: 'employees', value: 900 });
    await settled(b.actor);

    const bContext = b.actor.getSnapshot().context;
    expect(bContext.current?.id).not.toBe(id);
    expect(bContext.current?.companyName).toBe(conflictCopyName('Acme Dental'));
    expect(bContext.notices).toContainEqual(
      expect.objectContaining({
        kind: 'conflict',
        change: 'changed',
        copyName: conflictCopyName('Acme Dental'),
      }),
    );
    const repo = await a.repository;
    expect((await repo.load(id)).record?.answers.employees).toBe(41);
    expect((await repo.load(bContext.current!.id)).record?.answers.employees).toBe(900);

    // The copy goes on saving normally; tab A is unaffected.
    b.actor.send({ type: 'answer.set', questionId: 'employees', value: 901 });
    await settled(b.actor);
    expect((await repo.load(bContext.current!.id)).record?.answers.employees).toBe(901);
    expect(b.actor.getSnapshot().context.notices).toHaveLength(1);
    expect(a.actor.getSnapshot().context.notices).toEqual([]);
    expect(a.actor.getSnapshot().status).toBe('active');
    expect(b.actor.getSnapshot().status).toBe('active');
  });

  it('a delete in one tab closes the assessment in the other, which does not write it back', async () => {
    const idb = new IDBFactory();
    const a = openTab(idb);
    await settled(a.actor);
    a.actor.send({ type: 'assessment.start', companyName: 'Delete Me' });
    await vi.waitFor(() => expect(a.actor.getSnapshot().context.current).not.toBeNull());
    const id = a.actor.getSnapshot().context.current!.id;
    a.actor.send({ type: 'answer.set', questionId: 'employees', value: 40 });
    await settled(a.actor);
    const b = openTab(idb);
    await settled(b.actor);
    expect(b.actor.getSnapshot().context.current?.id).toBe(id);

    a.actor.send({ type: 'data.eraseAll' });
    await vi.waitFor(() => expect(a.actor.getSnapshot().matches({ main: 'welcome' })).toBe(true));
    b.actor.send({ type: 'answer.set', questionId: 'employees', value: 41 });
    await vi.waitFor(() => expect(b.actor.getSnapshot().matches({ main: 'welcome' })).toBe(true));

    expect(b.actor.getSnapshot().context.current).toBeNull();
    expect(b.actor.getSnapshot().context.notices).toContainEqual(
      expect.objectContaining({ kind: 'conflict', change: 'deleted', id }),
    );
    const repo = await b.repository;
    expect(await repo.list()).toEqual({ summaries: [], problems: [] });
  });
});

describe('restoring an assessment saved under an older question bank', () => {
  it('resumes at the start of the questions with a notice, never at a retired question', async () => {
    const idb = new IDBFactory();
    const repo = await openAssessmentRepository({ idb, onFault: () => undefined });
    await repo.save({
      ...newAssessmentRecord('old-bank', '2025-01-15T09:30:00.000Z'),
      companyName: 'Old Bank Co',
      contentVersion: '2025.01.0',
      scoringVersion: '2025.01',
      answers: { employees: 40 },
      notes: {},
      assumptions: null,
      progress: { answered: 1, total: 40 },
      cursor: { step: 'question', questionId: 'retired-question' },
    });
    // A question that has since been retired, written as the older app stored it.
    const raw = (await repo.load('old-bank')).record!;
    await new Promise<void>((resolve, reject) => {
      const open = idb.open('fractional-fit');
      open.onsuccess = () => {
        const tx = open.result.transaction('assessments', 'readwrite');
        tx.objectStore('assessments').put(
          { ...raw, answers: { ...raw.answers, 'retired-question': 2 } },
          'assessment:old-bank',
        );
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    await repo.setLastOpenedId('old-bank');

    const t = openTab(idb);
    await settled(t.actor);
    const s = t.actor.getSnapshot();
    expect(s.matches({ main: { open: 'questionnaire' } })).toBe(true);
    expect(s.context.current?.answers).toEqual({ employees: 40 });
    expect(s.context.current?.cursor).toEqual({ step: 'question', questionId: 'employees' });
    expect(s.context.notices).toContainEqual({
      kind: 'storage-problem',
      problem: expect.objectContaining({ kind: 'content-changed' }),
    });
  });
});
