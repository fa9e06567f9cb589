import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import plainV1 from './content/fixtures/2026.12.1/lead-payload-v1.json';
import withResultsV1 from './content/fixtures/2026.12.1/lead-payload-v1-results.json';
import {
  ATTRIBUTION_KEYS,
  ATTRIBUTION_LIMITS,
  LEAD_SCHEMA_V1,
  LEAD_SCHEMA_V2,
  toLatestLeadPayload,
  validateLeadPayload,
  type LeadPayloadV1,
  type LeadPayloadV2,
} from './lead-payload';

const v1 = (): LeadPayloadV1 => structuredClone(plainV1) as LeadPayloadV1;
const v2 = (): LeadPayloadV2 => ({
  ...v1(),
  schema: LEAD_SCHEMA_V2,
  attribution: {
    utm_source: 'linkedin',
    utm_medium: 'paid-social',
    utm_campaign: 'vciso-q4',
    gclid: 'EAIaIQobChMI8v',
    referrer: 'https://www.linkedin.com/',
    landingPage: 'https://northwind.example/assessment?utm_source=linkedin',
    capturedAt: '2026-11-24T16:30:00.000Z',
  },
  demo: false,
});

const fieldsOf = (raw: unknown) => {
  const outcome = validateLeadPayload(raw);
  return outcome.ok ? [] : outcome.issues.map((i) => i.field);
};

describe('version 1, as the app sends it today', () => {
  it.each([
    ['without results', plainV1],
    ['with results and a phone', withResultsV1],
  ])('accepts the frozen payload %s', (_, fixture) => {
    const outcome = validateLeadPayload(structuredClone(fixture));
    expect(outcome).toEqual({ ok: true, value: fixture });
    expect(outcome.ok && outcome.value.schema).toBe(LEAD_SCHEMA_V1);
  });

  it.each([
    ['schema', { schema: 'fractional-fit.lead/3' }],
    ['leadId', { leadId: '' }],
    ['leadId', { leadId: 'a/b' }],
    ['leadId', { leadId: 'x'.repeat(65) }],
    ['assessmentId', { assessmentId: 42 }],
    ['createdAt', { createdAt: '2026-11-24' }],
    ['brand', { brand: 'b'.repeat(81) }],
    ['brand', { brand: null }],
    ['contact', { contact: 'Dana' }],
    ['contact.name', { contact: { ...v1().contact, name: '   ' } }],
    ['contact.email', { contact: { ...v1().contact, email: 'e'.repeat(255) } }],
    ['contact.company', { contact: { ...v1().contact, company: undefined } }],
    ['contact.phone', { contact: { ...v1().contact, phone: '1'.repeat(41) } }],
    ['contact.phone', { contact: { ...v1().contact, phone: 5550100 } }],
    ['consent', { consent: null }],
    ['consent.text', { consent: { ...v1().consent, text: 't'.repeat(2001) } }],
    ['consent.version', { consent: { ...v1().consent, version: 7 } }],
    ['consent.givenAt', { consent: { ...v1().consent, givenAt: 'yesterday' } }],
    ['results', { results: [] }],
    ['attribution', { attribution: null }],
    ['demo', { demo: false }],
    ['extra', { extra: 1 }],
  ] as const)('names a bad %s', (field, change) => {
    expect(fieldsOf({ ...v1(), ...change })).toContain(field);
  });

  it('lists every problem at once, under the path asked for', () => {
    const outcome = validateLeadPayload(
      { ...v1(), leadId: '', contact: { ...v1().contact, email: '' }, results: 3 },
      { path: 'payload' },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues.map((i) => i.field)).toEqual([
        'payload.leadId',
        'payload.contact.email',
        'payload.results',
      ]);
    }
    expect(validateLeadPayload('lead', { path: 'payload' })).toEqual({
      ok: false,
      issues: [{ field: 'payload', message: 'must be an object' }],
    });
  });

  it.each([null, 'lead', 42, [], new Date(), Object.create({ schema: LEAD_SCHEMA_V1 })])(
    'refuses %o as a whole',
    (raw) => {
      expect(fieldsOf(raw)).toEqual(['(lead)']);
    },
  );

  it('keeps the rules version 1 always had: extra keys in contact and consent pass', () => {
    const loose = { ...v1(), contact: { ...v1().contact, title: 'CFO' } };
    expect(validateLeadPayload(loose).ok).toBe(true);
  });
});

describe('version 2', () => {
  it('accepts attribution, no attribution and a demo lead', () => {
    expect(validateLeadPayload(v2()).ok).toBe(true);
    expect(validateLeadPayload({ ...v2(), attribution: null, demo: true }).ok).toBe(true);
    expect(validateLeadPayload({ ...v2(), attribution: {} }).ok).toBe(true);
    const full = Object.fromEntries(
      ATTRIBUTION_KEYS.map((k) => [
        k,
        k === 'capturedAt' ? '2026-11-24T16:30:00+01:00' : 'x'.repeat(ATTRIBUTION_LIMITS[k]),
      ]),
    );
    expect(validateLeadPayload({ ...v2(), attribution: full }).ok).toBe(true);
  });

  it.each([
    ['demo', { demo: undefined }],
    ['demo', { demo: 'false' }],
    ['attribution', { attribution: undefined }],
    ['attribution', { attribution: 'linkedin' }],
    ['attribution.utm_source', { attribution: { utm_source: '' } }],
    ['attribution.utm_source', { attribution: { utm_source: 's'.repeat(201) } }],
    ['attribution.gclid', { attribution: { gclid: 12 } }],
    ['attribution.landingPage', { attribution: { landingPage: 'p'.repeat(2049) } }],
    ['attribution.capturedAt', { attribution: { capturedAt: 'now' } }],
    ['attribution.utm_id', { attribution: { utm_id: 'x' } }],
    ['contact.email', { contact: { ...v1().contact, email: '' } }],
  ] as const)('names a bad %s', (field, change) => {
    expect(fieldsOf({ ...v2(), ...change })).toContain(field);
  });

  it('accepts only the schemas asked for', () => {
    const outcome = validateLeadPayload(v2(), { schemas: [LEAD_SCHEMA_V1] });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.issues).toContainEqual({
        field: 'schema',
        message: 'must be fractional-fit.lead/1',
      });
      expect(outcome.issues.map((i) => i.field)).toContain('attribution');
    }
  });
});

describe('toLatestLeadPayload', () => {
  it.each([plainV1, withResultsV1])('lifts a stored version 1 lead to a valid version 2', (f) => {
    const before = structuredClone(f) as LeadPayloadV1;
    const lifted = toLatestLeadPayload(before);
    expect(validateLeadPayload(lifted).ok).toBe(true);
    expect(lifted).toEqual({ ...f, schema: LEAD_SCHEMA_V2, attribution: null, demo: false });
    expect(before).toEqual(f);
  });

  it('leaves a version 2 lead as it is', () => {
    const lead = v2();
    expect(toLatestLeadPayload(lead)).toBe(lead);
  });
});

describe('properties', () => {
  const text = (max: number) => fc.string({ minLength: 1, maxLength: max });
  const attribution = fc.oneof(
    fc.constant(null),
    fc.record(
      {
        utm_source: text(200),
        utm_medium: text(200),
        utm_campaign: text(200),
        utm_term: text(200),
        utm_content: text(200),
        gclid: text(512),
        fbclid: text(512),
        msclkid: text(512),
        referrer: text(2048),
        landingPage: text(2048),
        capturedAt: fc
          .date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2999-12-31T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString()),
      },
      { requiredKeys: [] },
    ),
  );

  it('accepts every version 2 lead built within the limits', () => {
    fc.assert(
      fc.property(attribution, fc.boolean(), (a, demo) => {
        expect(validateLeadPayload({ ...v2(), attribution: a, demo }).ok).toBe(true);
      }),
    );
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expect(() => validateLeadPayload(raw)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extra) => {
        const outcome = validateLeadPayload({ ...v2(), attribution: extra, leadId: extra });
        expect(outcome.ok).toBe(false);
      }),
    );
  });
});
