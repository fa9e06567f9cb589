/**
 * The lead as it travels: the JSON body the app posts to its webhook and a relay accepts. One
 * validator for both ends, so the app never stores a lead the relay would refuse. Every schema
 * version stays readable; `toLatestLeadPayload` lifts an older one to the current shape.
 */
import type { FieldIssue, Result } from './types';
import { isPlainObject as isObject } from './plain-data';
import { COMPANY_NAME_MAX, ID_PATTERN, isIsoDateTime } from './limits';

export const LEAD_SCHEMA_V1 = 'fractional-fit.lead/1';
export const LEAD_SCHEMA_V2 = 'fractional-fit.lead/2';
export const LEAD_SCHEMAS = [LEAD_SCHEMA_V1, LEAD_SCHEMA_V2] as const;
export type LeadSchema = (typeof LEAD_SCHEMAS)[number];

/** A lead id (also the Idempotency-Key) and an assessment id: URL- and file-name-safe. */
export const LEAD_ID_PATTERN = ID_PATTERN;
/** Longest value of each text field, in UTF-16 code units (String.length). */
export const LEAD_PAYLOAD_LIMITS = {
  brand: 80,
  name: 100,
  email: 254,
  company: COMPANY_NAME_MAX,
  phone: 40,
  consentText: 2000,
  consentVersion: 40,
  dateTime: 40,
} as const;

/**
 * First-touch marketing attribution: the campaign parameters, click ids, referrer and landing
 * page seen when the visitor first arrived, with the time they were captured.
 */
export const ATTRIBUTION_LIMITS = {
  utm_source: 200,
  utm_medium: 200,
  utm_campaign: 200,
  utm_term: 200,
  utm_content: 200,
  gclid: 512,
  fbclid: 512,
  msclkid: 512,
  referrer: 2048,
  landingPage: 2048,
  capturedAt: LEAD_PAYLOAD_LIMITS.dateTime,
} as const;
export type AttributionKey = keyof typeof ATTRIBUTION_LIMITS;
export const ATTRIBUTION_KEYS = Object.keys(ATTRIBUTION_LIMITS) as AttributionKey[];
/** Each key optional; a key is left out rather than sent empty. capturedAt is ISO 8601. */
export type LeadAttribution = Partial<Record<AttributionKey, string>>;

export interface LeadContact {
  name: string;
  email: string;
  company: string;
  /** Optional; null when not given. */
  phone: string | null;
}

/** What the prospect agreed to, in the words shown, and when. */
export interface LeadConsent {
  text: string;
  version: string;
  /** ISO 8601 date-time the box was ticked and the form sent. */
  givenAt: string;
}

/** Version 1, as the app has sent it since leads began. */
export interface LeadPayloadV1 {
  schema: typeof LEAD_SCHEMA_V1;
  /** Also the Idempotency-Key header: a retry or a restore never makes a second lead. */
  leadId: string;
  assessmentId: string;
  createdAt: string;
  brand: string;
  contact: LeadContact;
  consent: LeadConsent;
  /** The answers summary, scores and recommendation; null unless config.lead.includeResults. */
  results: Record<string, unknown> | null;
}

/** Version 2: version 1 plus where the visitor came from and whether it was the demo. */
export interface LeadPayloadV2 extends Omit<LeadPayloadV1, 'schema'> {
  schema: typeof LEAD_SCHEMA_V2;
  /** First-touch attribution; null when none was captured (or the visitor declined). */
  attribution: LeadAttribution | null;
  /** True when the lead came from the unconfigured demo rather than an MSP's configuration. */
  demo: boolean;
}

export type LeadPayload = LeadPayloadV1 | LeadPayloadV2;

/** Options of validateLeadPayload. */
export interface LeadPayloadCheckOptions {
  /** Put before every issue's field, e.g. 'payload' gives 'payload.contact.email'. */
  path?: string;
  /** The schemas accepted; default every known one. */
  schemas?: readonly LeadSchema[];
}

const V1_KEYS = [
  'schema',
  'leadId',
  'assessmentId',
  'createdAt',
  'brand',
  'contact',
  'consent',
  'results',
] as const;
const V2_KEYS = [...V1_KEYS, 'attribution', 'demo'] as const;

/** True for an ISO 8601 date-time as the app writes them (toISOString, or with an offset). */
export function isLeadDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= LEAD_PAYLOAD_LIMITS.dateTime &&
    isIsoDateTime(value)
  );
}

/**
 * Checks a lead body from anywhere (the outbox, a relay's request); lists every bad field with
 * its path. The value returned is the input itself, typed, not a copy.
 */
export function validateLeadPayload(
  raw: unknown,
  options: LeadPayloadCheckOptions = {},
): Result<LeadPayload> {
  const prefix = options.path ? `${options.path}.` : '';
  const issues: FieldIssue[] = [];
  const fail = (field: string, message: string) =>
    issues.push({ field: `${prefix}${field}`, message });
  if (!isObject(raw)) {
    return {
      ok: false,
      issues: [{ field: options.path || '(lead)', message: 'must be an object' }],
    };
  }
  const schemas = options.schemas ?? LEAD_SCHEMAS;
  const schema = (schemas as readonly unknown[]).includes(raw.schema)
    ? (raw.schema as LeadSchema)
    : null;
  if (schema === null) fail('schema', `must be ${schemas.join(' or ')}`);
  // An unknown schema is checked as the latest accepted one, so every other issue still shows.
  const checkedAs = schema ?? schemas[schemas.length - 1] ?? LEAD_SCHEMA_V1;
  const known: readonly string[] = checkedAs === LEAD_SCHEMA_V1 ? V1_KEYS : V2_KEYS;
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) fail(key, 'is not a known field');
  }
  checkCommon(raw, fail);
  if (checkedAs === LEAD_SCHEMA_V2) {
    if (typeof raw.demo !== 'boolean') fail('demo', 'must be true or false');
    checkAttribution(raw.attribution, fail);
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: raw as unknown as LeadPayload };
}

type Fail = (field: string, message: string) => void;

/**
 * The fields every version has, with the rules the outbox has applied since version 1 (contact
 * and consent were never closed to extra keys, so they are not here either).
 */
function checkCommon(p: Record<string, unknown>, fail: Fail): void {
  if (typeof p.leadId !== 'string' || !LEAD_ID_PATTERN.test(p.leadId)) {
    fail('leadId', 'is missing or invalid');
  }
  if (typeof p.assessmentId !== 'string' || !LEAD_ID_PATTERN.test(p.assessmentId)) {
    fail('assessmentId', 'is missing or invalid');
  }
  if (!isLeadDateTime(p.createdAt)) fail('createdAt', 'is invalid');
  if (typeof p.brand !== 'string' || p.brand.length > LEAD_PAYLOAD_LIMITS.brand) {
    fail('brand', 'is invalid');
  }
  const c = p.contact;
  if (!isObject(c)) fail('contact', 'must be an object');
  else {
    for (const key of ['name', 'email', 'company'] as const) {
      const v = c[key];
      if (typeof v !== 'string' || v.trim() === '' || v.length > LEAD_PAYLOAD_LIMITS[key]) {
        fail(`contact.${key}`, 'is missing or too long');
      }
    }
    if (
      c.phone !== null &&
      (typeof c.phone !== 'string' || c.phone.length > LEAD_PAYLOAD_LIMITS.phone)
    ) {
      fail('contact.phone', `must be null or at most ${LEAD_PAYLOAD_LIMITS.phone} characters`);
    }
  }
  const consent = p.consent;
  if (!isObject(consent)) fail('consent', 'must be an object');
  else {
    if (typeof consent.text !== 'string' || consent.text.length > LEAD_PAYLOAD_LIMITS.consentText) {
      fail('consent.text', 'is invalid');
    }
    if (
      typeof consent.version !== 'string' ||
      consent.version.length > LEAD_PAYLOAD_LIMITS.consentVersion
    ) {
      fail('consent.version', 'is invalid');
    }
    if (!isLeadDateTime(consent.givenAt)) fail('consent.givenAt', 'must be an ISO date-time');
  }
  if (p.results !== null && !isObject(p.results)) fail('results', 'must be an object or null');
}

function checkAttribution(a: unknown, fail: Fail): void {
  if (a === null) return;
  if (!isObject(a)) return void fail('attribution', 'must be an object or null');
  for (const [key, value] of Object.entries(a)) {
    if (!(key in ATTRIBUTION_LIMITS)) {
      fail(`attribution.${key}`, 'is not a known field');
      continue;
    }
    const max = ATTRIBUTION_LIMITS[key as AttributionKey];
    if (typeof value !== 'string' || value === '' || value.length > max) {
      fail(`attribution.${key}`, `must be left out, or text of 1 to ${max} characters`);
    } else if (key === 'capturedAt' && !isLeadDateTime(value)) {
      fail('attribution.capturedAt', 'must be an ISO date-time');
    }
  }
}

/**
 * The payload in the current version's shape. A version 1 lead had no attribution, and it never
 * came from the demo: the demo has no webhook, so its leads stayed on the device.
 */
export function toLatestLeadPayload(payload: LeadPayload): LeadPayloadV2 {
  if (payload.schema === LEAD_SCHEMA_V2) return payload;
  return { ...payload, schema: LEAD_SCHEMA_V2, attribution: null, demo: false };
}
