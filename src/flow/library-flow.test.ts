// @vitest-environment node
/**
 * The assessments library inside the machine, with the real storage actors over a real repository
 * on fake-indexeddb: duplicate, rename, note, delete with undo (also across a closed tab), the
 * stored score summary, and asking the browser once to keep the data.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type Actor } from 'xstate';
import { defaultAssumptions } from '../core/assumptions';
import { demoConfig } from '../core/config';
import { computeOutcome } from '../core/outcome';
import {
  memoryRepository,
  openAssessmentRepository,
  type AssessmentRepository,
} from '../storage/assessment-repository';
import { assessmentMachine, MAX_NOTE_LENGTH } from './assessment-machine';
import { provideFlow } from './provide-flow';
import type { LeadReceipt, DurabilityStatus } from './flow-types';
import { createResultsActor } from './results-actor';
import { copyName, createStorageActors } from './storage-actors';
import { deletionOf, discovery } from './test-fixtures';

type FlowActor = Actor<typeof assessmentMachine>;

async function setup(
  options: { idb?: IDBFactory; repo?: AssessmentRepository; undoMs?: number } = {},
) {
  const idb = options.idb ?? new IDBFactory();
  const repo = options.repo ?? (await openAssessmentRepository({ idb, onFault: () => undefined }));
  let n = 0;
  let clock = Date.parse('2026-12-01T10:00:00.000Z');
  const persistCalls: number[] = [];
  const machine = provideFlow(
    {
      ...createStorageActors(repo, {
        now: () => new Date((clock += 1000)).toISOString(),
        newId: () => `id-${++n}`,
      }),
      computeResults: createResultsActor(demoConfig),
      requestDurability: fromPromise<DurabilityStatus>(async () => {
        persistCalls.push(1);
        return 'granted';
      }),
      loadLeads: fromPromise(async () => [] as LeadReceipt[]),
      eraseLeads: fromPromise<void>(async () => {}),
    },
    { undoWindowMs: options.undoMs ?? 60_000 },
  );
  const start = async (): Promise<FlowActor> => {
    const actor = createActor(machine).start();
    await waitFor(actor, (s) => s.matches({ main: 'welcome' }) || s.matches({ main: 'open' }));
    return actor;
  };
  return { idb, repo, machine, start, persistCalls };
}

const inWelcome = (actor: FlowActor) => waitFor(actor, (s) => s.matches({ main: 'welcome' }));
const deletionIdle = (actor: FlowActor) =>
  waitFor(actor, (s) => deletionOf(s).matches('idle') && s.context.pendingDeletions.length === 0);

/** Starts an assessment, answers discovery, adds notes and assumptions, and closes it. */
async function createFinished(actor: FlowActor, companyName: string): Promise<string> {
  actor.send({ type: 'assessment.start', companyName });
  await waitFor(actor, (s) => s.matches({ main: 'open' }));
  const id = actor.getSnapshot().context.current!.id;
  for (const [questionId, value] of Object.entries(discovery)) {
    actor.send({ type: 'answer.set', questionId, value: value! });
  }
  actor.send({ type: 'answer.set', questionId: 'pr-mfa', value: 3 });
  actor.send({ type: 'note.set', questionId: 'employees', text: 'Six are contractors' });
  actor.send({ type: 'note.set', questionId: 'assessment', text: 'Met at the expo' });
  actor.send({ type: 'review.open' });
  actor.send({ type: 'results.open' });
  actor.send({
    type: 'assumptions.set',
    assumptions: { ...defaultAssumptions, cisoBaseSalary: 250_000 },
  });
  actor.send({ type: 'assessment.close' });
  await inWelcome(actor);
  return id;
}

describe('the library in the machine, over IndexedDB', () => {
  it('lists each assessment with its progress, gap score and recommended model', async () => {
    const { start } = await setup();
    const actor = await start();
    await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.start', companyName: 'Just Started' });
    await waitFor(actor, (s) => s.matches({ main: 'open' }));
    actor.send({ type: 'answer.set', questionId: 'employees', value: 12 });
    actor.send({ type: 'assessment.close' });
    await inWelcome(actor);

    const library = actor.getSnapshot().context.library;
    // The gap the results page shows (100 − rounded readiness) and the recommended model.
    const outcome = computeOutcome({ ...discovery, 'pr-mfa': 3 }, null, demoConfig);
    expect(outcome.kind).toBe('ok');
    const result = outcome.kind === 'ok' ? outcome.result : null;
    const expected = {
      gap: 100 - Math.round(result!.readiness.overall),
      model: result!.recommendation.model,
    };
    expect(library.map((e) => [e.companyName, e.scoreSummary])).toEqual([
      ['Just Started', null],
      ['Acme Dental', expected],
    ]);
    expect(library[1]!.note).toBe('Met at the expo');
    expect(library[1]!.progress.answered).toBe(11);
  });

  it('duplicates with a new id and name, and every answer, note and assumption', async () => {
    const { start, repo } = await setup();
    const actor = await start();
    const id = await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.duplicate', id });
    await waitFor(actor, (s) => s.context.library.length === 2);
    await inWelcome(actor);
    const { library, libraryActivity } = actor.getSnapshot().context;
    const copy = library.find((e) => e.id !== id)!;
    expect(copy.companyName).toBe('Acme Dental (copy)');
    expect(libraryActivity).toEqual({
      kind: 'duplicated',
      id: copy.id,
      companyName: copy.companyName,
    });
    const original = (await repo.load(id)).record!;
    const stored = (await repo.load(copy.id)).record!;
    expect(stored.answers).toEqual(original.answers);
    expect(stored.notes).toEqual(original.notes);
    expect(stored.assumptions).toEqual(original.assumptions);
    expect(stored.scoreSummary).toEqual(original.scoreSummary);
    expect(stored.cursor).toEqual(original.cursor);

    // A second copy gets its own name.
    actor.send({ type: 'assessment.duplicate', id });
    await waitFor(actor, (s) => s.context.library.length === 3);
    expect(actor.getSnapshot().context.library.map((e) => e.companyName)).toContain(
      'Acme Dental (copy 2)',
    );
  });

  it('renames and annotates an assessment from the library; an over-long note is refused', async () => {
    const { start, repo } = await setup();
    const actor = await start();
    const id = await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.rename', id, companyName: '  Acme Dental Group  ' });
    await waitFor(actor, (s) => s.context.library[0]?.companyName === 'Acme Dental Group');
    await inWelcome(actor);
    actor.send({
      type: 'note.set',
      questionId: 'assessment',
      text: 'Send the PDF',
      assessmentId: id,
    });
    await waitFor(actor, (s) => s.context.library[0]?.note === 'Send the PDF');
    await inWelcome(actor);
    actor.send({
      type: 'note.set',
      questionId: 'assessment',
      text: 'x'.repeat(MAX_NOTE_LENGTH + 1),
      assessmentId: id,
    });
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
    const record = (await repo.load(id)).record!;
    expect(record.companyName).toBe('Acme Dental Group');
    expect(record.notes).toEqual({ employees: 'Six are contractors', assessment: 'Send the PDF' });
  });

  it('deletes with undo: hidden at once, kept on disk, restored whole by undo', async () => {
    const { start, repo } = await setup();
    const actor = await start();
    const id = await createFinished(actor, 'Acme Dental');
    const before = (await repo.load(id)).record!;
    actor.send({ type: 'assessment.delete', id });
    await waitFor(actor, (s) => deletionOf(s).matches('pending'));
    expect(actor.getSnapshot().context.library).toEqual([]);
    expect(actor.getSnapshot().context.pendingDeletions.map((e) => e.companyName)).toEqual([
      'Acme Dental',
    ]);
    expect((await repo.load(id)).record?.deletedAt).toEqual(expect.any(String));

    actor.send({ type: 'deletion.undo' });
    await deletionIdle(actor);
    expect(actor.getSnapshot().context.library.map((e) => e.id)).toEqual([id]);
    expect((await repo.load(id)).record).toEqual(before);
  });

  it('erases the record when the undo window ends', async () => {
    const { start, repo } = await setup({ undoMs: 50 });
    const actor = await start();
    const id = await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.delete', id });
    await waitFor(actor, (s) => deletionOf(s).matches('pending'));
    await deletionIdle(actor);
    expect((await repo.load(id)).record).toBeNull();
    expect((await repo.list()).summaries).toEqual([]);
  });

  it('the undo window waits while the offer is in use, and starts again in full when let go', async () => {
    const { start, repo } = await setup({ undoMs: 60 });
    const actor = await start();
    const id = await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.delete', id });
    await waitFor(actor, (s) => deletionOf(s).matches('pending'));
    actor.send({ type: 'deletion.hold' });
    await new Promise((r) => setTimeout(r, 150));
    expect(deletionOf(actor.getSnapshot()).matches({ pending: 'held' })).toBe(true);
    expect((await repo.load(id)).record).not.toBeNull();

    actor.send({ type: 'deletion.release' });
    await new Promise((r) => setTimeout(r, 30));
    // "More time" starts the window again.
    actor.send({ type: 'deletion.extend' });
    await new Promise((r) => setTimeout(r, 40));
    expect(deletionOf(actor.getSnapshot()).matches('pending')).toBe(true);
    await deletionIdle(actor);
    expect((await repo.load(id)).record).toBeNull();
  });

  it('two deletes in a row are both pending, and one undo brings both back', async () => {
    const { start } = await setup();
    const actor = await start();
    const first = await createFinished(actor, 'First');
    const second = await createFinished(actor, 'Second');
    actor.send({ type: 'assessment.delete', id: first });
    await waitFor(actor, (s) => deletionOf(s).matches('pending'));
    actor.send({ type: 'assessment.delete', id: second });
    await waitFor(actor, (s) => s.context.pendingDeletions.length === 2);
    expect(actor.getSnapshot().context.pendingDeletions.map((e) => e.id)).toEqual([first, second]);
    expect(actor.getSnapshot().context.library).toEqual([]);
    actor.send({ type: 'deletion.undo' });
    await deletionIdle(actor);
    expect(
      actor
        .getSnapshot()
        .context.library.map((e) => e.id)
        .sort(),
    ).toEqual([first, second].sort());
  });

  it('a tab closed during the undo window loses nothing: the next start offers undo again', async () => {
    const first = await setup();
    const actor = await first.start();
    const id = await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.delete', id });
    await waitFor(actor, (s) => deletionOf(s).matches('pending'));
    actor.stop();

    const again = await setup({ idb: first.idb });
    const reopened = await again.start();
    await waitFor(reopened, (s) => deletionOf(s).matches('pending'));
    expect(reopened.getSnapshot().context.library).toEqual([]);
    expect(reopened.getSnapshot().context.pendingDeletions.map((e) => e.id)).toEqual([id]);
    reopened.send({ type: 'deletion.undo' });
    await deletionIdle(reopened);
    expect(reopened.getSnapshot().context.library.map((e) => e.id)).toEqual([id]);
    expect((await again.repo.load(id)).record?.answers).toMatchObject(discovery);
  });

  it('does not reopen a deleted assessment that was open when the tab closed', async () => {
    const first = await setup();
    const actor = await first.start();
    const id = await createFinished(actor, 'Acme Dental');
    actor.send({ type: 'assessment.delete', id });
    await waitFor(actor, (s) => deletionOf(s).matches('pending'));
    await first.repo.setLastOpenedId(id);
    actor.stop();
    const again = await setup({ idb: first.idb });
    const reopened = await again.start();
    expect(reopened.getSnapshot().matches({ main: 'welcome' })).toBe(true);
  });

  it('asks the browser once to keep the data, when a second assessment is created', async () => {
    const { start, persistCalls } = await setup();
    const actor = await start();
    await createFinished(actor, 'First');
    expect(persistCalls).toEqual([]);
    expect(actor.getSnapshot().context.durability).toBe('unknown');
    actor.send({ type: 'assessment.start', companyName: 'Second' });
    await waitFor(actor, (s) => s.context.durability === 'granted');
    actor.send({ type: 'assessment.close' });
    await inWelcome(actor);
    await createFinished(actor, 'Third');
    expect(persistCalls).toEqual([1]);
  });

  it('does not ask when saves only live in memory', async () => {
    const { start, persistCalls } = await setup({ repo: memoryRepository({ code: 'missing' }) });
    const actor = await start();
    await createFinished(actor, 'First');
    await createFinished(actor, 'Second');
    expect(actor.getSnapshot().context.library).toHaveLength(2);
    expect(persistCalls).toEqual([]);
  });
});

describe('copyName', () => {
  it('adds (copy), then a number when that name is taken', () => {
    expect(copyName('Acme', [])).toBe('Acme (copy)');
    expect(copyName('Acme', ['Acme (copy)'])).toBe('Acme (copy 2)');
    expect(copyName('Acme', ['Acme (copy)', 'Acme (copy 2)'])).toBe('Acme (copy 3)');
    // A copy of a copy counts on from the original's name.
    expect(copyName('Acme (copy)', ['Acme', 'Acme (copy)'])).toBe('Acme (copy 2)');
    expect(copyName('Acme (copy 2)', ['Acme (copy)', 'Acme (copy 2)'])).toBe('Acme (copy 3)');
    expect(copyName('', [])).toBe('(copy)');
  });

  it('stays within 200 characters', () => {
    const long = 'A'.repeat(200);
    expect(copyName(long, [])).toHaveLength(200);
    expect(copyName(long, []).endsWith(' (copy)')).toBe(true);
  });
});
