// @vitest-environment node
/**
 * The relay and the app agree: what the app's lead actors capture and post today, the relay
 * takes; the shared schema judges a version 1 payload exactly as the app's outbox does; and the
 * relay's answers mean what the app's delivery takes them to mean.
 */
import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { assess } from '../src/core/assess';
import { demoConfig } from '../src/core/config';
import record2026 from '../src/core/content/fixtures/2026.11.1/assessment-record.json';
import plainV1 from '../src/core/content/fixtures/2026.12.1/lead-payload-v1.json';
import { validateLeadPayload } from '../src/core/lead-payload';
import type { Config } from '../src/core/types';
import type { OpenAssessment } from '../src/flow/flow-types';
import { createLeadActors } from '../src/flow/lead-actors';
import type { LeadInput } from '../src/flow/lead-delivery';
import { createLeadOutbox, validateLeadRecord, type LeadRecord } from '../src/storage/lead-outbox';
import { createFileLeadStore } from './file-store';
import { createRelay, keepMsFor, leaseMsFor, type Relay } from './relay';
import {
  fakeTargets,
  ORIGIN,
  tempDir,
  testConfig,
  WEBHOOK_HOST,
} from './test-support/relay-fixtures';

const assessment: OpenAssessment = {
  id: record2026.id,
  companyName: record2026.companyName,
  createdAt: record2026.createdAt,
  answers: record2026.answers as OpenAssessment['answers'],
  notes: {},
  assumptions: null,
  scenario: null,
  cursor: null,
};

const form = (leadId: string): LeadInput => ({
  leadId,
  name: 'Dana Reyes',
  email: 'dana.reyes@harbourlane.example',
  company: 'Harbour Lane Software',
  phone: '+1 555 010 4477',
  consent: true,
  honeypot: '',
  fillMs: 30_000,
});

describe('the app, posting to the relay', () => {
  let dir: string;
  let relay: Relay;
  let targets: ReturnType<typeof fakeTargets>;
  beforeEach(async () => {
    dir = await tempDir();
    targets = fakeTargets();
    const config = testConfig(dir, { RELAY_HUBSPOT_PORTAL_ID: '', RELAY_HUBSPOT_FORM_ID: '' });
    relay = createRelay(config, {
      store: createFileLeadStore(dir, { leaseMs: leaseMsFor(config), keepMs: keepMsFor(config) }),
      fetch: targets.fetch,
      sleep: async () => {},
      log: () => {},
    });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it.each([false, true])(
    'is sent once, even when the answer is lost (results included: %s)',
    async (includeResults) => {
      const config: Config = {
        ...demoConfig,
        lead: {
          ...demoConfig.lead,
          webhookUrl: 'https://relay.northwind.example/leads',
          includeResults,
        },
      };
      let dropNextAnswer = true;
      // The browser adds the Origin header; the first answer is lost on the way back.
      const browserFetch = async (url: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('Origin', ORIGIN);
        const response = await relay.handle(new Request(url, { ...init, headers }));
        if (dropNextAnswer) {
          dropNextAnswer = false;
          throw new TypeError('Failed to fetch');
        }
        return response;
      };
      const outbox = createLeadOutbox(null);
      const actors = createLeadActors(outbox, {
        config,
        now: () => new Date().toISOString(),
        fetch: browserFetch as typeof fetch,
      });
      const leadId = includeResults ? 'contract-with-results' : 'contract-plain';
      const capture = createActor(actors.captureLead, {
        input: {
          lead: form(leadId),
          assessment,
          // The flow hands the lead the results it worked out for the page (null when none).
          result: includeResults ? assess(assessment.answers, { config }) : null,
        },
      });
      capture.start();
      await toPromise(capture);
      const stored = await outbox.get(leadId);
      expect(validateLeadPayload(stored?.payload).ok).toBe(true);

      const deliver = () => {
        const actor = createActor(actors.deliverLead, { input: { leadId } });
        actor.start();
        return toPromise(actor);
      };
      expect(await deliver()).toMatchObject({ outcome: 'retry' });
      expect(await deliver()).toMatchObject({ outcome: 'sent' });
      expect((await outbox.get(leadId))?.status).toBe('sent');
      expect(targets.to(WEBHOOK_HOST)).toHaveLength(1);
      expect(targets.to(WEBHOOK_HOST)[0]?.body).toMatchObject({
        schema: 'fractional-fit.lead/2',
        leadId,
        contact: { email: 'dana.reyes@harbourlane.example', phone: '+1 555 010 4477' },
        results: includeResults ? expect.objectContaining({ readiness: expect.any(Object) }) : null,
      });
    },
  );
});

describe('one schema for the outbox and the relay', () => {
  const recordWith = (payload: Record<string, unknown>): LeadRecord => {
    const id = (v: unknown, fallback: string) =>
      typeof v === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(v) ? v : fallback;
    return {
      schemaVersion: 1,
      leadId: id(payload.leadId, 'lead-1'),
      assessmentId: id(payload.assessmentId, 'a1'),
      createdAt: '2026-11-24T16:42:05.318Z',
      webhookUrl: 'https://hooks.example.com/leads',
      status: 'pending',
      attempts: 0,
      lastAttemptAt: null,
      settledAt: null,
      lastError: null,
      payload: payload as unknown as LeadRecord['payload'],
    };
  };
  const verdicts = (payload: Record<string, unknown>) => {
    const outbox = validateLeadRecord(recordWith(payload));
    const shared = validateLeadPayload(payload, {
      path: 'payload',
      schemas: ['fractional-fit.lead/1'],
    });
    const fields = (o: { ok: true } | { ok: false; issues: { field: string }[] }) =>
      o.ok ? [] : [...new Set(o.issues.map((i) => i.field))].sort();
    return { outbox: fields(outbox), shared: fields(shared) };
  };

  const paths = [
    ['schema'],
    ['leadId'],
    ['assessmentId'],
    ['createdAt'],
    ['brand'],
    ['contact'],
    ['contact', 'name'],
    ['contact', 'email'],
    ['contact', 'company'],
    ['contact', 'phone'],
    ['contact', 'title'],
    ['consent'],
    ['consent', 'text'],
    ['consent', 'version'],
    ['consent', 'givenAt'],
    ['results'],
    ['attribution'],
    ['demo'],
  ] as const;

  const set = (path: readonly string[], value: unknown) => {
    const copy = structuredClone(plainV1) as Record<string, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[path[path.length - 1] as string] = value;
    return copy;
  };

  const odd = fc.oneof(
    fc.jsonValue(),
    fc.string({ maxLength: 3000 }),
    fc.constantFrom('', '   ', 'lead-2', '2026-11-24T16:42:05Z', 'fractional-fit.lead/2'),
    // Every length limit of version 1, and one past it.
    fc
      .constantFrom(40, 64, 80, 100, 200, 254, 2000)
      .chain((max) => fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1))),
  );

  it('the version 1 fixture passes both', () => {
    expect(verdicts(structuredClone(plainV1))).toEqual({ outbox: [], shared: [] });
  });

  it('any one field changed to anything: both name the same fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), odd, (path, value) => {
        const { outbox, shared } = verdicts(set(path, value));
        expect(shared).toEqual(outbox);
      }),
      { numRuns: 1500 },
    );
  });
});
