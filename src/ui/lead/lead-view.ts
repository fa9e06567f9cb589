/** What the results area shows about leads, read from the machine's snapshot. */
import { leadFor, type FlowSnapshot } from '../../flow/flow-view';
import type { LeadReceipt } from '../../flow/flow-types';

export type LeadStatusView = 'sending' | 'queued' | 'sent' | 'local' | 'rejected';

/** How the lead of the open assessment is doing, in the words the status line uses. */
export function leadStatusView(snap: FlowSnapshot): LeadStatusView | null {
  const lead: LeadReceipt | null = leadFor(snap.context);
  if (!lead) return null;
  if (lead.status !== 'pending') return lead.status;
  // The first try is under way: say so; after a failed try, say where the lead waits.
  return lead.attempts === 0 ? 'sending' : 'queued';
}
