/** What the results area shows about leads, read from the machine's snapshot. */
import type { LeadPlacement } from '../../core/types';
import { leadFor } from '../../flow/flow-view';
import type { FlowContext, LeadReceipt } from '../../flow/flow-types';

/** The part of a snapshot these helpers read (a structural type keeps tests simple). */
export interface LeadSnapshot {
  context: FlowContext;
  matches(value: unknown): boolean;
}

/** True while the before-results form stands in front of the detailed results. */
export function showsLeadGate(snap: LeadSnapshot, placement: LeadPlacement): boolean {
  return (
    snap.matches({ main: { open: { results: 'gated' } } }) ||
    (placement === 'before-results' && snap.matches({ main: { open: { results: 'capturing' } } }))
  );
}

export type LeadStatusView = 'sending' | 'queued' | 'sent' | 'local' | 'rejected';

/** How the lead of the open assessment is doing, in the words the status line uses. */
export function leadStatusView(snap: LeadSnapshot): LeadStatusView | null {
  const lead: LeadReceipt | null = leadFor(snap.context);
  if (!lead) return null;
  if (lead.status !== 'pending') return lead.status;
  // The first try is under way: say so; after a failed try, say where the lead waits.
  return lead.attempts === 0 ? 'sending' : 'queued';
}
