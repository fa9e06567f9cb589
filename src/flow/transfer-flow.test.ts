// @vitest-environment node
/**
 * Hand-off files, share links, prefill and the leads CSV inside the machine, with the real
 * storage actors over a real repository on fake-indexeddb.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type Actor } from 'xstate';
import { demoConfig } from '../core/config';
import { CONTENT_VERSION, questions } from '../core/content/questions';
import { buildHandoffFile, parseHandoffFile, type ImportedAssessment } from '../core/handoff';
import type { Answers, Result } from '../core/types';
import { openAssessmentRepository } from '../storage/assessment-repository';
import type { LeadRecord } from '../storage/lead-outbox';
import { assessmentMachine } from './assessment-machine';
import { provideFlow } from './provide-flow';
import type { FlowInput, LeadReceipt, LibraryEntry, DurabilityStatus } from './flow-types';
import { LEAD_COLUMNS, leadRows, leadsCsv } from './lead-export';
import { createResultsActor } from './results-actor';
import { createStorageActors } from './storage-actors';
import { discovery } from './test-fixtures';

function handoff(answers: Answers, companyName = 'Beta Law'): ImportedAssessment {
  const file = buildHandoffFile(
    {
      companyName,
      createdAt: '2026-11-20T09:00:00.000Z',
      answers,
      notes: { employees: 'Two part-time' },
      assumptions: null,
    },
    '2026-11-21T09:00:00.000Z',
  );
  const parsed = parseHandoffFile(JSON.stringify(file));
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.value;
}

type FlowActor = Actor<typeof assessmentMachine>;

async function setup(
  input: FlowInput = {},
  options: { share?: Result<ImportedAssessment>; leads?: LeadReceipt[]; idb?: IDBFactory } = {},
) {
  const idb = options.idb ?? new IDBFactory();
  const repo = await openAssessmentRepository({ idb, onFault: () => undefined });
  let n = 0;
  const exports: LibraryEntry[][] = [];
  const machine = provideFlow({
    ...createStorageActors(repo, {
      now: () => '2026-12-01T10:00:00.000Z',
      newId: () => `id-${++n}`,
    }),
    computeResults: createResultsActor(demoConfig),
    requestDurability: fromPromise<DurabilityStatus>(async () => 'granted'),
    loadLeads: fromPromise(async () => options.leads ?? []),
    eraseLeads: fromPromise<void>(async () => {}),
    readShare: fromPromise(async () => {
      if (!options.share) throw new Error('no share');
      return options.share;
    }),
    exportLeads: fromPromise(async ({ input }: { input: { library: LibraryEntry[] } }) => {
      exports.push(input.library);
    }),
  });
  const start = async (): Promise<FlowActor> => {
    const actor = createActor(machine, { input }).start();
    await waitFor(
      actor,
      (s) =>
        s.matches({ main: 'welcome' }) ||
        s.matches({ main: 'open' }) ||
        s.matches({ main: 'shared' }),
    );
    return actor;
  };
  return { idb, repo, start, exports };
}

const inWelcome = (actor: FlowActor) => waitFor(actor, (s) => s.matches({ main: 'welcome' }));
const inResults = (actor: FlowActor) =>
  waitFor(actor, (s) => s.matches({ main: { open: 'results' } }));

async function makeOne(actor: FlowActor, companyName: string): Promise<string> {
  actor.send({ type: 'assessment.start', companyName });
  await waitFor(actor, (s) => s.matches({ main: 'open' }));
  const id = actor.getSnapshot().context.current!.id;
  actor.send({ type: 'answer.set', questionId: 'employees', value: 7 });
  actor.send({ type: 'assessment.close' });
  await inWelcome(actor);
  return id;
}

describe('importing a hand-off file', () => {
  it('makes a new assessment with a fresh id, opens its results, and leaves the others alone', async () => {
    const { start, repo } = await setup();
    const actor = await start();
    const existing = await makeOne(actor, 'Beta Law');
    const before = (await repo.load(existing)).record!;

    actor.send({ type: 'assessment.import', assessment: handoff(discovery) });
    await inResults(actor);
    const { current, notices } = actor.getSnapshot().context;
    expect(current!.id).not.toBe(existing);
    expect(current!.companyName).toBe('Beta Law');
    expect(current!.answers).toEqual(discovery);
    expect(current!.notes).toEqual({ employees: 'Two part-time' });
    expect(notices.at(-1)).toMatchObject({ kind: 'imported', source: 'file', id: current!.id });

    const stored = (await repo.load(current!.id)).record!;
    expect(stored.answers).toEqual(discovery);
    expect((await repo.load(existing)).record).toEqual(before);
  });

  it('opens at the review when discovery is not complete', async () => {
    const { start } = await setup();
    const actor = await start();
    actor.send({ type: 'assessment.import', assessment: handoff({ employees: 12 }) });
    await waitFor(actor, (s) => s.matches({ main: { open: 'review' } }));
  });

  it('says which answers a file from another question bank lost', async () => {
    const { start } = await setup();
    const actor = await start();
    const old = {
      ...handoff(discovery),
      contentVersion: '2025.01.1',
      dropped: [{ field: 'retired-question', message: 'no such question' }],
    };
    actor.send({ type: 'assessment.import', assessment: old });
    await inResults(actor);
    expect(actor.getSnapshot().context.notices.at(-1)).toMatchObject({
      kind: 'imported',
      versions: { file: '2025.01.1', app: CONTENT_VERSION },
      dropped: [{ field: 'retired-question', message: 'no such question' }],
    });
  });

  it('is refused with invalid answers, and outside the welcome screen', async () => {
    const { start } = await setup();
    const actor = await start();
    const bad = { ...handoff(discovery), answers: { employees: -3 } };
    actor.send({ type: 'assessment.import', assessment: bad });
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);

    actor.send({ type: 'assessment.start', companyName: 'Open one' });
    await waitFor(actor, (s) => s.matches({ main: 'open' }));
    const id = actor.getSnapshot().context.current!.id;
    actor.send({ type: 'assessment.import', assessment: handoff(discovery) });
    expect(actor.getSnapshot().context.current!.id).toBe(id);
    expect(actor.getSnapshot().matches({ main: { open: 'questionnaire' } })).toBe(true);
  });
});

describe('a hand-off file too large to keep', () => {
  // Valid (every note within its length, the file within its limit), but 10,000 three-byte
  // characters in each of many notes come to more than one stored assessment may hold.
  function bulky(): ImportedAssessment {
    const ids = questions.map((q) => q.id).slice(0, 40);
    const notes = Object.fromEntries(ids.map((id) => [id, '記'.repeat(10_000)]));
    const file = buildHandoffFile(
      {
        companyName: 'Delta Ltd',
        createdAt: '2026-11-20T09:00:00.000Z',
        answers: discovery,
        notes,
        assumptions: null,
      },
      '2026-11-21T09:00:00.000Z',
    );
    const parsed = parseHandoffFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.issues)}`);
    return parsed.value;
  }

  it('is refused for its size, not blamed on the device, and a later import replaces the notice', async () => {
    const { start, repo } = await setup();
    const actor = await start();
    actor.send({ type: 'assessment.import', assessment: bulky() });
    await waitFor(actor, (s) => s.matches({ main: 'welcome' }) && s.context.notices.length > 0);
    const [notice] = actor.getSnapshot().context.notices;
    expect(notice).toMatchObject({ kind: 'import-too-large', source: 'file' });
    expect(notice!.kind === 'import-too-large' && notice!.reason).toMatch(
      /^1\.\d\d MiB is over the 1\.00 MiB limit/,
    );
    expect((await repo.list()).summaries).toHaveLength(0);

    actor.send({ type: 'assessment.import', assessment: handoff(discovery) });
    await inResults(actor);
    const kinds = actor.getSnapshot().context.notices.map((n) => n.kind);
    expect(kinds).toEqual(['imported']);
  });
});

describe('a share link', () => {
  const shared = handoff(discovery, 'Gamma Clinic');

  it('opens read-only results: answers cannot change and nothing is saved', async () => {
    const { start, repo } = await setup(
      { share: '#share=x' },
      { share: { ok: true, value: shared } },
    );
    const actor = await start();
    const s = actor.getSnapshot();
    expect(s.matches({ main: 'shared' })).toBe(true);
    expect(s.context.shared!.companyName).toBe('Gamma Clinic');
    expect(s.context.current).toBeNull();
    actor.send({ type: 'answer.set', questionId: 'employees', value: 3 });
    actor.send({ type: 'assessment.start', companyName: 'x' });
    expect(actor.getSnapshot().matches({ main: 'shared' })).toBe(true);
    expect(actor.getSnapshot().context.shared!.answers).toEqual(discovery);
    await new Promise((r) => setTimeout(r, 200));
    expect((await repo.list()).summaries).toEqual([]);
  });

  it('opens even when a last assessment would have been resumed', async () => {
    const idb = new IDBFactory();
    const first = await setup({}, { idb });
    const a = await first.start();
    a.send({ type: 'assessment.start', companyName: 'Last one' });
    await waitFor(a, (s) => s.matches({ main: 'open' }));
    a.stop();
    const { start } = await setup(
      { share: '#share=x' },
      { idb, share: { ok: true, value: shared } },
    );
    const actor = await start();
    expect(actor.getSnapshot().matches({ main: 'shared' })).toBe(true);
  });

  it('"Save a copy on this device" keeps it as a new assessment and opens it normally', async () => {
    const { start, repo } = await setup(
      { share: '#share=x' },
      { share: { ok: true, value: shared } },
    );
    const actor = await start();
    actor.send({ type: 'shared.save' });
    await inResults(actor);
    const { current, shared: after, notices } = actor.getSnapshot().context;
    expect(after).toBeNull();
    expect(current!.companyName).toBe('Gamma Clinic');
    expect(notices.at(-1)).toMatchObject({ kind: 'imported', source: 'link' });
    expect((await repo.load(current!.id)).record!.answers).toEqual(discovery);
    // Now editable like any other, and saved over its own record without a conflict.
    actor.send({ type: 'answer.set', questionId: 'pr-mfa', value: 2 });
    expect(actor.getSnapshot().context.current!.answers['pr-mfa']).toBe(2);
    await waitFor(actor, (s) => s.matches({ autosave: 'saving' }));
    await waitFor(actor, (s) => s.matches({ autosave: 'idle' }));
    expect((await repo.load(current!.id)).record!.answers['pr-mfa']).toBe(2);
    expect(actor.getSnapshot().context.notices.some((n) => n.kind === 'conflict')).toBe(false);
  });

  it('"Close" goes to the welcome screen without saving', async () => {
    const { start, repo } = await setup(
      { share: '#share=x' },
      { share: { ok: true, value: shared } },
    );
    const actor = await start();
    actor.send({ type: 'shared.close' });
    await inWelcome(actor);
    expect(actor.getSnapshot().context.shared).toBeNull();
    expect((await repo.list()).summaries).toEqual([]);
  });

  it('a damaged link lands on the welcome screen with the reason', async () => {
    const { start } = await setup(
      { share: '#share=x' },
      { share: { ok: false, issues: [{ field: 'link', message: 'is damaged' }] } },
    );
    const actor = await start();
    await inWelcome(actor);
    expect(actor.getSnapshot().context.notices.at(-1)).toEqual({
      kind: 'share-invalid',
      issues: [{ field: 'link', message: 'is damaged' }],
    });
  });
});

describe('prefill from the link', () => {
  const prefill: Answers = { employees: 120, industry: 'legal' };

  it('fills the discovery answers of the next new assessment only', async () => {
    const { start } = await setup({ prefill });
    const actor = await start();
    expect(actor.getSnapshot().context.prefill).toEqual(prefill);
    actor.send({ type: 'assessment.start', companyName: 'From the CRM' });
    await waitFor(actor, (s) => s.matches({ main: 'open' }));
    expect(actor.getSnapshot().context.current!.answers).toEqual(prefill);
    expect(actor.getSnapshot().context.prefill).toEqual({});
    actor.send({ type: 'assessment.close' });
    await inWelcome(actor);
    actor.send({ type: 'assessment.start', companyName: 'Second' });
    await waitFor(actor, (s) => s.matches({ main: 'open' }));
    expect(actor.getSnapshot().context.current!.answers).toEqual({});
  });

  it('is never applied to an existing assessment, and starts at the welcome screen', async () => {
    const idb = new IDBFactory();
    const first = await setup({}, { idb });
    const a = await first.start();
    const id = await makeOne(a, 'Existing');
    a.send({ type: 'assessment.resume', id });
    await waitFor(a, (s) => s.matches({ main: 'open' }));
    a.stop();

    const { start } = await setup({ prefill }, { idb });
    const actor = await start();
    expect(actor.getSnapshot().matches({ main: 'welcome' })).toBe(true);
    actor.send({ type: 'assessment.resume', id });
    await waitFor(actor, (s) => s.matches({ main: 'open' }));
    expect(actor.getSnapshot().context.current!.answers).toEqual({ employees: 7 });
  });

  it('says what in the link could not be used', async () => {
    const { start } = await setup({
      prefill: {},
      prefillProblems: [{ field: 'industry', message: 'must be one of "legal"' }],
    });
    const actor = await start();
    expect(actor.getSnapshot().context.notices).toEqual([
      { kind: 'prefill', problems: [{ field: 'industry', message: 'must be one of "legal"' }] },
    ]);
  });
});

describe('exporting the leads', () => {
  it('runs only when there are leads, with the library for the scores', async () => {
    const none = await setup();
    const a = await none.start();
    a.send({ type: 'leads.export' });
    expect(a.getSnapshot().matches({ transfer: 'idle' })).toBe(true);
    expect(none.exports).toEqual([]);

    const lead: LeadReceipt = {
      leadId: 'l1',
      assessmentId: 'a1',
      createdAt: '2026-11-23T10:00:00.000Z',
      status: 'local',
      attempts: 0,
    };
    const some = await setup({}, { leads: [lead] });
    const b = await some.start();
    await waitFor(b, (s) => s.context.leads.length === 1);
    b.send({ type: 'leads.export' });
    await waitFor(b, (s) => s.matches({ transfer: 'idle' }));
    expect(some.exports).toHaveLength(1);
  });
});

describe('the leads CSV', () => {
  const record = (partial: Partial<LeadRecord> = {}): LeadRecord => ({
    schemaVersion: 1,
    leadId: 'l1',
    assessmentId: 'a1',
    createdAt: '2026-11-23T10:00:00.000Z',
    webhookUrl: null,
    status: 'local',
    attempts: 0,
    lastAttemptAt: null,
    settledAt: null,
    lastError: null,
    payload: {
      schema: 'fractional-fit.lead/1',
      leadId: 'l1',
      assessmentId: 'a1',
      createdAt: '2026-11-23T10:00:00.000Z',
      brand: 'Northwind',
      contact: {
        name: 'Dana',
        email: 'dana@x.example',
        company: '=HYPERLINK("http://x","y")',
        phone: null,
      },
      consent: { text: 'ok', version: '2026-11', givenAt: '2026-11-23T10:00:00.000Z' },
      results: null,
    },
    ...partial,
  });
  const entry: LibraryEntry = {
    id: 'a1',
    companyName: 'Acme',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    progress: { answered: 10, total: 40 },
    scoreSummary: { gap: 62, model: 'vciso-retainer' },
    note: '',
  };

  it('has one row per lead under the named columns, the score from the library', () => {
    const rows = leadRows([record()], [entry]);
    expect(rows).toEqual([
      [
        '2026-11-23T10:00:00.000Z',
        '=HYPERLINK("http://x","y")',
        'Dana',
        'dana@x.example',
        '',
        'yes, version 2026-11, 2026-11-23T10:00:00.000Z',
        'kept on this device (no webhook)',
        62,
        'A vCISO on a monthly retainer',
      ],
    ]);
  });

  it('writes a formula-looking company name as text', () => {
    const csv = leadsCsv([record()], [entry]);
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(LEAD_COLUMNS.join(','));
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('says so where a delivered lead no longer keeps personal data', () => {
    const rows = leadRows([record({ status: 'sent', payload: null })], []);
    expect(rows[0]!.slice(1, 5)).toEqual([
      '(removed after delivery)',
      '(removed after delivery)',
      '(removed after delivery)',
      '(removed after delivery)',
    ]);
    expect(rows[0]![6]).toBe('sent');
  });
});
