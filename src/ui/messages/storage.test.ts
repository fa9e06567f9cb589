// @vitest-environment node
/**
 * The words of storage's codes, as the notices say them: each failure and problem code, and the
 * whole path from a stored value through the repository and the storage actors to the notice.
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, set as rawSet } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, toPromise } from 'xstate';
import fixture from '../../core/content/fixtures/2026.11.1/assessment-record.json';
import { newAssessmentRecord } from '../../storage/assessment-record';
import {
  memoryRepository,
  openAssessmentRepository,
  type AssessmentRepository,
} from '../../storage/assessment-repository';
import { STORAGE_FAILURE_CODES, type StorageProblem } from '../../storage/storage-problems';
import type { StartupData } from '../../flow/flow-types';
import { createStorageActors } from '../../flow/storage-actors';
import { noticeText } from './notices';
import { storageFailureText, storageProblemText } from './storage';

afterEach(() => vi.unstubAllGlobals());

const record = (id: string, companyName = `Co ${id}`) => ({
  ...newAssessmentRecord(id, '2025-03-01T09:00:00.000Z'),
  companyName,
  answers: { employees: 40, industry: 'healthcare', 'pr-mfa': 2 },
  progress: { answered: 3, total: 44 },
});

/** A repository over a fresh fake IndexedDB holding `raw` under each key. */
async function repositoryHolding(raw: Record<string, unknown>): Promise<AssessmentRepository> {
  const idb = new IDBFactory();
  vi.stubGlobal('indexedDB', idb);
  const store = createStore('fractional-fit', 'assessments');
  for (const [key, value] of Object.entries(raw)) await rawSet(key, value, store);
  return openAssessmentRepository({
    idb,
    now: () => '2025-06-01T12:00:00.000Z',
    onFault: () => undefined,
  });
}

async function listedText(raw: Record<string, unknown>): Promise<string[]> {
  const { problems } = await (await repositoryHolding(raw)).list();
  return problems.map(storageProblemText);
}

describe('why saves stay in memory', () => {
  it.each([
    [
      'missing',
      'This browser does not offer storage to this page (a private window or a privacy setting can do that): progress will be kept only while this tab is open.',
    ],
    [
      'refused',
      'Your browser would not let us save: progress will be kept only while this tab is open.',
    ],
    [
      'blocked',
      'Another tab of this app is holding on to its storage: close the other tabs of this app and reload. Until then, progress will be kept only while this tab is open.',
    ],
    [
      'quota',
      'Your device has no room left to save for this site: progress will be kept only while this tab is open.',
    ],
    [
      'closed',
      'Your browser closed our storage and would not let us reopen it: progress will be kept only while this tab is open.',
    ],
    [
      'timeout',
      'Your browser stopped responding when we saved: progress will be kept only while this tab is open.',
    ],
  ] as const)('%s reads: %s', (code, text) => {
    expect(storageFailureText({ code })).toBe(text);
  });

  it('has words for every code', () => {
    for (const code of STORAGE_FAILURE_CODES) {
      expect(storageFailureText({ code })).toMatch(/kept only while this tab is open\.$/);
    }
  });

  it('reaches the machine as codes, which the interface words', async () => {
    const actors = createStorageActors(memoryRepository({ code: 'quota' }), {
      now: () => '2026-12-03T10:00:00.000Z',
      newId: () => 'id-1',
    });
    const startup = (await toPromise(createActor(actors.loadStartup).start())) as StartupData;
    expect(startup.mode).toEqual({ kind: 'memory', reason: { code: 'quota' } });
    expect(startup.notices).toHaveLength(1);
    const [notice] = startup.notices;
    expect(notice && noticeText(notice)).toBe(storageFailureText({ code: 'quota' }));
  });

  it('says which assessment could not be opened', () => {
    expect(storageProblemText({ kind: 'unavailable', id: 'a1', reason: { code: 'timeout' } })).toBe(
      "We could not open this assessment from this browser's storage. Your browser stopped responding when we saved: progress will be kept only while this tab is open.",
    );
  });
});

describe('records that could not be used', () => {
  const oversized = {
    ...record('huge'),
    notes: Object.fromEntries(Array.from({ length: 110 }, (_, i) => [`q${i}`, 'n'.repeat(10_000)])),
  };

  it.each([
    ['damaged', 'bad', { ...record('bad'), progress: 'most of it' }],
    ['over 1 MiB', 'huge', oversized],
  ])('a %s record is set aside, not deleted', async (_label, id, raw) => {
    const [text] = await listedText({ [`assessment:${id}`]: raw });
    expect(text).toMatch(/set it aside/);
    expect(text).toMatch(/not been deleted/);
  });

  it('names the company when the damaged record still says it', async () => {
    expect(
      await listedText({ 'assessment:bad': { ...record('bad', 'Acme Dental'), answers: 7 } }),
    ).toEqual([
      'We could not read the saved assessment for “Acme Dental”: it is damaged or incomplete, so we set it aside. It has not been deleted.',
    ]);
  });

  it('says how large is too large', () => {
    const problem: StorageProblem = {
      kind: 'too-large',
      companyName: null,
      limitBytes: 1024 * 1024,
    };
    expect(storageProblemText(problem)).toBe(
      'One saved assessment is too large to open (over 1 MiB), so we set it aside. It has not been deleted.',
    );
  });

  it('a record from a newer version of the app is left as it is', async () => {
    const [text] = await listedText({
      'assessment:future': { ...record('future'), schemaVersion: 99 },
    });
    expect(text).toMatch(/saved by a newer version of this app/);
    expect(text).toMatch(/^The saved assessment for “Co future”/);
  });
});

describe('a record answered under an older question bank', () => {
  it('names the answers left out and the company', async () => {
    const { cursor: _cursor, ...rest } = record('shared', 'Old Bank Co');
    const repo = await repositoryHolding({
      'assessment:shared': {
        ...rest,
        schemaVersion: 3,
        flow: { cursor: { step: 'question', questionId: 'retired-question' } },
        contentVersion: '2025.01.0',
        answers: { employees: 40, industry: 'a-retired-industry', 'retired-question': 3 },
      },
    });
    const { problem } = await repo.load('shared');
    const message = problem ? storageProblemText(problem) : '';
    expect(message).toContain('industry, retired-question');
    expect(message).toContain('“Old Bank Co”');
  });

  it('names every question of 2026.11.1 whose meaning changed, and what became of its answer', async () => {
    const repo = await repositoryHolding({ [`assessment:${fixture.id}`]: fixture });
    const { problem } = await repo.load(fixture.id);
    const message = problem ? storageProblemText(problem) : '';
    expect(message).toContain(
      '“Harbour Lane Software” was answered with an earlier version of the questions, and 6 of its questions have changed since.',
    );
    for (const title of [
      'Vendor security',
      'Accounts and access',
      'Patching',
      'Network protection',
      'Replacement planning',
    ]) {
      expect(message).toMatch(
        new RegExp(`“${title}” now asks only [^.]*\\. Your answer was kept\\.`),
      );
    }
    expect(message).toContain(
      '“Incident response help” now asks only whether outside incident response help is lined up before you need it. Your earlier answer was left out: please answer it again.',
    );
    expect(message).toContain('6 new questions are waiting.');
    // Nothing in it was invalid, so the old "left out" sentence does not appear.
    expect(message).not.toContain('Some answers in');
  });
});
