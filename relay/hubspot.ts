/**
 * A lead as a HubSpot Forms API submission (POST
 * https://api.hsforms.com/submissions/v3/integration/submit/{portalId}/{formGuid}): contact
 * properties as `fields: [{ objectTypeId, name, value }]`, the page in `context`, and the consent
 * the visitor gave as `legalConsentOptions`. HubSpot refuses a field its form does not have, so
 * only standard contact properties go by default; attribution fields only when listed.
 */
import type { LeadPayloadV2 } from '../src/core/lead-payload';
import type { HubSpotExtraField } from './config';

/** HubSpot's object type id of a contact. */
const CONTACT = '0-1';

export interface HubSpotField {
  objectTypeId: string;
  name: string;
  value: string;
}

export interface HubSpotSubmission {
  fields: HubSpotField[];
  /** Milliseconds since 1970, as text: when the visitor sent the form. */
  submittedAt: string;
  context: { pageUri?: string; pageName: string };
  legalConsentOptions?: { consent: { consentToProcess: true; text: string } };
}

export interface HubSpotMapping {
  extraFields: readonly HubSpotExtraField[];
  legalConsent: boolean;
  /** Used as the page when the lead carries no landing page (the posting page's origin). */
  fallbackPageUri: string | null;
}

export const HUBSPOT_PAGE_NAME = 'Fractional Fit assessment';

/** "Dana Reyes" → Dana / Reyes; "Mary Ann van Dyke" → Mary / Ann van Dyke; "Cher" → Cher / "". */
export function splitName(name: string): { first: string; last: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const space = trimmed.indexOf(' ');
  return space < 0
    ? { first: trimmed, last: '' }
    : { first: trimmed.slice(0, space), last: trimmed.slice(space + 1) };
}

/** The submission for one lead. Empty values are left out rather than sent blank. */
export function hubspotSubmission(lead: LeadPayloadV2, mapping: HubSpotMapping): HubSpotSubmission {
  const { first, last } = splitName(lead.contact.name);
  const pairs: [string, string | null | undefined][] = [
    ['email', lead.contact.email.trim()],
    ['firstname', first],
    ['lastname', last],
    ['company', lead.contact.company.trim()],
    ['phone', lead.contact.phone?.trim()],
  ];
  for (const name of mapping.extraFields) pairs.push([name, lead.attribution?.[name]]);
  const fields = pairs
    .filter((p): p is [string, string] => typeof p[1] === 'string' && p[1] !== '')
    .map(([name, value]) => ({ objectTypeId: CONTACT, name, value }));
  const pageUri = lead.attribution?.landingPage ?? mapping.fallbackPageUri ?? undefined;
  return {
    fields,
    submittedAt: String(Date.parse(lead.consent.givenAt)),
    context: { ...(pageUri ? { pageUri } : {}), pageName: HUBSPOT_PAGE_NAME },
    ...(mapping.legalConsent
      ? { legalConsentOptions: { consent: { consentToProcess: true, text: lead.consent.text } } }
      : {}),
  };
}

/** The endpoint of one form (the public, unauthenticated one: no token to keep). */
export function hubspotSubmitUrl(baseUrl: string, portalId: string, formId: string): string {
  return `${baseUrl}/submissions/v3/integration/submit/${encodeURIComponent(portalId)}/${encodeURIComponent(formId)}`;
}
