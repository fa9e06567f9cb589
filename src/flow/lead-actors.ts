/**
 * The machine's lead actors over an outbox: capture (store the lead with its consent), deliver
 * (one POST with the idempotency key, bounded in time) and load (what is on this device). They
 * are provided like the storage actors; tests stub them with machine.provide().
 */
import { fromPromise } from 'xstate';
import type { AssessmentResult, Config } from '../core/types';
import type { LeadOutbox, LeadPayload, LeadRecord } from '../storage/lead-outbox';
import type { CapturedLead, DeliveryResult, LeadReceipt, OpenAssessment } from './flow-types';
import {
  classifyStatus,
  DELIVERY_TIMEOUT_MS,
  leadRequest,
  type DeliveryOutcome,
  type LeadInput,
} from './lead-delivery';

export interface LeadActorOptions {
  config: Config;
  /** ISO time now. */
  now: () => string;
  /**
   * The fetch to use, taken when the widget starts (in an iframe it is the widget's own; inline,
   * it is whatever the host page left on window: see README, "Embedding").
   */
  fetch: typeof fetch;
  /** False when the browser knows it is offline; a try is then not even made. */
  isOnline?: () => boolean;
  timeoutMs?: number;
}

const toReceipt = (r: LeadRecord): LeadReceipt => ({
  leadId: r.leadId,
  assessmentId: r.assessmentId,
  createdAt: r.createdAt,
  status: r.status,
  attempts: r.attempts,
});

/** The answers summary, scores and recommendation sent when config.lead.includeResults is on. */
export function resultsSummary(
  assessment: OpenAssessment,
  result: AssessmentResult,
): Record<string, unknown> {
  const r = result.recommendation;
  return {
    contentVersion: result.contentVersion,
    scoringVersion: result.scoringVersion,
    answers: { ...assessment.answers },
    readiness: { overall: result.readiness.overall, byDomain: { ...result.readiness.byDomain } },
    gap: { overall: result.gap.overall, byDomain: { ...result.gap.byDomain } },
    unknownCount: result.readiness.unknownCount,
    unansweredCount: result.readiness.unansweredCount,
    recommendation: {
      model: r.model,
      headline: r.headline,
      hoursPerMonth: r.hoursPerMonth,
      triggers: [...r.triggers],
      itStrategyGap: r.itStrategyGap,
    },
    costs: {
      horizonMonths: result.costs.horizonMonths,
      fullTimeCiso: result.costs.fullTimeCiso.total,
      vciso: result.costs.vciso.total,
      difference: result.costs.difference,
    },
  };
}

/** The actors `assessmentMachine.provide({ actors })` needs for leads, over one outbox. */
export function createLeadActors(
  outbox: LeadOutbox | Promise<LeadOutbox>,
  options: LeadActorOptions,
) {
  let box: LeadOutbox | null = null;
  const ready = async (): Promise<LeadOutbox> => (box ??= await outbox);
  const { config } = options;
  const isOnline = options.isOnline ?? (() => true);

  async function post(
    record: LeadRecord,
    signal: AbortSignal,
  ): Promise<{ outcome: DeliveryOutcome; error: string | null }> {
    const request = leadRequest(record);
    if (!request) return { outcome: 'rejected', error: 'nothing to send' };
    if (!isOnline()) return { outcome: 'retry', error: 'offline' };
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal.addEventListener('abort', abort);
    const timer = setTimeout(abort, options.timeoutMs ?? DELIVERY_TIMEOUT_MS);
    try {
      const response = await options.fetch(request.url, {
        ...request.init,
        signal: controller.signal,
      });
      const outcome = classifyStatus(response.status);
      return { outcome, error: outcome === 'sent' ? null : `HTTP ${response.status}` };
    } catch (error) {
      // Offline, DNS, CORS or the time limit: all worth another try later.
      return { outcome: 'retry', error: error instanceof Error ? error.name : 'network error' };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
  }

  return {
    loadLeads: fromPromise<LeadReceipt[]>(async () => {
      const { records } = await (await ready()).list();
      return records.map(toReceipt);
    }),

    /** Stores the lead; with the results the machine worked out, when the MSP asked for them. */
    captureLead: fromPromise<
      CapturedLead,
      { lead: LeadInput; assessment: OpenAssessment; result: AssessmentResult | null }
    >(async ({ input }) => {
      const out = await ready();
      const { lead, assessment, result } = input;
      // Same leadId, same record: a restored capture overwrites itself, never adds a second.
      const existing = await out.get(lead.leadId);
      if (existing) {
        const contact = existing.payload?.contact ?? contactOf(lead);
        return { receipt: toReceipt(existing), contact };
      }
      const now = options.now();
      const contact = contactOf(lead);
      const results =
        config.lead.includeResults && result ? resultsSummary(assessment, result) : null;
      const payload: LeadPayload = {
        schema: 'fractional-fit.lead/1',
        leadId: lead.leadId,
        assessmentId: assessment.id,
        createdAt: now,
        brand: config.brand.name,
        contact,
        consent: {
          text: config.lead.consentText,
          version: config.lead.consentVersion,
          givenAt: now,
        },
        results,
      };
      const record: LeadRecord = {
        schemaVersion: 1,
        leadId: lead.leadId,
        assessmentId: assessment.id,
        createdAt: now,
        webhookUrl: config.lead.webhookUrl,
        status: config.lead.webhookUrl ? 'pending' : 'local',
        attempts: 0,
        lastAttemptAt: null,
        settledAt: null,
        lastError: null,
        payload,
      };
      await out.put(record);
      return { receipt: toReceipt(record), contact };
    }),

    deliverLead: fromPromise<DeliveryResult, { leadId: string }>(async ({ input, signal }) => {
      const out = await ready();
      const record = await out.get(input.leadId);
      if (!record) return { leadId: input.leadId, outcome: 'gone', attempts: 0 };
      if (record.status !== 'pending') {
        return {
          leadId: record.leadId,
          outcome: record.status === 'sent' ? 'sent' : 'rejected',
          attempts: record.attempts,
        };
      }
      const { outcome, error } = await post(record, signal);
      // Erased meanwhile ("delete my answers"): write nothing back.
      if (signal.aborted)
        return { leadId: record.leadId, outcome: 'gone', attempts: record.attempts };
      const at = options.now();
      const attempts = outcome === 'sent' ? record.attempts : record.attempts + 1;
      const next: LeadRecord =
        outcome === 'sent'
          ? {
              ...record,
              status: 'sent',
              settledAt: at,
              lastAttemptAt: at,
              lastError: null,
              payload: null,
            }
          : outcome === 'rejected'
            ? {
                ...record,
                status: 'rejected',
                settledAt: at,
                lastAttemptAt: at,
                lastError: error,
                attempts,
              }
            : { ...record, lastAttemptAt: at, lastError: error, attempts };
      await out.put(next);
      return { leadId: record.leadId, outcome, attempts };
    }),

    eraseLeads: fromPromise<void>(async () => {
      await (await ready()).removeAll();
    }),
  };
}

function contactOf(lead: LeadInput) {
  const phone = lead.phone.trim();
  return {
    name: lead.name.trim(),
    email: lead.email.trim(),
    company: lead.company.trim(),
    phone: phone === '' ? null : phone,
  };
}
