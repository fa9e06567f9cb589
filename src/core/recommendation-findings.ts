/**
 * Which findings a verdict carries, sorted into four lists: reasons (each supports the verdict),
 * warnings (each changes what the reader does), "also consider" (what points elsewhere or needs
 * an answer settled) and notes on the rules the prospect named. The sentences are written here
 * beside the one-line conditions that pick them; the shared names and rule notes are in
 * recommendation-text.ts.
 */
import { UNKNOWN_LABEL } from './content/labels';
import { domainBounds, isUnsettled } from './scoring';
import { PROJECT_SPECS } from './engagements';
import { isOffered, type Facts } from './recommendation';
import {
  INDUSTRY_REGULATION_HINTS,
  INITIATIVE_NAMES,
  MODEL_SERVICES,
  NOTIFICATION_RULES,
  PROJECT_DELIVERABLES,
  REGULATION_NAMES,
  REGULATION_NOTES,
  STATE_BREACH_LAWS,
  count,
  hours,
  list,
  lowerFirst,
  projectSize,
  score,
  upperFirst,
} from './recommendation-text';
import type {
  EngagementModel,
  Finding,
  HoursRange,
  ItStrategyVerdict,
  ProjectKind,
  SecurityVerdict,
} from './types';

export interface FindingsInput {
  f: Facts;
  security: SecurityVerdict;
  itStrategy: ItStrategyVerdict;
  model: EngagementModel;
  project: ProjectKind | null;
  hoursPerMonth: HoursRange | null;
  offers: readonly EngagementModel[];
  /** The next step once an active incident is closed; null when none is under way. */
  afterIncident: { headline: string; hours: HoursRange | null } | null;
}

export interface FindingLists {
  reasons: Finding[];
  warnings: Finding[];
  alsoConsider: Finding[];
  ruleNotes: Finding[];
}

const finding = (id: string, text: string, source: string): Finding => ({ id, text, source });

const LEADERSHIP: ReadonlySet<SecurityVerdict> = new Set([
  'vciso-project',
  'vciso-retainer',
  'full-time-ciso',
  'keep-security-leader',
]);

// ---------------------------------------------------------------------------------------------
// Reasons
// ---------------------------------------------------------------------------------------------

function triggerReasons(f: Facts): Finding[] {
  const { d } = f;
  return f.triggers.map((t) => {
    if (t === 'regulated') {
      const regs = f.triggeringRegulations;
      const names = list(regs.map((r) => REGULATION_NAMES[r]));
      const soc2Only = regs.every((r) => r === 'soc2');
      const pci = regs.includes('pci-dss')
        ? ' Card data passes through your own systems above the lowest merchant level, so PCI ' +
          'DSS reaches well into your environment.'
        : '';
      return finding(
        'trigger-regulated',
        (soc2Only
          ? 'Your customers ask for a SOC 2 report. Preparing for that audit, and keeping what ' +
            'it checks in place, needs someone who owns the security program.'
          : `You work under ${names}. Regulated work is one of the four usual reasons to bring ` +
            'in security leadership: someone has to own the security program and answer for it.') +
          pci,
        `your answer: rules that apply: ${names}`,
      );
    }
    if (t === 'customer-driven') {
      return d.customerDemands === 'named-security-leader'
        ? finding(
            'trigger-customer-driven',
            'A customer wants the name of your security leader. "Our MSP handles it" does not ' +
              'answer that; a vCISO can be the named, accountable person.',
            'your answer: a customer asks for a named security leader',
          )
        : finding(
            'trigger-customer-driven',
            'Customers send you security questionnaires. Answering them well, and the same way ' +
              'each time, takes someone who owns the program behind the answers.',
            'your answer: customers send security questionnaires',
          );
    }
    if (t === 'insurance') {
      return d.cyberInsurance === 'limit-5m-plus'
        ? finding(
            'trigger-insurance',
            'Your cyber-insurance limit is $5M or more. At that size carriers ask about the ' +
              'security program itself, not only the tools, and running that program is the ' +
              'vCISO job.',
            'your answer: cyber-insurance limit of $5M or more',
          )
        : finding(
            'trigger-insurance',
            'Your insurer asked for evidence of your security controls at renewal. Documenting ' +
              'the controls and gathering that evidence is defined vCISO work.',
            'your answer: the insurer asked for evidence of controls at renewal',
          );
    }
    return finding(
      'trigger-post-incident',
      'You had an incident in the past 24 months. Security leadership is how its lessons ' +
        'become lasting changes instead of a one-off clean-up.',
      'your answer: an incident in the past 24 months',
    );
  });
}

function fullTimeReasons(f: Facts): Finding[] {
  const n = count(f.d.employees);
  return f.fullTime.map((basis) => {
    if (basis === 'large-organization') {
      return finding(
        basis,
        `With ${n} staff you are in the range (about 1,000 and up) where the security program is ` +
          'complex enough to need a full-time executive.',
        'published guidance on when a full-time CISO fits (organizations of about 1,000+ staff)',
      );
    }
    if (basis === 'dedicated-mandate') {
      return finding(
        basis,
        'You told us a contract or rule requires a dedicated, named security executive. A ' +
          'part-time leader would not meet that requirement.',
        'your answer: a mandate requires a dedicated security executive',
      );
    }
    return finding(
      basis,
      `You are a public company with ${n} staff. Our interpretation: from about 500 staff, board ` +
        'questions and SEC disclosure duties on cyber risk are frequent and weighty enough to ' +
        'warrant a full-time CISO.',
      'SEC Form 8-K Item 1.05 and Regulation S-K Item 106; the 500-staff threshold is our ' +
        'interpretation',
    );
  });
}

function keepLeaderReason(f: Facts): Finding {
  const ciso = f.d.dedicatedMandate === 'yes' || f.d.regulations.includes('nydfs');
  return finding(
    'keep-security-leader',
    'You already have a dedicated security leader on staff, ' +
      (f.fullTime.length > 0
        ? 'which is what your size and obligations call for. Keep that person, and give the role ' +
          'the budget, staff and direct access to leadership it needs, rather than starting a search.'
        : 'who can own the program your rules and customers call for. Keep that person in the ' +
          'role and give it the budget and access it needs; the gaps in the plan below are ' +
          'theirs and your IT provider’s to close, not a reason for a second leader.') +
      (ciso
        ? ' Your mandate asks for a CISO: make sure the role is formally named at that level ' +
          'and reports to your board.'
        : ''),
    'your answers: a dedicated security leader on staff; ' +
      (f.fullTime.includes('dedicated-mandate')
        ? 'a dedicated-executive mandate'
        : f.fullTime.length > 0
          ? 'your size'
          : 'published guidance (a vCISO fits beside an IT director, not a security leader)'),
  );
}

/** Why this shape of security engagement (or none) fits. */
function securityShapeReason(i: FindingsInput): Finding[] {
  const { f, security, project, hoursPerMonth } = i;
  const { d } = f;
  const ops = `Protect ${score(f.readiness.byDomain.protect)}, Detect ${score(f.readiness.byDomain.detect)}`;
  if (security === 'msp-only' || security === 'operations-first') {
    if (f.triggers.length > 0) return [];
    const who = d.itSupport === 'internal' ? 'your IT team' : 'your IT provider';
    const tooEarly = d.employees < 30;
    return [
      finding(
        'no-trigger',
        'None of the four usual reasons for a vCISO applies to you: no rule that calls for ' +
          'security leadership at your size, no customer security demands, no insurer asking ' +
          'about your program and no recent incident. ' +
          (security === 'operations-first'
            ? 'Once IT operations are in place, operational security is where to start.'
            : f.operationsStrong
              ? `Your operational security is in reasonable shape (${ops}), and ${who} covers ` +
                'the security side for now.'
              : `Your operational security still has gaps (${ops}): closing them is ${who}'s ` +
                'work and comes before security leadership' +
                (i.itStrategy === 'none' ? '; the plan below starts there.' : '.')) +
          (tooEarly && security === 'msp-only'
            ? ` At ${count(d.employees)} people, a vCISO without one of those reasons is rarely ` +
              'worth its fee; spend the budget on the operational stack, and revisit when a ' +
              'reason appears.'
            : ''),
        'your answers: rules, customer demands, cyber insurance, incidents' +
          (tooEarly
            ? '; published vCISO guidance: rarely worth it under 30 staff without a trigger'
            : ''),
      ),
    ];
  }
  if (security === 'vciso-project' && project) {
    const spec = PROJECT_SPECS[project];
    const size = projectSize(project);
    let why: string;
    if (project === 'program-build') {
      why =
        `None of the four triggers applies, but with ${count(d.employees)} staff and security ` +
        `readiness of ${score(f.security)} there is no working security program yet. Our ` +
        'judgement: a defined project pays off at your size; ongoing leadership can wait for a ' +
        'trigger.';
    } else if (f.bounded) {
      why =
        `The need is bounded, on a program that largely exists (security readiness ` +
        `${score(f.security)}, every foundation documented, Protect and Detect at 50 or more). ` +
        'A defined project closes it without a standing retainer.';
    } else {
      why =
        `At ${count(d.employees)} people, with one kind of reason for security leadership, a ` +
        'defined project fits better than a standing retainer (a retainer would need a second ' +
        'kind of reason, such as customer demands, insurance or an incident, or a customer ' +
        'asking for a named leader).';
    }
    return [
      finding(
        'project-shape',
        `${why} ${spec.name}: ${PROJECT_DELIVERABLES[project]}; ${size}.` +
          (project === 'small-firm-compliance'
            ? ' After it, a yearly refresh of the risk analysis and policies keeps them current ' +
              '(our cadence; the FTC Safeguards Rule and NYDFS also ask for a yearly written ' +
              'report to the board).' +
              (d.regulations.includes('ftc-safeguards')
                ? ' Under the FTC Safeguards Rule, holding data on fewer than 5,000 consumers ' +
                  'lifts the written risk assessment and the yearly report to the board; the ' +
                  'Qualified Individual and the written program remain.'
                : '')
            : ''),
        spec.source +
          (project !== 'program-build' && !f.bounded
            ? '; the size threshold (under 25 staff) follows the first published price bracket'
            : ''),
      ),
    ];
  }
  if (security === 'vciso-retainer') {
    const why: string[] = [];
    if (d.customerDemands === 'named-security-leader') {
      why.push('a customer who asks for a named leader expects that person to stay');
    }
    if (f.triggers.includes('regulated')) {
      why.push(
        f.triggeringRegulations.every((r) => r === 'soc2')
          ? 'what a SOC 2 audit checks has to stay in place year after year'
          : 'regulated work needs a standing owner',
      );
    }
    if (f.triggers.includes('post-incident')) why.push('post-incident changes take months');
    if (f.triggers.includes('insurance') && d.cyberInsurance === 'limit-5m-plus') {
      why.push('a carrier at your limit looks at the program year after year');
    }
    if (f.security < 60) {
      why.push(
        `at security readiness of ${score(f.security)} there is a program to build, then run`,
      );
    }
    const because = why.length > 0 ? ` Here, ${list(why)}.` : '';
    return [
      finding(
        'ongoing-need',
        'The need is ongoing: someone has to own the program month after month.' +
          `${because} Suggested scope for your size: ${hoursPerMonth ? hours(hoursPerMonth) : ''}.`,
        'published vCISO retainer ranges by company size',
      ),
    ];
  }
  return [];
}

/** IT-strategy practices answered "Don't know" or left open. */
function unsettledIt(f: Facts): number {
  return domainBounds(f.readiness, 'it-strategy')?.unsettled ?? 0;
}

function itStrategyReasons(i: FindingsInput): Finding[] {
  const { f, itStrategy } = i;
  if (itStrategy === 'none') return [];
  const out: Finding[] = [];
  const fills =
    itStrategy === 'strategy-reviews'
      ? f.usesMsp
        ? 'At your size, quarterly strategy reviews from your MSP fill that gap without a separate fee.'
        : 'At your size, quarterly strategy reviews with an outside adviser fill that gap.'
      : 'That is the gap a fractional CIO fills.';
  if (f.itGap === 'gap') {
    out.push(
      finding(
        'it-strategy-readiness-low',
        `Your IT-strategy readiness is ${score(f.readiness.itStrategy ?? 0)}: the roadmap, ` +
          'budget and vendor practices behind your technology decisions are not yet written ' +
          'down' +
          (unsettledIt(f) > 0
            ? `, and that holds whatever your "${UNKNOWN_LABEL}" answers turn out to be. `
            : '. ') +
          fills,
        itStrategy === 'strategy-reviews'
          ? 'your answers: IT-strategy practices; published vCIO practice for MSPs (quarterly reviews for small clients)'
          : 'your answers: IT-strategy practices; published guidance on when a fractional CIO fits',
      ),
    );
  }
  if (f.initiativeLead === 'missing') {
    const names = list(f.majorInitiatives.map((x) => INITIATIVE_NAMES[x]));
    out.push(
      finding(
        'major-initiatives',
        `You have ${names} ahead, and your answers show nobody yet set up to lead it from the ` +
          'technology-strategy side (initiative oversight or IT strategy below Documented). ' +
          (itStrategy === 'fractional-cio'
            ? 'Leading a change of that size is fractional-CIO work.'
            : 'Make it the first topic of the strategy reviews.'),
        `your answers: planned initiatives: ${names}; published guidance: a fractional CIO when ` +
          'a major initiative has nobody internal qualified to lead it',
      ),
    );
  }
  return out;
}

const THIRD_PARTY_LEADER_RULES = [
  { reg: 'ftc-safeguards', cite: 'FTC Safeguards Rule, 16 CFR 314.4(a)' },
  { reg: 'nydfs', cite: 'NYDFS 23 NYCRR 500.4(a)' },
] as const;

function thirdPartyLeaderReason(i: FindingsInput): Finding[] {
  if (i.security !== 'vciso-retainer' && i.security !== 'vciso-project') return [];
  const present = THIRD_PARTY_LEADER_RULES.filter((r) => i.f.d.regulations.includes(r.reg));
  if (present.length === 0) return [];
  return [
    finding(
      'third-party-leader-allowed',
      `${upperFirst(list(present.map((r) => REGULATION_NAMES[r.reg])))} lets the person in ` +
        'charge of your security program come from a service provider or an affiliate, so the ' +
        'rule alone does not force a full-time hire. The conditions: you stay responsible, a ' +
        'senior person of yours oversees the provider, and the provider keeps a compliant program.',
      present.map((r) => r.cite).join('; '),
    ),
  ];
}

function internalLeadReason(i: FindingsInput): Finding[] {
  if (i.f.d.securityLeadership !== 'dedicated-internal') return [];
  if (i.security !== 'vciso-retainer' && i.security !== 'vciso-project') return [];
  return [
    finding(
      'internal-lead-supported',
      'You have a dedicated internal security lead. A vCISO would back that person up with ' +
        'program structure, board reporting and a second opinion, not replace them.',
      'your answer: a dedicated internal security lead',
    ),
  ];
}

function activeIncidentReason(f: Facts): Finding {
  return finding(
    'active-incident',
    'You have an incident under way. The first need is hands-on response, paid by the hour, in ' +
      'this order: contain it and line up responders (keeping the evidence), start the ' +
      'notification clocks that apply to you, then restore from backups known to be clean. ' +
      'Building the security program waits until the incident is closed.' +
      (f.d.cyberInsurance !== 'none'
        ? " Call your insurer's claims line before hiring responders: many policies name the " +
          'firms they pay for (our interpretation; check your policy).'
        : ''),
    'your answer: an incident is under way; NIST CSF 2.0 Respond then Recover',
  );
}

function operationsFirstReason(): Finding {
  return finding(
    'needs-operations-first',
    'No one runs your day-to-day IT. Security leadership sets direction, but someone has to ' +
      'carry it out: put a managed IT provider or an IT person in place first (patching, ' +
      'backups, MFA, endpoint protection), then add leadership.',
    'your answer: no one provides IT support; published guidance on common vCISO buying mistakes',
  );
}

function reasonsFor(i: FindingsInput): Finding[] {
  const { f, security } = i;
  const out: Finding[] = [];
  if (security === 'incident-response') out.push(activeIncidentReason(f));
  if (security === 'full-time-ciso' || security === 'keep-security-leader') {
    out.push(...fullTimeReasons(f));
  }
  if (security === 'keep-security-leader') out.push(keepLeaderReason(f));
  if (security === 'operations-first') out.push(operationsFirstReason());
  if (LEADERSHIP.has(security)) out.push(...triggerReasons(f));
  out.push(...securityShapeReason(i));
  out.push(...itStrategyReasons(i));
  out.push(...thirdPartyLeaderReason(i));
  out.push(...internalLeadReason(i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Warnings: only what changes what the reader does
// ---------------------------------------------------------------------------------------------

function incidentWarnings(i: FindingsInput): Finding[] {
  const { f, afterIncident } = i;
  if (!afterIncident) return [];
  const out: Finding[] = [];
  const deadlines = NOTIFICATION_RULES.filter((r) => f.d.regulations.includes(r.reg));
  out.push(
    finding(
      'notification-deadlines',
      'Reporting clocks may be running' +
        (deadlines.length > 0 ? `: notify ${list(deadlines.map((r) => r.text))}. ` : '. ') +
        `${upperFirst(STATE_BREACH_LAWS.text)}. Check the rule text with counsel today.`,
      [...deadlines.map((r) => r.cite), STATE_BREACH_LAWS.cite].join('; '),
    ),
  );
  const afterHours = afterIncident.hours;
  out.push(
    finding(
      'program-after-incident',
      'Once the incident is closed, it becomes a reason in itself to fix the program behind it ' +
        '(post-incident work typically runs 90 to 180 days). The next step then: ' +
        `${lowerFirst(afterIncident.headline)}` +
        `${afterHours ? ` (about ${afterHours.min}–${afterHours.max} hours a month)` : ''}.`,
      'published vCISO project shapes (post-incident work, 90–180 days)',
    ),
  );
  return out;
}

function warningsFor(i: FindingsInput): Finding[] {
  const { f, security, itStrategy, model, offers } = i;
  const { d } = f;
  const out: Finding[] = [...incidentWarnings(i)];
  if (security === 'full-time-ciso') {
    out.push(
      finding(
        'interim-vciso',
        'A CISO search usually takes three to six months. A vCISO can cover the gap and hand a ' +
          'working program to the new hire.',
        'published CISO hiring timelines (3–6 months)',
      ),
    );
  }
  if (
    d.dedicatedMandate === 'unsure' &&
    security !== 'full-time-ciso' &&
    security !== 'keep-security-leader'
  ) {
    out.push(
      finding(
        'confirm-mandate',
        'You are not sure whether a contract or rule demands a dedicated, full-time security ' +
          'executive. Check the wording before you decide: if it does, only a full-time hire ' +
          'meets it and this recommendation changes.',
        'your answer: not sure about a dedicated-executive mandate',
      ),
    );
  }
  if (d.regulations.includes('nis2') && d.employees < 50) {
    out.push(
      finding(
        'nis2-size-check',
        `NIS2 generally reaches entities of 50 or more staff or more than €10M turnover in the ` +
          `sectors it lists, and some whatever their size. At ${count(d.employees)} staff, check ` +
          'whether it covers you before planning around it.',
        'EU NIS2 Directive 2022/2555, Art. 2',
      ),
    );
  }
  if (i.project === 'insurer-evidence' && !f.operationsStrong) {
    out.push(
      finding(
        'evidence-needs-controls',
        'Your insurer will ask about controls such as MFA, protected backups and endpoint ' +
          'detection, and your Protect or Detect answers show gaps there. Evidence can only be ' +
          'given for controls that exist: have your IT provider close those gaps first, or the ' +
          'renewal answers will not hold.',
        'your answers: Protect and Detect practices; published guidance (insurers ask for ' +
          'evidence of specific controls)',
      ),
    );
  }
  const hint = INDUSTRY_REGULATION_HINTS[d.industry];
  // A shop whose card handling is answered has already told us where PCI DSS stands.
  const cardsSettled = d.industry === 'retail-ecommerce' && d.cardHandling !== undefined;
  if (hint && d.regulations.length === 0 && !cardsSettled) {
    out.push(
      finding(
        'check-regulations',
        `You chose ${hint.label} but no rule. Businesses in that field are often covered ` +
          `by ${hint.rules}. Check before relying on this result: a rule would change it.`,
        `your answer: industry ${hint.label}, no rule selected`,
      ),
    );
  }
  if (d.regulations.includes('nydfs') && d.employees < 20) {
    out.push(
      finding(
        'nydfs-exemption-check',
        `With ${count(d.employees)} staff you may be able to claim the NYDFS limited exemption, ` +
          'which lifts the CISO requirement among others. It covers fewer than 20 staff and ' +
          'contractors (affiliates included), or under $7.5M of New York revenue in each of the ' +
          'last three years, or under $15M of year-end assets; it applies only once you file a ' +
          'notice of exemption, within 30 days of qualifying. Check it before you name a CISO.',
        'NYDFS 23 NYCRR 500.19(a)',
      ),
    );
  }
  const missing = f.readiness.unknownCount + f.readiness.unansweredCount;
  if (f.readiness.applicableCount > 0 && missing > 0.25 * f.readiness.applicableCount) {
    out.push(
      finding(
        'many-unknowns',
        `${missing} of ${f.readiness.applicableCount} readiness answers were "${UNKNOWN_LABEL}" ` +
          'or left blank. They count as not in place, so the score may be lower than reality. ' +
          'Find out before deciding on an engagement.',
        'your answers: readiness questions',
      ),
    );
  }
  if (security === 'vciso-retainer') {
    out.push(
      finding(
        'retainer-needs-deliverables',
        'Ask what the retainer produces: written policies, a yearly risk assessment, policy ' +
          'updates and a quarterly review with leadership. A retainer without them is only a fee.' +
          (d.securityLeadership === 'it-generalist'
            ? ' Keep its hours on the program: a vCISO who resets passwords is not doing the job.'
            : ''),
        'published vCISO engagement structure and common buying mistakes',
      ),
    );
  }
  if (itStrategy !== 'none' && f.usesMsp) {
    out.push(
      finding(
        'vcio-conflict-of-interest',
        'Strategy advice from your MSP covers purchases the MSP may also sell. Ask for three ' +
          'quotes on major purchases so advice and sales stay apart.',
        'published vCIO practice for MSPs (three quotes)',
      ),
    );
  }
  if (
    d.securityLeadership === 'external' &&
    (security === 'vciso-retainer' || security === 'vciso-project')
  ) {
    out.push(
      finding(
        'existing-external-lead',
        'You already have outside security leadership. Compare what it covers with the duties ' +
          'here (written program, risk assessment, incident plan, vendor risk, reporting to ' +
          'leadership) before adding or switching providers.',
        'your answer: security leadership comes from outside',
      ),
    );
  }
  if (!isOffered(model, offers)) {
    out.push(
      finding(
        'not-offered',
        `This provider does not list ${MODEL_SERVICES[model]} among its services; ask them for a ` +
          'referral to someone who does.',
        "this provider's list of services",
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Also consider: what points elsewhere, or hangs on an answer to settle
// ---------------------------------------------------------------------------------------------

function alsoConsiderFor(i: FindingsInput): Finding[] {
  const { f, security, itStrategy } = i;
  const { d } = f;
  const out: Finding[] = [];
  if (security === 'operations-first' && f.triggers.length > 0) {
    out.push(
      finding(
        'leadership-after-operations',
        'Once operations run, security leadership is worth a look: ' +
          `${list(triggerReasons(f).map((r) => lowerFirst(r.text.split('. ')[0] ?? '')))}.`,
        'your answers: rules, customer demands, cyber insurance, incidents',
      ),
    );
  }
  const itPending = security === 'incident-response' || security === 'operations-first';
  if (itPending && (f.itGap === 'gap' || f.initiativeLead === 'missing')) {
    out.push(
      finding(
        'it-strategy-later',
        'Your IT-strategy answers show a gap (a roadmap, budget or initiative lead not yet in ' +
          'place). ' +
          (security === 'incident-response'
            ? 'Once the incident is closed'
            : 'Once operations run') +
          ', strategic IT leadership (a fractional CIO, or strategy reviews at a small firm) is ' +
          'the next thing to look at.',
        'your answers: IT-strategy practices and planned initiatives',
      ),
    );
  }
  if (!itPending && itStrategy === 'none' && f.itGap === 'unsettled') {
    const bounds = unsettledIt(f);
    out.push(
      finding(
        'it-strategy-unsettled',
        `${bounds} IT-strategy ${bounds === 1 ? 'answer was' : 'answers were'} "${UNKNOWN_LABEL}". ` +
          `Settle ${bounds === 1 ? 'it' : 'them'} first: find out whether a written IT roadmap and ` +
          'budget tied to business goals exist. If not, ' +
          (f.small
            ? 'quarterly strategy reviews would fill the gap.'
            : 'a fractional CIO would fill the gap.') +
          ' A "Don\'t know" alone is no reason to buy one.',
        'your answers: IT-strategy practices',
      ),
    );
  }
  if (!itPending && f.initiativeLead === 'unsettled') {
    const names = list(f.majorInitiatives.map((x) => INITIATIVE_NAMES[x]));
    out.push(
      finding(
        'initiative-lead-unsettled',
        `Settle who will lead ${names}: find out whether someone on your side has led a change ` +
          'of that size. If nobody has, a fractional CIO for the length of the initiative is the ' +
          'usual answer.',
        'published guidance: a fractional CIO when a major initiative has nobody internal ' +
          'qualified to lead it',
      ),
    );
  }
  if (itStrategy === 'strategy-reviews' && f.initiativeLead === 'missing') {
    out.push(
      finding(
        'initiative-project-help',
        'If the strategy reviews cannot carry the initiative, bring in a fractional CIO for ' +
          'its length only, not as a standing fee.',
        'published guidance on fractional CIOs for major initiatives',
      ),
    );
  }
  if (f.boundedIfConfirmed && security === 'vciso-retainer') {
    const open = f.readiness.contributions.filter(
      (c) => c.domain !== 'it-strategy' && isUnsettled(c.answer),
    ).length;
    out.push(
      finding(
        'project-if-confirmed',
        `${open} security ${open === 1 ? 'answer is' : 'answers are'} "${UNKNOWN_LABEL}", and ` +
          'the retainer rests on them. If what they ask about proves to be in place, the need is ' +
          'bounded and a defined project would do instead of a standing retainer: settle them ' +
          'first.',
        'your answers: readiness questions; the bounded-need rule (foundations documented, ' +
          'Protect and Detect at 50 or more)',
      ),
    );
  }
  if (security === 'keep-security-leader') {
    out.push(
      finding(
        'vciso-backs-up-leader',
        'A vCISO can back your security leader up for a defined piece of work (a second opinion, ' +
          'board reporting, audit preparation) without becoming a second leader.',
        'published vCISO duties (program structure, board reporting)',
      ),
    );
  }
  if (d.initiatives.includes('new-product')) {
    out.push(
      finding(
        'new-product-security',
        'A new digital product brings secure-development work (threat modelling, secure coding ' +
          'and testing before launch). That is security leadership’s remit, not a CIO’s: raise ' +
          'it with whoever owns your security program.',
        'published vCISO duties (security in new product launches)',
      ),
    );
  }
  if (f.pci === 'unsettled') {
    out.push(
      finding(
        'card-handling-unsettled',
        'Find out how card payments reach you and your merchant level. If card data passes ' +
          'through your own systems above the lowest level, PCI DSS becomes a reason for ' +
          'security leadership; with outsourced card handling or at the lowest level, it is not.',
        'PCI DSS merchant levels (card brands); SAQ A and SAQ P2PE scope',
      ),
    );
  }
  if (security === 'vciso-project' && i.project === 'small-firm-compliance' && f.usesMsp) {
    out.push(
      finding(
        'msp-program-work',
        'Some MSPs include this program-level work (policies, the yearly risk assessment, the ' +
          'incident runbook) in their managed service for regulated small clients. Ask yours ' +
          'before buying it separately.',
        'published MSP practice for regulated small clients',
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The four lists
// ---------------------------------------------------------------------------------------------

/** Keeps the first finding of each id (a rule listed twice must not repeat its note). */
function uniqueById(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** The verdict's findings in their four lists. */
export function findingsFor(i: FindingsInput): FindingLists {
  const { d } = i.f;
  const ruleNotes = d.regulations.map((reg) => {
    const note = REGULATION_NOTES[reg];
    return finding(`reg-${reg}`, note.text({ employees: d.employees }), note.source);
  });
  if (i.f.pci === 'not-trigger') {
    ruleNotes.push(
      finding(
        'pci-scope-small',
        d.cardHandling === 'outsourced'
          ? 'Your card handling is outsourced, so card data stays off your systems and PCI DSS ' +
              'alone is not a reason for security leadership. The assigned owner for security ' +
              'still applies to what remains in scope.'
          : 'You are at the lowest merchant level, where PCI DSS alone is not a reason for ' +
              'security leadership. The assigned owner for security still applies.',
        'PCI DSS merchant levels (card brands); PCI DSS v4.0.1 req. 12.1.4',
      ),
    );
  }
  return {
    reasons: uniqueById(reasonsFor(i)),
    warnings: uniqueById(warningsFor(i)),
    alsoConsider: uniqueById(alsoConsiderFor(i)),
    ruleNotes: uniqueById(ruleNotes),
  };
}
