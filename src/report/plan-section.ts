/** The 90-day plan section: the largest gaps as actions by 30-day phase, with references. */
import { DOMAIN_INFO } from '../core/content/labels';
import type { PlanPhase } from '../core/types';
import type { SectionContext } from './report-input';
import type { Block, ReportSection } from './report-types';

const PHASE_LABELS: Record<PlanPhase, string> = {
  'days-1-30': 'Days 1–30',
  'days-31-60': 'Days 31–60',
  'days-61-90': 'Days 61–90',
};

export function planSection(ctx: SectionContext): ReportSection {
  const { plan } = ctx.input.result;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        'The largest gaps as a 90-day plan: at most three actions per 30-day phase. A named ' +
        'owner, the risk assessment, written policies and quick wins such as MFA and protected ' +
        'backups come first; “Don’t know” answers start with finding out.',
    },
  ];
  if (plan.length === 0) {
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      text:
        'Every practice that applies is implemented or better, so nothing needs a 90-day fix. ' +
        'Keep reviewing and measuring what is in place.',
    });
  }
  for (const phase of Object.keys(PHASE_LABELS) as PlanPhase[]) {
    const items = plan.filter((p) => p.phase === phase);
    if (items.length === 0) continue;
    blocks.push({ kind: 'heading', text: PHASE_LABELS[phase] });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: items.map((p) => {
        const refs = [
          DOMAIN_INFO[p.domain].label,
          p.csf.length > 0 ? `NIST CSF 2.0 ${p.csf.join(', ')}` : '',
          p.cis.length > 0 ? `CIS Controls v8.1 ${p.cis.join(', ')}` : '',
        ].filter(Boolean);
        return { text: p.action, note: `${refs.join(' · ')} — ${p.why}` };
      }),
    });
  }
  return { id: 'plan', title: 'The first 90 days', blocks };
}
