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
    readinessValue: (score: number) => `Readiness: ${score} / 100`,
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
    hoursFor: (min: number, max: number, monthsMin: number, monthsMax: number) =>
      `About ${min}–${max} hours a month for ${monthsMin === monthsMax ? monthsMin : `${monthsMin}–${monthsMax}`} months`,
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
    compareToggle: 'Compare with hiring a full-time CISO',
    compareToggleCio: 'Compare with hiring a full-time CISO and CIO',
    compareHintRealistic: 'On by default at your size.',
    compareHintReference: 'Off by default: below 250 staff a full-time hire is rarely realistic.',
    filledNote: (names: string) =>
      `Your saved assumptions predate ${names}; the defaults for your recommendation are used for ${names.includes(',') || names.includes(' and ') ? 'them' : 'it'}.`,
    directOnly:
      'Direct spend only. The comparison does not price the risk of a vacancy or a mis-hire, bonuses or equity, or the difference in hours: a vCISO works 10–30 hours a month, a full-time CISO a full week.',
    fullTimeCiso: 'Full-time CISO',
    vciso: 'vCISO',
    fractionalCio: 'Fractional CIO',
    totalsCaption: (years: number) => `Totals over ${years} ${years === 1 ? 'year' : 'years'}`,
    difference: 'Difference (full-time − recommended)',
    shareRow: 'Recommended as a share of full-time',
    crossRow: 'Lines cross',
    crossRowNever: 'They do not cross',
    month: (n: number) => `Month ${n}`,
    months: 'Months from today',
    fullTimeParts: (parts: readonly string[], vacant: number) =>
      `${parts.join(', ')}; ${vacant} ${vacant === 1 ? 'month' : 'months'} with the seat empty`,
    partSalary: (v: string) => `${v} salary and benefits`,
    partFees: (v: string) => `${v} recruiter fees`,
    partInterim: (v: string) => `${v} interim cover`,
    partTooling: (v: string) => `${v} tooling and training`,
    partCio: (v: string) => `${v} full-time CIO`,
    partRetainer: (v: string) => `${v} retainer`,
    partOnboarding: (v: string) => `${v} onboarding`,
    partOnDemand: (v: string) => `${v} on-demand hours`,
    partProject: (v: string) => `${v} project`,
    partRefresh: (v: string) => `${v} yearly refresh`,
    partIncident: (v: string) => `${v} incident response`,
    partFractionalCio: (v: string) => `${v} fractional CIO`,
    byYearCaption: 'Cumulative cost at the end of each year',
    year: 'Year',
    yearN: (n: number) => `Year ${n}`,
    costChartLabel: (years: number, totals: string, crossing: string | null) =>
      `Line chart of cumulative cost over ${years} ${years === 1 ? 'year' : 'years'}: ${totals}.${crossing ? ` ${crossing}` : ''}`,
    chartFailed: 'The chart could not be drawn here; the table below has the same numbers.',
    assumptions: {
      engagementGroup: 'What we recommend',
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
        cisoToolingBudget: (currency: string) => `${currency} a year`,
        interimCoverMonthly: (currency: string) => `${currency} a month, 0 for none`,
        cioBaseSalary: (currency: string) => `${currency} a year`,
        projectHoursPerMonth: () => 'hours a month',
        projectMonths: () => 'months',
        yearlyRefreshHours: () => 'hours a year',
        incidentHours: () => 'hours',
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
