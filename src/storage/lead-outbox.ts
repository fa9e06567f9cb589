/**
 * Leads waiting to be delivered (and a short receipt of those that were), kept under `lead:` keys
 * in the widget's own IndexedDB store. Records are validated on every read; one that fails is
 * skipped and counted, never deleted. Storage faults never reach the caller: the outbox keeps
 * working in this tab's memory and says so through `persistent()`.
 */
import { delMany, entries, get, keys, set, type UseStore } from 'idb-keyval';
import type { FieldIssue, Result } from '../core/types';
import { ValidationError } from '../core/types';
import { DEFAULT_OPEN_TIMEOUT_MS, IdbConnection, indexedDBFactory } from './idb-connection';
import { isPlainObject as isObject } from '../core/plain-data';
import { withTimeout } from './with-timeout';
import {
  isLeadDateTime,
  LEAD_ID_PATTERN,
  LEAD_SCHEMA_V1,
  validateLeadPayload,
  type LeadPayloadV1,
} from '../core/lead-payload';

export const LEAD_SCHEMA_VERSION = 1;
/** Key prefix of a lead: `lead:<leadId>`. */
export const LEAD_PREFIX = 'lead:';
/** A stored lead, serialized as JSON, may not exceed 256 KiB (results included). */
export const MAX_LEAD_BYTES = 256 * 1024;
/** Limit for each IndexedDB call. */
export const DEFAULT_OUTBOX_TIMEOUT_MS = 3_000;

export const LEAD_STATUSES = ['pending', 'sent', 'rejected', 'local'] as const;
/**
 * pending: waiting to be delivered; sent: the webhook accepted it (personal data dropped);
 * rejected: the webhook refused it for good; local: no webhook configured, kept on this device.
 */
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/**
 * The JSON body sent to the webhook: core's lead schema (src/core/lead-payload.ts), the one a
 * relay checks too. The app writes version 1 today.
 */
export type LeadPayload = LeadPayloadV1;
export type { LeadConsent, LeadContact } from '../core/lead-payload';

export interface LeadRecord {
  schemaVersion: 1;
  leadId: string;
  assessmentId: string;
  createdAt: string;
  /** Where it goes, fixed when the prospect consented; null = kept on this device only. */
  webhookUrl: string | null;
  status: LeadStatus;
  attempts: number;
  lastAttemptAt: string | null;
  /** When it was sent or refused. */
  settledAt: string | null;
  /** The last failure in plain words (status code or network), for support. */
  lastError: string | null;
  /** The payload; null once sent, so personal data does not stay on the device. */
  payload: LeadPayload | null;
}

/** The outbox the flow's lead actors use. */
export interface LeadOutbox {
  /** False once a storage fault moved the outbox into this tab's memory. */
  persistent(): boolean;
  put(record: LeadRecord): Promise<void>;
  get(leadId: string): Promise<LeadRecord | null>;
  /** Every readable lead, oldest first, and how many stored values could not be read. */
  list(): Promise<{ records: LeadRecord[]; unreadable: number }>;
  /** "Delete my answers": erases every lead on this device, sent or not. */
  removeAll(): Promise<void>;
}

const isId = (v: string) => LEAD_ID_PATTERN.test(v);
const RECORD_KEYS = [
  'schemaVersion',
  'leadId',
  'assessmentId',
  'createdAt',
  'webhookUrl',
  'status',
  'attempts',
  'lastAttemptAt',
  'settledAt',
  'lastError',
  'payload',
] as const;
/** Checks a value read from storage (or about to be written); lists every bad field. */
export function validateLeadRecord(raw: unknown): Result<LeadRecord> {
  const issues: FieldIssue[] = [];
  const fail = (field: string, message: string) => issues.push({ field, message });
  if (!isObject(raw))
    return { ok: false, issues: [{ field: '(lead)', message: 'must be an object' }] };
  for (const key of Object.keys(raw)) {
    if (!(RECORD_KEYS as readonly string[]).includes(key)) fail(key, 'is not a known field');
  }
  if (raw.schemaVersion !== LEAD_SCHEMA_VERSION) fail('schemaVersion', 'must be 1');
  const text = (
    v: unknown,
    field: string,
    max: number,
    check?: (v: string) => boolean,
    nullable = false,
  ) => {
    if (nullable && v === null) return;
    if (typeof v !== 'string' || v.length === 0 || v.length > max || (check && !check(v))) {
      fail(field, nullable ? 'must be null or valid text' : 'is missing or invalid');
    }
  };
  text(raw.leadId, 'leadId', 64, isId);
  text(raw.assessmentId, 'assessmentId', 64, isId);
  text(raw.createdAt, 'createdAt', 40, isLeadDateTime);
  text(raw.lastAttemptAt, 'lastAttemptAt', 40, isLeadDateTime, true);
  text(raw.settledAt, 'settledAt', 40, isLeadDateTime, true);
  text(raw.lastError, 'lastError', 500, undefined, true);
  if (raw.webhookUrl !== null && !isWebhookUrl(raw.webhookUrl)) {
    fail('webhookUrl', 'must be null or an https: URL (http: only for localhost)');
  }
  if (!(LEAD_STATUSES as readonly unknown[]).includes(raw.status)) {
    fail('status', `must be one of ${LEAD_STATUSES.join(', ')}`);
  }
  if (typeof raw.attempts !== 'number' || !Number.isInteger(raw.attempts) || raw.attempts < 0) {
    fail('attempts', 'must be a whole number ≥ 0');
  }
  if (raw.payload === null) {
    if (raw.status !== 'sent') fail('payload', 'may be dropped only once the lead was sent');
  } else {
    checkPayload(raw.payload, raw.leadId, raw.assessmentId, fail);
  }
  if (issues.length === 0) {
    let bytes = Infinity;
    try {
      bytes = new TextEncoder().encode(JSON.stringify(raw)).length;
    } catch {
      // A cycle or a BigInt: reported as too large below.
    }
    if (bytes > MAX_LEAD_BYTES) fail('(lead)', `must be at most ${MAX_LEAD_BYTES} bytes as JSON`);
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: raw as unknown as LeadRecord };
}

function checkPayload(
  p: unknown,
  leadId: unknown,
  assessmentId: unknown,
  fail: (field: string, message: string) => void,
): void {
  if (!isObject(p)) return void fail('payload', 'must be an object or null');
  const checked = validateLeadPayload(p, { path: 'payload', schemas: [LEAD_SCHEMA_V1] });
  if (!checked.ok) for (const issue of checked.issues) fail(issue.field, issue.message);
  if (p.leadId !== leadId) fail('payload.leadId', 'must match the record');
  if (p.assessmentId !== assessmentId) fail('payload.assessmentId', 'must match the record');
}

/** https:, or http: for localhost and 127.0.0.1 only (the same rule as parseConfig). */
export function isWebhookUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  return url.protocol === 'https:' || (url.protocol === 'http:' && local);
}

/** Options of createLeadOutbox and openLeadOutbox. */
export interface OutboxOptions {
  /** Limit for each call (and, in openLeadOutbox, for opening the database). */
  timeoutMs?: number;
  /** Told about each storage fault that moved the outbox into memory; default console.warn. */
  onFault?: (error: unknown) => void;
}

/**
 * An outbox over `store` (the widget's own idb-keyval store); null means no IndexedDB at all.
 * Every record is also kept in memory, so a fault at any point loses nothing in this tab.
 */
export function createLeadOutbox(store: UseStore | null, options: OutboxOptions = {}): LeadOutbox {
  const memory = new Map<string, LeadRecord>();
  const timeoutMs = options.timeoutMs ?? DEFAULT_OUTBOX_TIMEOUT_MS;
  const onFault =
    options.onFault ??
    ((e: unknown) => console.warn('[leads] storage fault; keeping leads in memory:', e));
  let live = store !== null;

  async function attempt<T>(
    label: string,
    op: (s: UseStore) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    if (!live || !store) return { ok: false };
    try {
      return { ok: true, value: await withTimeout(op(store), timeoutMs, `lead outbox ${label}`) };
    } catch (error) {
      live = false;
      onFault(error);
      return { ok: false };
    }
  }

  const checked = (record: LeadRecord): LeadRecord => {
    const copy = structuredClone(record);
    const outcome = validateLeadRecord(copy);
    if (!outcome.ok) throw new ValidationError('lead outbox: invalid lead', outcome.issues);
    return outcome.value;
  };

  return {
    persistent: () => live,
    async put(record) {
      const copy = checked(record);
      memory.set(copy.leadId, copy);
      await attempt('put', (s) => set(`${LEAD_PREFIX}${copy.leadId}`, copy, s));
    },
    async get(leadId) {
      if (!isId(leadId)) return null;
      const got = await attempt('get', (s) => get<unknown>(`${LEAD_PREFIX}${leadId}`, s));
      if (got.ok && got.value !== undefined) {
        const outcome = validateLeadRecord(got.value);
        if (outcome.ok && outcome.value.leadId === leadId) return outcome.value;
      }
      const kept = memory.get(leadId);
      return kept ? structuredClone(kept) : null;
    },
    async list() {
      const found = new Map(memory);
      let unreadable = 0;
      const got = await attempt('list', (s) => entries<IDBValidKey, unknown>(s));
      if (got.ok) {
        for (const [key, raw] of got.value) {
          if (typeof key !== 'string' || !key.startsWith(LEAD_PREFIX)) continue;
          const outcome = validateLeadRecord(raw);
          if (outcome.ok && key === `${LEAD_PREFIX}${outcome.value.leadId}`) {
            if (!memory.has(outcome.value.leadId)) found.set(outcome.value.leadId, outcome.value);
          } else {
            unreadable++;
          }
        }
      }
      const records = [...found.values()].map((r) => structuredClone(r));
      records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return { records, unreadable };
    },
    async removeAll() {
      memory.clear();
      await attempt('removeAll', async (s) => {
        const all = await keys<IDBValidKey>(s);
        await delMany(
          all.filter((k) => typeof k === 'string' && k.startsWith(LEAD_PREFIX)),
          s,
        );
      });
    },
  };
}

/**
 * The outbox in `dbName`'s assessments store (the same store as the assessments, under its own
 * `lead:` keys); in memory when this browser offers no IndexedDB to the page. Its connection steps
 * aside when another tab upgrades or deletes the database, and reopens on the next call.
 */
export function openLeadOutbox(
  dbName: string,
  storeName = 'assessments',
  options: OutboxOptions & { idb?: IDBFactory } = {},
): LeadOutbox {
  const idb = indexedDBFactory(options.idb, () => undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  const store = idb ? new IdbConnection(idb, dbName, storeName, timeoutMs).store : null;
  return createLeadOutbox(store, options);
}
