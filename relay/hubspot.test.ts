import { describe, expect, it } from 'vitest';
import withResultsV1 from '../src/core/content/fixtures/2026.12.1/lead-payload-v1-results.json';
import { toLatestLeadPayload, type LeadPayloadV1 } from '../src/core/lead-payload';
import { hubspotSubmission, hubspotSubmitUrl, splitName } from './hubspot';
import { leadV2 } from './test-support/relay-fixtures';

const mapping = { extraFields: [], legalConsent: true, fallbackPageUri: null };

describe('hubspotSubmission', () => {
  it('maps a version 1 lead as the app sends it today', () => {
    const lead = toLatestLeadPayload(structuredClone(withResultsV1) as LeadPayloadV1);
    expect(
      hubspotSubmission(lead, { ...mapping, fallbackPageUri: 'https://www.northwind.example/' }),
    ).toEqual({
      fields: [
        { objectTypeId: '0-1', name: 'email', value: 'dana.reyes@harbourlane.example' },
        { objectTypeId: '0-1', name: 'firstname', value: 'Dana' },
        { objectTypeId: '0-1', name: 'lastname', value: 'Reyes' },
        { objectTypeId: '0-1', name: 'company', value: 'Harbour Lane Software' },
        { objectTypeId: '0-1', name: 'phone', value: '+1 (555) 010-4477' },
      ],
      submittedAt: String(Date.parse('2026-11-24T16:42:05.318Z')),
      context: {
        pageUri: 'https://www.northwind.example/',
        pageName: 'Fractional Fit assessment',
      },
      legalConsentOptions: {
        consent: { consentToProcess: true, text: withResultsV1.consent.text },
      },
    });
  });

  it('adds the attribution fields asked for, and takes the landing page as the page', () => {
    const submission = hubspotSubmission(leadV2(), {
      extraFields: ['utm_source', 'utm_campaign', 'utm_term', 'gclid'],
      legalConsent: false,
      fallbackPageUri: 'https://www.northwind.example/',
    });
    expect(submission.fields.slice(4)).toEqual([
      { objectTypeId: '0-1', name: 'utm_source', value: 'linkedin' },
      { objectTypeId: '0-1', name: 'utm_campaign', value: 'vciso-q4' },
      { objectTypeId: '0-1', name: 'gclid', value: 'EAIaIQobChMI8v' },
    ]);
    expect(submission.context.pageUri).toBe(leadV2().attribution?.landingPage);
    expect(submission).not.toHaveProperty('legalConsentOptions');
  });

  it('leaves out what is empty: no phone, no last name, no page', () => {
    const lead = { ...leadV2(), attribution: null };
    lead.contact = { ...lead.contact, name: 'Cher', phone: null };
    const submission = hubspotSubmission(lead, { ...mapping, extraFields: ['utm_source'] });
    expect(submission.fields.map((f) => f.name)).toEqual(['email', 'firstname', 'company']);
    expect(submission.context).toEqual({ pageName: 'Fractional Fit assessment' });
  });

  it('builds the public form endpoint', () => {
    expect(hubspotSubmitUrl('https://api.hsforms.com', '2468013', 'abc-def')).toBe(
      'https://api.hsforms.com/submissions/v3/integration/submit/2468013/abc-def',
    );
  });
});

describe('splitName', () => {
  it.each([
    ['Dana Reyes', 'Dana', 'Reyes'],
    ['  Mary   Ann van Dyke ', 'Mary', 'Ann van Dyke'],
    ['Cher', 'Cher', ''],
    ['李 小龙', '李', '小龙'],
  ])('%s → %s / %s', (name, first, last) => {
    expect(splitName(name)).toEqual({ first, last });
  });
});
