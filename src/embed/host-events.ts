/**
 * What the host page hears: the flow's emitted events turned into ff:* events whose details carry
 * ids and step names only. Results and the lead's contact go along only when the page opted in
 * with data-share-results="true".
 */
import type { AssessmentResult } from '../core/types';
import type { HostEventName } from './protocol';

/** The flow's emitted events, as the embed needs them (structural: embed does not import flow). */
export type WidgetEmitted =
  | { type: 'assessment.started'; assessmentId: string }
  | { type: 'section.completed'; assessmentId: string; section: string }
  | { type: 'assessment.completed'; assessmentId: string }
  | {
      type: 'lead.submitted';
      assessmentId: string;
      leadId: string;
      delivery: string;
      contact: { name: string; email: string; company: string; phone: string | null };
    }
  | { type: 'report.downloaded'; assessmentId: string };

export interface HostEvent {
  name: HostEventName;
  detail: Record<string, unknown>;
}

/** The ff:* event for one emitted event; `result` is read only when sharing is on. */
export function hostEventFor(
  emitted: WidgetEmitted,
  opts: { widgetId: string; shareResults: boolean; result?: () => AssessmentResult | null },
): HostEvent {
  const base = { widgetId: opts.widgetId, assessmentId: emitted.assessmentId };
  switch (emitted.type) {
    case 'assessment.started':
      return { name: 'ff:started', detail: base };
    case 'section.completed':
      return { name: 'ff:section-completed', detail: { ...base, section: emitted.section } };
    case 'assessment.completed': {
      const result = opts.shareResults ? (opts.result?.() ?? null) : null;
      return {
        name: 'ff:completed',
        detail: result ? { ...base, results: summary(result) } : base,
      };
    }
    case 'lead.submitted':
      return {
        name: 'ff:lead-submitted',
        detail: {
          ...base,
          leadId: emitted.leadId,
          delivery: emitted.delivery,
          ...(opts.shareResults ? { contact: { ...emitted.contact } } : {}),
        },
      };
    case 'report.downloaded':
      return { name: 'ff:pdf-downloaded', detail: base };
  }
}

function summary(result: AssessmentResult): Record<string, unknown> {
  return {
    readiness: result.readiness.overall,
    gap: result.gap.overall,
    byDomain: { ...result.readiness.byDomain },
    recommendation: result.recommendation.model,
    headline: result.recommendation.headline,
  };
}
