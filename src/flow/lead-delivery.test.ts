import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LeadRecord } from '../storage/lead-outbox';
import {
  classifyStatus,
  leadRequest,
  looksLikeBot,
  MIN_FILL_MS,
  nextPendingLead,
  retryDelayMs,
  RETRY_CAP_MS,
  validateLeadInput,
  type LeadInput,
} from './lead-delivery';

const valid: LeadInput = {
  leadId: '0b7c6f1e-1d2a-4c55-9a0b-1234567890ab',
  name: 'Dana Reyes',
  email: 'dana@acme-dental.example',
  company: 'Acme Dental',
  phone: '',
  consent: true,
  honeypot: '',
  fillMs: 12_000,
};

describe('validateLeadInput', () => {
  it('accepts a complete form, with or without a phone number', () => {
    expect(validateLeadInput(valid)).toEqual([]);
    expect(validateLeadInput({ ...valid, phone: '+1 (555) 010-2030' })).toEqual([]);
  });

  it.each([
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(101) }],
    ['email', { email: '' }],
    ['email', { email: 'dana@' }],
    ['email', { email: 'dana acme@x.com' }],
    ['email', { email: 'dana@localhost' }],
    ['company', { company: '' }],
    ['phone', { phone: 'call me' }],
    ['phone', { phone: '123' }],
    ['consent', { consent: false }],
    ['leadId', { leadId: '../etc' }],
  ] as const)('reports %s for %j', (field, change) => {
    const issues = validateLeadInput({ ...valid, ...change });
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0]!.message.length).toBeGreaterThan(5);
  });
});

describe('bot resistance', () => {
  it.each([
    [{ honeypot: '', fillMs: MIN_FILL_MS }, false],
    [{ honeypot: '', fillMs: 60_000 }, false],
    [{ honeypot: 'https://spam.example', fillMs: 60_000 }, true],
    [{ honeypot: '', fillMs: MIN_FILL_MS - 1 }, true],
    [{ honeypot: '', fillMs: Number.NaN }, true],
    [{ honeypot: '', fillMs: -5 }, true],
  ])('%j looks like a bot: %s', (input, bot) => {
    expect(looksLikeBot(input)).toBe(bot);
  });
});

describe('retry back-off', () => {
  it('doubles from 2 s, with ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, mid))).toEqual([
      2000, 4000, 8000, 16000, 32000,
    ]);
    expect(retryDelayMs(1, () => 0)).toBe(1600);
    expect(retryDelayMs(1, () => 1)).toBe(2400);
  });

  it('is capped, and never NaN, negative or infinite whatever the attempt and the random', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ noNaN: false }), (n, r) => {
        const d = retryDelayMs(n, () => r);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(1600);
        expect(d).toBeLessThanOrEqual(RETRY_CAP_MS * 1.2);
      }),
    );
    expect(retryDelayMs(40, () => 0.5)).toBe(RETRY_CAP_MS);
  });
});

describe('webhook answers', () => {
  it.each([
    [200, 'sent'],
    [201, 'sent'],
    [204, 'sent'],
    [408, 'retry'],
    [409, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [0, 'retry'],
    [400, 'rejected'],
    [401, 'rejected'],
    [404, 'rejected'],
    [422, 'rejected'],
    [302, 'rejected'],
  ] as const)('HTTP %i means %s', (status, outcome) => {
    expect(classifyStatus(status)).toBe(outcome);
  });
});

describe('the request', () => {
  const record: LeadRecord = {
    schemaVersion: 1,
    leadId: 'lead-1',
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
      leadId: 'lead-1',
      assessmentId: 'a1',
      createdAt: '2026-11-23T10:00:00.000Z',
      brand: 'Northwind',
      contact: { name: 'Dana', email: 'd@x.io', company: 'Acme', phone: null },
      consent: { text: 'You may call me.', version: 'v1', givenAt: '2026-11-23T10:00:00.000Z' },
      results: null,
    },
  };

  it('posts JSON with the lead id as the idempotency key, without cookies or referrer', () => {
    const req = leadRequest(record)!;
    expect(req.url).toBe('https://hooks.example.com/leads');
    expect(req.init.method).toBe('POST');
    expect(req.init.headers).toEqual({
      'Content-Type': 'application/json',
      'Idempotency-Key': 'lead-1',
    });
    expect(req.init.credentials).toBe('omit');
    expect(req.init.referrerPolicy).toBe('no-referrer');
    const body = JSON.parse(req.init.body as string) as { leadId: string; results: unknown };
    expect(body.leadId).toBe('lead-1');
    expect(body.results).toBeNull();
  });

  it('has nothing to send without a webhook or once the payload was dropped', () => {
    expect(leadRequest({ ...record, webhookUrl: null })).toBeNull();
    expect(leadRequest({ ...record, status: 'sent', payload: null })).toBeNull();
  });

  it('picks the oldest pending lead', () => {
    const leads = [
      { leadId: 'b', status: 'pending', createdAt: '2026-11-23T10:02:00Z' },
      { leadId: 'a', status: 'sent', createdAt: '2026-11-23T10:00:00Z' },
      { leadId: 'c', status: 'pending', createdAt: '2026-11-23T10:01:00Z' },
    ];
    expect(nextPendingLead(leads)?.leadId).toBe('c');
    expect(nextPendingLead([])).toBeNull();
  });
});
