// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get as rawGet, set as rawSet, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../core/types';
import {
  createLeadOutbox,
  LEAD_PREFIX,
  openLeadOutbox,
  validateLeadRecord,
  type LeadRecord,
} from './lead-outbox';

afterEach(() => vi.unstubAllGlobals());

function freshStore(): UseStore {
  vi.stubGlobal('indexedDB', new IDBFactory());
  return createStore('fractional-fit-widget', 'assessments');
}

function lead(partial: Partial<LeadRecord> = {}): LeadRecord {
  const leadId = partial.leadId ?? 'lead-1';
  return {
    schemaVersion: 1,
    leadId,
    assessmentId: 'a1',
    createdAt: '2026-11-23T10:00:00.000Z',
    webhookUrl: 'https://hooks.example.com/leads',
    status: 'pending',
    attempts: 0,
    lastAttemptAt: null,
    settledAt: null,
    lastError: null,
    payload: {
      schema: 'fractional-fit.lead/1',
      leadId,
      assessmentId: 'a1',
      createdAt: '2026-11-23T10:00:00.000Z',
      brand: 'Northwind Managed IT',
      contact: { name: 'Dana Reyes', email: 'dana@acme.example', company: 'Acme', phone: null },
      consent: {
        text: 'You may contact me.',
        version: '2026-11',
        givenAt: '2026-11-23T10:00:00.000Z',
      },
      results: null,
    },
    ...partial,
  };
}

describe('validateLeadRecord', () => {
  it('accepts a pending lead and a sent one whose personal data was dropped', () => {
    expect(validateLeadRecord(lead()).ok).toBe(true);
    expect(validateLeadRecord(lead({ status: 'sent', payload: null })).ok).toBe(true);
    expect(validateLeadRecord(lead({ webhookUrl: null, status: 'local' })).ok).toBe(true);
    expect(validateLeadRecord(lead({ webhookUrl: 'http://127.0.0.1:4175/hook' })).ok).toBe(true);
  });

  it.each([
    ['(lead)', null],
    ['(lead)', 'lead'],
    ['schemaVersion', { schemaVersion: 2 }],
    ['leadId', { leadId: '' }],
    ['leadId', { leadId: 'a/b' }],
    ['createdAt', { createdAt: '2026-11-23' }],
    ['status', { status: 'lost' }],
    ['attempts', { attempts: -1 }],
    ['attempts', { attempts: 1.5 }],
    ['webhookUrl', { webhookUrl: 'javascript:alert(1)' }],
    ['webhookUrl', { webhookUrl: 'http://hooks.example.com' }],
    ['webhookUrl', { webhookUrl: 'https://user:pw@hooks.example.com' }],
    ['payload', { payload: null }],
    ['payload.leadId', { payload: { ...lead().payload!, leadId: 'other' } }],
    [
      'payload.contact.email',
      { payload: { ...lead().payload!, contact: { ...lead().payload!.contact, email: '' } } },
    ],
    [
      'payload.consent.givenAt',
      {
        payload: { ...lead().payload!, consent: { ...lead().payload!.consent, givenAt: 'today' } },
      },
    ],
    ['extra', { extra: 1 }],
  ] as const)('rejects a bad %s', (field, change) => {
    const raw = change === null || typeof change === 'string' ? change : { ...lead(), ...change };
    const outcome = validateLeadRecord(raw);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.field)).toContain(field);
  });
});

describe('the outbox', () => {
  it('keeps leads across a reopen, under lead: keys beside the assessments', async () => {
    const store = freshStore();
    const first = createLeadOutbox(store);
    await first.put(lead());
    await first.put(lead({ leadId: 'lead-2', createdAt: '2026-11-23T09:00:00.000Z' }));
    expect(await rawGet(`${LEAD_PREFIX}lead-1`, store)).toMatchObject({ leadId: 'lead-1' });
    const again = createLeadOutbox(store);
    const { records, unreadable } = await again.list();
    expect(records.map((r) => r.leadId)).toEqual(['lead-2', 'lead-1']);
    expect(unreadable).toBe(0);
    expect((await again.get('lead-1'))?.payload?.contact.name).toBe('Dana Reyes');
    expect(await again.get('nope')).toBeNull();
    expect(await again.get('../bad')).toBeNull();
  });

  it('validates on read: a damaged value is skipped and counted, not deleted', async () => {
    const store = freshStore();
    await rawSet(`${LEAD_PREFIX}bad`, { leadId: 'bad', status: 'pending' }, store);
    await rawSet(`${LEAD_PREFIX}lead-9`, lead(), store); // filed under the wrong id
    await rawSet('assessment:a1', { anything: true }, store);
    const outbox = createLeadOutbox(store);
    const { records, unreadable } = await outbox.list();
    expect(records).toEqual([]);
    expect(unreadable).toBe(2);
    expect(await outbox.get('bad')).toBeNull();
    expect(await rawGet(`${LEAD_PREFIX}bad`, store)).toBeDefined();
  });

  it('refuses to write an invalid lead (a programming error)', async () => {
    const outbox = createLeadOutbox(freshStore());
    await expect(outbox.put(lead({ attempts: -3 }))).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps working in memory when IndexedDB fails, and says so', async () => {
    const broken: UseStore = () => Promise.reject(new DOMException('nope', 'UnknownError'));
    const onFault = vi.fn();
    const outbox = createLeadOutbox(broken, { onFault });
    expect(outbox.persistent()).toBe(true);
    await outbox.put(lead());
    expect(outbox.persistent()).toBe(false);
    expect(onFault).toHaveBeenCalledOnce();
    expect((await outbox.get('lead-1'))?.status).toBe('pending');
    expect((await outbox.list()).records).toHaveLength(1);
    const none = createLeadOutbox(null);
    await none.put(lead());
    expect((await none.list()).records).toHaveLength(1);
  });

  it('erases every lead and nothing else', async () => {
    const store = freshStore();
    await rawSet('assessment:a1', { kept: true }, store);
    const outbox = createLeadOutbox(store);
    await outbox.put(lead());
    await outbox.removeAll();
    expect((await outbox.list()).records).toEqual([]);
    expect(await rawGet(`${LEAD_PREFIX}lead-1`, store)).toBeUndefined();
    expect(await rawGet('assessment:a1', store)).toEqual({ kept: true });
  });

  it('steps aside when another tab upgrades the database, and reopens on next use', async () => {
    const idb = new IDBFactory();
    vi.stubGlobal('indexedDB', idb);
    const outbox = openLeadOutbox('fractional-fit-widget');
    await outbox.put(lead());
    // Another tab opens the database at a higher version: the outbox's open connection must
    // close on 'versionchange', or the upgrade waits ('blocked') for as long as this tab lives.
    const upgraded = await new Promise<'upgraded' | 'blocked'>((resolve, reject) => {
      const request = idb.open('fractional-fit-widget', 2);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('upgraded');
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(upgraded).toBe('upgraded');
    expect((await outbox.get('lead-1'))?.status).toBe('pending');
    await outbox.put(lead({ leadId: 'lead-2' }));
    expect(outbox.persistent()).toBe(true);
    const { records } = await outbox.list();
    expect(records.map((r) => r.leadId)).toEqual(['lead-1', 'lead-2']);
  });
});
