/**
 * The report's methodology page and fine print, in plain words. Every figure and rule here is
 * the one in docs/methodology.md and the engine (src/core); change them together.
 */

/** One methodology topic: a heading and its paragraphs or list items. */
export interface MethodologyTopic {
  heading: string;
  paragraphs: readonly string[];
  items?: readonly string[];
}

export const METHODOLOGY_INTRO =
  'How the scores, the recommendation and the costs in this report were worked out. The same ' +
  'rules run for every prospect; where a rule is our own reading rather than a published ' +
  'source, it says so.';

export const SCORING_TOPIC: MethodologyTopic = {
  heading: 'Readiness score',
  paragraphs: [
    'Practices sit in seven areas: the six functions of the NIST Cybersecurity Framework 2.0 ' +
      '(Govern, Identify, Protect, Detect, Respond, Recover) and IT strategy, the fractional ' +
      'CIO’s side. Each practice is answered on a 0–4 maturity scale (0 not in place, 1 ad hoc, ' +
      '2 documented, 3 implemented, 4 reviewed and measured) and weighs 1 (ordinary) or 2 ' +
      '(foundational). Only the practices that apply to the business are scored.',
    'Function score = (sum of level × weight) ÷ (sum of 4 × weight) × 100, over the practices ' +
      'that apply. ' +
      'Security readiness is the plain average of the six NIST CSF function scores, so every ' +
      'function counts the same; IT-strategy readiness is reported apart and is not part of it. ' +
      'The gap is 100 minus the score.',
    '“Don’t know” and unanswered practices count as 0: a control nobody can vouch for is ' +
      'treated as not in place, as an auditor, an insurer or an attacker would treat it. They ' +
      'are counted, and the report warns when they are more than a quarter of the practices ' +
      '(that 25% threshold is our own rule).',
  ],
};

export const RECOMMENDATION_TOPIC: MethodologyTopic = {
  heading: 'Recommendation rules, in brief',
  paragraphs: [
    'Four situations call for security leadership: regulated work (PCI DSS only when card data ' +
      'passes through your own systems above the lowest merchant level), customers who send ' +
      'security questionnaires or ask for a named security leader, an insurer with limits of $5M ' +
      'or more or one that asked for evidence of controls at renewal, and an incident in the past ' +
      '24 months. The verdict has two halves, decided apart. For security, the first rule that ' +
      'applies decides:',
  ],
  items: [
    'An incident under way: incident-response support now, in response order (contain, notify, ' +
      'restore), the security program after.',
    'About 1,000 staff or more, a contract that demands a dedicated security executive, or a ' +
      'public company with 500 staff or more (the 500 is our threshold): a full-time CISO, or, ' +
      'where a dedicated security leader is already on staff, keep and resource that person.',
    'Nobody runs day-to-day IT: put IT operations in place first.',
    'A need a project closes (insurer evidence, questionnaires or a SOC 2 audit) on a program ' +
      'that exists (readiness 60 or more, foundations documented, Protect and Detect at 50 or ' +
      'more; our thresholds): a defined vCISO project.',
    'Under 25 staff with one kind of reason only (a second regulation is not a second kind) and ' +
      'no customer asking for a named leader: a defined project. Any other reason: a vCISO on a ' +
      'retainer.',
    'No reason, 30 staff or more and readiness below 40: a program-build project (our reading). ' +
      'Otherwise: stay with your MSP or IT team for now.',
    'IT strategy, decided beside security: a fractional CIO when IT strategy is below Documented ' +
      'or a major initiative (cloud migration, ERP, merger or acquisition, new location) has ' +
      'nobody to lead it; under 25 staff, quarterly strategy reviews instead. A "Don\'t know" ' +
      'alone never selects either; a new product is security work, not a CIO reason.',
  ],
};

export const COST_TOPIC: MethodologyTopic = {
  heading: 'Cost model, in brief',
  paragraphs: [
    'A full-time CISO costs salary × benefits load from the first day in the seat, a ' +
      'retained-search fee paid in thirds over the search, months with the seat empty while ' +
      'hiring, and a new search (new fee, new vacancy) after the assumed tenure.',
    'A vCISO costs a one-time onboarding fee, the monthly retainer for the head count and any ' +
      'extra on-demand hours. A fractional CIO, when recommended, is a monthly fee. One yearly ' +
      'increase applies to salary, fees and retainers alike.',
    'Amounts are rounded to whole cents month by month, so every total equals the sum of its ' +
      'months. The model counts direct spend only: not the risk while the seat is empty, a ' +
      'mis-hire, equity or bonuses, nor the difference in hours (a vCISO works about 10–30 ' +
      'hours a month, a full-time CISO a full week).',
  ],
};

export const SOURCES_TOPIC: MethodologyTopic = {
  heading: 'Sources',
  paragraphs: [
    'NIST Cybersecurity Framework 2.0 (CSWP 29) and CIS Critical Security Controls v8.1 for the ' +
      'practices; the rule texts named beside each regulation note; published vCISO, CISO ' +
      'salary, benefits and executive-search ranges for the cost defaults. Each reason, warning ' +
      'and assumption in this report names its own source.',
  ],
};

/** The methodology topics in the order the page shows them. */
export const METHODOLOGY_TOPICS: readonly MethodologyTopic[] = [
  SCORING_TOPIC,
  RECOMMENDATION_TOPIC,
  COST_TOPIC,
  SOURCES_TOPIC,
];

export const DISCLAIMER_HEADING = 'Please note';

/** The disclaimer, one paragraph per point. */
export const DISCLAIMER: readonly string[] = [
  'This report is a sales and planning aid, not legal advice. Read the rule text, or ask ' +
    'counsel, before relying on what a regulation requires.',
  'Published price and salary ranges are largely vendors’ marketing figures and estimates, ' +
    'not audited data. Where a default is our own assumption, the assumptions table says so.',
  'Figures are as of the dates of their sources and of this report; prices, salaries and rules ' +
    'change. The scores rest on the answers given and have not been verified.',
];

/** The short line in every page footer. */
export const FOOTER_NOTE = 'Not legal advice. Figures as of their sources’ dates.';

/** Added to the fine print when a name or note had characters the PDF font cannot show. */
export const REPLACED_CHARACTERS_NOTE =
  'Some characters in names or notes cannot be shown in this PDF’s standard font and appear ' +
  'as “?”.';
