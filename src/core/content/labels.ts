/**
 * Display labels for answers, domains and framework ids: the page, the chart and the PDF all
 * read their words from here so a stored value is always described the same way.
 */
import type { AnswerValue, CsfCategory, Domain, MaturityLevel } from '../types';
import { outlineById } from './question-structure';

/** The five maturity levels in words (types.ts: 0 not in place … 4 reviewed and measured). */
export const MATURITY_LABELS: Record<MaturityLevel, string> = {
  0: 'Not in place',
  1: 'Ad hoc',
  2: 'Documented',
  3: 'Implemented',
  4: 'Reviewed and measured',
};

/** The label of a readiness answer of 'unknown'. */
export const UNKNOWN_LABEL = "Don't know";

/** What labelFor returns for a question with no answer yet. */
export const UNANSWERED_LABEL = 'Not answered';

/** Each domain's label, its NIST CSF 2.0 function (null for IT strategy) and a one-line summary. */
export const DOMAIN_INFO: Record<
  Domain,
  { label: string; csfFunction: 'GV' | 'ID' | 'PR' | 'DE' | 'RS' | 'RC' | null; summary: string }
> = {
  govern: {
    label: 'Govern',
    csfFunction: 'GV',
    summary: 'Who owns security, the written program, risk priorities, oversight and suppliers.',
  },
  identify: {
    label: 'Identify',
    csfFunction: 'ID',
    summary: 'Knowing your assets and risks, and closing the gaps you find.',
  },
  protect: {
    label: 'Protect',
    csfFunction: 'PR',
    summary: 'Access, training, patching, networks, data and backups.',
  },
  detect: {
    label: 'Detect',
    csfFunction: 'DE',
    summary: 'Seeing an attack early: endpoint tools, logs and alerts someone acts on.',
  },
  respond: {
    label: 'Respond',
    csfFunction: 'RS',
    summary: 'A plan, outside help, notification duties and rehearsal for when something happens.',
  },
  recover: {
    label: 'Recover',
    csfFunction: 'RC',
    summary: 'Restoring systems, keeping the business running and keeping people informed.',
  },
  'it-strategy': {
    label: 'IT strategy',
    csfFunction: null,
    summary: 'The fractional CIO’s side: roadmap, budget, contracts, lifecycle and projects.',
  },
};

/** NIST CSF 2.0 category names (CSWP 29; facts.md §1). */
export const CSF_CATEGORY_NAMES: Record<CsfCategory, string> = {
  'GV.OC': 'Organizational Context',
  'GV.RM': 'Risk Management Strategy',
  'GV.RR': 'Roles, Responsibilities, and Authorities',
  'GV.PO': 'Policy',
  'GV.OV': 'Oversight',
  'GV.SC': 'Cybersecurity Supply Chain Risk Management',
  'ID.AM': 'Asset Management',
  'ID.RA': 'Risk Assessment',
  'ID.IM': 'Improvement',
  'PR.AA': 'Identity Management, Authentication, and Access Control',
  'PR.AT': 'Awareness and Training',
  'PR.DS': 'Data Security',
  'PR.PS': 'Platform Security',
  'PR.IR': 'Technology Infrastructure Resilience',
  'DE.CM': 'Continuous Monitoring',
  'DE.AE': 'Adverse Event Analysis',
  'RS.MA': 'Incident Management',
  'RS.AN': 'Incident Analysis',
  'RS.CO': 'Incident Response Reporting and Communication',
  'RS.MI': 'Incident Mitigation',
  'RC.RP': 'Incident Recovery Plan Execution',
  'RC.CO': 'Incident Recovery Communication',
};

/** CIS Critical Security Controls v8.1 names, by control number 1–18 (facts.md §1). */
export const CIS_CONTROL_NAMES: Record<number, string> = {
  1: 'Inventory and Control of Enterprise Assets',
  2: 'Inventory and Control of Software Assets',
  3: 'Data Protection',
  4: 'Secure Configuration of Enterprise Assets and Software',
  5: 'Account Management',
  6: 'Access Control Management',
  7: 'Continuous Vulnerability Management',
  8: 'Audit Log Management',
  9: 'Email and Web Browser Protections',
  10: 'Malware Defenses',
  11: 'Data Recovery',
  12: 'Network Infrastructure Management',
  13: 'Network Monitoring and Defense',
  14: 'Security Awareness and Skills Training',
  15: 'Service Provider Management',
  16: 'Application Software Security',
  17: 'Incident Response Management',
  18: 'Penetration Testing',
};

function isMaturityLevel(value: unknown): value is MaturityLevel {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}

/** Raw words for a value no question describes (unknown id or an out-of-range value). */
function plain(value: AnswerValue): string {
  return typeof value === 'object' ? value.join(', ') : String(value);
}

/**
 * Any stored answer in words: option labels for choices (a multi joined with ", ", an empty one
 * as the question's "none" label), the unit for numbers, maturity labels for readiness.
 */
export function labelFor(questionId: string, value: AnswerValue | undefined): string {
  if (value === undefined) return UNANSWERED_LABEL;
  const q = outlineById(questionId);
  if (!q) return plain(value);
  switch (q.kind) {
    case 'number':
      return typeof value === 'number' && q.unit ? `${value} ${q.unit}` : plain(value);
    case 'single':
      return q.options.find((o) => o.value === value)?.label ?? plain(value);
    case 'multi': {
      if (typeof value !== 'object') return plain(value);
      if (value.length === 0) return q.noneLabel;
      return value.map((v) => q.options.find((o) => o.value === v)?.label ?? v).join(', ');
    }
    case 'maturity':
      if (value === 'unknown') return UNKNOWN_LABEL;
      return isMaturityLevel(value) ? MATURITY_LABELS[value] : plain(value);
  }
}
