/**
 * Words for the results page, the PDF button and the lead form: loaded with those screens, not
 * with the first question (src/ui/messages/en.ts holds what the first screens need).
 */
export const resultsMessages = {
  results: {
    heading: 'Your results',
    cannotShow: 'These results cannot be shown.',
    overall: 'Security readiness',
    overallNote: 'The six NIST CSF functions.',
    itStrategy: (score: string) => `IT-strategy readiness, scored apart: ${score} out of 100.`,
    outOf: 'out of 100',
    gap: 'Gap',
    gapNote: 'points short of a program that is reviewed and measured.',
    byDomain: 'Readiness by function',
    domain: 'Function',
    readiness: 'Readiness',
    readinessAxis: 'Readiness, 0 to 100',
    readinessValue: (score: number) => `Readiness: ${Math.round(score)} / 100`,
    readinessChartLabel: (parts: string, overall: string) =>
      `Bar chart of readiness by function, out of 100: ${parts}. Security readiness (the six CSF functions) ${overall}.`,
    notScored: (labels: string) =>
      `Not scored, because no practice applies to you: ${labels}. They are left out of security readiness.`,
    unknowns: (n: number) =>
      n === 1
        ? '1 practice is “Don’t know” or unanswered and counts as not in place.'
        : `${n} practices are “Don’t know” or unanswered and count as not in place.`,
    recommendation: 'Recommended engagement',
    hours: (min: number, max: number) => `About ${min}–${max} hours a month`,
    projectMonths: (min: number, max: number) =>
      `for ${min === max ? min : `${min}–${max}`} months`,
    alsoConsider: 'Also consider',
    ruleNotes: 'What your rules ask for',
    reasonsHeading: 'Why we recommend this',
    warnings: 'Before you decide',
    source: 'Source',
    plan: 'First 90 days',
    planLead: 'What the first three months would cover, most urgent first.',
    planEmpty:
      'Every practice that applies is already implemented or better, so there is no catch-up list: the first 90 days would confirm and measure what is in place.',
    phases: { 'days-1-30': 'Days 1–30', 'days-31-60': 'Days 31–60', 'days-61-90': 'Days 61–90' },
    csf: 'NIST CSF 2.0',
    cis: 'CIS Controls v8.1',
    costHeading: (years: number) => `Cost over ${years} ${years === 1 ? 'year' : 'years'}`,
    costSummary: (vciso: string, fullTime: string) =>
      `A vCISO costs ${vciso}; a full-time CISO costs ${fullTime}.`,
    saves: (amount: string) => `The vCISO costs ${amount} less.`,
    costsMore: (amount: string) => `The vCISO costs ${amount} more.`,
    costsSame: 'Both cost the same.',
    share: (share: string) => `That is ${share} of the full-time cost.`,
    noShare:
      'No share of the full-time cost can be given: within this horizon the full-time path costs nothing (the search outlasts it and there is no recruiter fee).',
    neverCross: (higher: string) =>
      `The lines never cross: the ${higher} costs more in total from the first month to the last.`,
    crossAt: (month: number, higher: string) =>
      `The lines cross in month ${month}: from then on the ${higher} costs more in total.`,
    alwaysEqual: 'The two lines are equal throughout.',
    fractionalCioTotal: (amount: string) =>
      `The fractional CIO the recommendation includes adds ${amount}.`,
    /** Said beside the cost lines when the recommendation is not a vCISO retainer. */
    costContext: {
      'msp-only':
        'We do not recommend a vCISO yet: the vCISO line shows what one would cost when you need one.',
      'vciso-project':
        'We recommend a defined project, not a standing retainer: the vCISO line prices a monthly retainer for your size over the whole period. Ask for the project’s own quote.',
      'vciso-project-and-fractional-cio':
        'We recommend a defined vCISO project and a fractional CIO: the vCISO line prices a monthly retainer for your size over the whole period, so ask for the project’s own quote; the fractional CIO has its own line.',
      'strategy-reviews':
        'We do not recommend a vCISO yet, and strategy reviews are often part of an MSP’s service: the vCISO line shows what one would cost when you need one.',
      'keep-security-leader':
        'You already have a security leader on staff: the full-time line approximates what that role costs, and the vCISO line is there for comparison, not as a replacement.',
      'fractional-cio':
        'We recommend a fractional CIO, not a vCISO: the vCISO line is there for comparison.',
      'incident-response':
        'Incident-response work is billed by the hour and is not in this comparison: the vCISO line is the program that follows once the incident is closed.',
      'full-time-ciso':
        'We recommend a full-time CISO: the vCISO line is there for comparison, or as interim cover during the search, not as a substitute where a dedicated executive is required.',
    },
    directOnly:
      'Direct spend only. The comparison does not price the risk while the seat is empty, a mis-hire, bonuses or equity, or the difference in hours: a vCISO works 10–30 hours a month, a full-time CISO a full week.',
    fullTimeCiso: 'Full-time CISO',
    fullTimeCisoLower: 'full-time CISO',
    vciso: 'vCISO',
    fractionalCio: 'Fractional CIO',
    totalsCaption: (years: number) => `Totals over ${years} ${years === 1 ? 'year' : 'years'}`,
    difference: 'Difference (full-time − vCISO)',
    shareRow: 'vCISO as a share of full-time',
    crossRow: 'Lines cross',
    crossRowNever: 'They do not cross',
    month: (n: number) => `Month ${n}`,
    months: 'Months from today',
    fullTimeParts: (salary: string, fees: string, vacant: number) =>
      `${salary} salary and benefits, ${fees} recruiter fees, ${vacant} ${vacant === 1 ? 'month' : 'months'} with the seat empty`,
    vcisoParts: (retainer: string, onboarding: string, onDemand: string) =>
      `${retainer} retainer, ${onboarding} onboarding, ${onDemand} on-demand hours`,
    byYearCaption: 'Cumulative cost at the end of each year',
    year: 'Year',
    yearN: (n: number) => `Year ${n}`,
    costChartLabel: (years: number, totals: string, crossing: string) =>
      `Line chart of cumulative cost over ${years} ${years === 1 ? 'year' : 'years'}: ${totals}. ${crossing}`,
    chartFailed: 'The chart could not be drawn here; the table below has the same numbers.',
    assumptions: {
      heading: 'Your assumptions',
      lead: 'Change any figure and the chart follows as you type.',
      horizon: 'Time horizon',
      everyPath: 'Every path',
      horizonOption: (years: number) => (years === 1 ? '1 year' : `${years} years`),
      units: {
        cisoBaseSalary: (currency: string) => `${currency} a year`,
        benefitsLoad: () => '× salary',
        recruiterFeeRate: () => '% of first-year salary',
        monthsToHire: () => 'months',
        tenureMonths: () => 'months',
        annualIncrease: () => '% a year',
        vcisoMonthlyRetainer: (currency: string) => `${currency} a month`,
        vcisoOnboardingFee: (currency: string) => `${currency}, once`,
        onDemandHoursPerMonth: () => 'hours a month',
        onDemandHourlyRate: (currency: string) => `${currency} an hour`,
        fractionalCioMonthly: (currency: string) => `${currency} a month`,
      },
      defaultValue: (value: string) => `Default ${value}.`,
      ours: 'Our assumption.',
      allowed: (min: string, max: string) => `Allowed: ${min} to ${max}.`,
      unreadable: (message: string, min: string, max: string) =>
        `${message}. Allowed: ${min} to ${max}.`,
      stale: 'The chart shows the last valid figures. Correct the marked fields to update it.',
      reset: 'Reset to defaults',
      savedProblem: (problem: string) =>
        `Your saved assumptions could not be used (${problem}), so the figures use the defaults. Correct the marked field or reset to defaults.`,
      fractionalCioHint: 'Counted only when the recommendation includes a fractional CIO.',
    },
    whatIf: {
      heading: 'What if?',
      lead: 'Each practice shows how many points of its function’s score it is missing. Change an answer to see how the score and the recommendation move; the change is saved with this assessment.',
      domainSummary: (label: string, score: string, count: number) =>
        `${label}: ${score} / 100 (${count} ${count === 1 ? 'practice' : 'practices'})`,
      missing: (points: string, label: string) => `Missing ${points} of ${label}’s 100 points`,
      missingNone: 'Missing no points',
      notAnswered: 'Not answered',
      now: (score: string, headline: string) =>
        `Security readiness ${score}. Recommendation: ${headline}.`,
      overall: (from: string, to: string) => `Security readiness ${from} → ${to}.`,
      domain: (label: string, from: string, to: string) => `${label} ${from} → ${to}.`,
      recommendationChanged: (from: string, to: string) =>
        `Recommendation changed from “${from}” to “${to}”.`,
      recommendationSame: 'The recommendation stays the same.',
    },
    backToReview: 'Back to review',
    startOver: 'All assessments',
  },
  report: {
    heading: 'Your report',
    lead: 'A PDF with your scores, the recommendation and its reasons, the cost comparison, the 90-day plan and how it was worked out. It is made in this browser; nothing is uploaded.',
    download: 'Download the PDF report',
    includeNotes: (n: number) =>
      `Include the ${n === 1 ? 'note' : `${n} notes`} as an appendix (left out unless ticked)`,
    preparing: 'Preparing PDF…',
    done: (fileName: string) => `Your PDF “${fileName}” is downloading.`,
    fallbackLead: 'If the download did not start, open the PDF and save it from there:',
    open: 'Open the PDF',
    opensNewTab: '(opens in a new tab)',
    blocked:
      'This page cannot start downloads (it may be embedded in another site). Open the PDF instead and save it from there.',
    failed: (reason: string) =>
      `The PDF could not be made: ${reason}. Your answers are safe; please try again.`,
  },
  lead: {
    sectionHeading: (brand: string) => `Talk to ${brand} about your results`,
    sectionLead:
      'Leave your details and a security advisor will get back to you about your results. Only what you enter here is sent.',
    sectionLeadResults:
      'Leave your details and a security advisor will get back to you about your results. What you enter here is sent with your answers and results.',
    gateHeading: 'Your results are ready',
    gateLead: (brand: string) =>
      `Leave your details to see the full results: the score for each function, the engagement that fits, what it costs next to a full-time hire, and a 90-day plan. ${brand} receives them with your details.`,
    gateLeadNoResults: (brand: string) =>
      `Leave your details to see the full results: the score for each function, the engagement that fits, what it costs next to a full-time hire, and a 90-day plan. ${brand} receives only your contact details, not your answers.`,
    teaser: (score: string) => `Security readiness: ${score} out of 100`,
    teaserNote: 'The breakdown by function, the recommendation and the costs follow.',
    name: 'Your name',
    email: 'Work email',
    company: 'Company',
    phone: 'Phone (optional)',
    consentHeading: 'Consent',
    honeypot: 'Leave this field empty',
    submit: 'Send my details',
    submitGate: 'Send and see my results',
    submitting: 'Sending…',
    fixFields: (n: number) =>
      n === 1 ? 'Please correct the marked field.' : `Please correct the ${n} marked fields.`,
    sent: 'Sent. Thank you — we will be in touch.',
    sending: 'Sending your details…',
    queued: "Saved on this device, we'll send it when you're back online.",
    local: 'Thank you. Your details are saved in this browser with this assessment.',
    rejected:
      'Your details could not be delivered: the receiving service refused them. They are saved on this device.',
    nothingSentWithout: 'Nothing is sent unless you tick the box.',
  },
} as const;

export type ResultsMessages = typeof resultsMessages;
