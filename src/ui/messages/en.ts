/** Every piece of interface text in English; a locale is added by adding a file like this one. */
export const en = {
  appTitle: 'Security leadership readiness check',
  skipToContent: 'Skip to the question',
  loading: 'Opening your saved work…',
  loadingStep: 'Loading…',
  loadingResults: 'Working out your results…',
  loadFailed:
    'This part of the app could not be loaded. Check your connection and reload the page.',
  reload: 'Reload the page',
  welcome: {
    heading: 'Do you need a vCISO, a fractional CIO, or neither yet?',
    lead: 'Answer about 40 short questions on your business and your security program. You get a gap score by NIST CSF 2.0 function, the engagement model that fits, and what it costs next to a full-time hire.',
    minutes: 'About 10 minutes. Your answers stay in this browser.',
    companyLabel: 'Company name (optional)',
    companyHint: 'Shown on your report. You can change it later.',
    start: 'Start the assessment',
    loadingLibrary: 'Loading the assessments on this device…',
    continueLatest: (company: string) =>
      company.trim() ? `Continue: ${company}` : 'Continue your assessment',
  },
  repTools: {
    switch: 'Sales rep tools',
  },
  deletion: {
    untitled: 'Untitled assessment',
    deleted: (names: readonly string[], seconds: number) =>
      names.length === 1
        ? `Deleted “${names[0]}”. Undo within ${seconds} seconds; the time waits while you are here.`
        : `Deleted ${names.length} assessments (${names.map((n) => `“${n}”`).join(', ')}). Undo brings them all back within ${seconds} seconds; the time waits while you are here.`,
    undo: 'Undo',
    undoLabel: (names: readonly string[]) => `Undo deleting ${names.join(', ')}`,
    moreTime: 'More time',
    moreTimeLabel: (seconds: number) => `More time: start the ${seconds} seconds again`,
  },
  storage: {
    memoryTitle: 'Progress will not be kept',
    welcomeBack: (company: string) =>
      company
        ? `Welcome back. Your answers for ${company} were saved on this device; pick up where you left off.`
        : 'Welcome back. Your answers were saved on this device; pick up where you left off.',
    dismiss: 'Dismiss',
  },
  offline: {
    offline:
      'You are offline. Everything here still works and your answers are saved on this device. Details you send to an advisor wait here and go when you are back online.',
    updateReady: 'A new version of this app is ready.',
    update: 'Reload to update',
    updating: 'Updating…',
    unsentTyping: 'What you typed below is not saved yet. Finish it or clear it, then update.',
  },
  question: {
    sectionOf: (n: number, m: number, title: string) => `Section ${n} of ${m}: ${title}`,
    questionOf: (k: number, j: number) => `Question ${k} of ${j}`,
    left: (n: number) => (n === 1 ? '1 question left' : `${n} questions left`),
    announce: (section: string, k: number, j: number, left: number) =>
      `${section}. Question ${k} of ${j}. ${left} left overall.`,
    whyWeAsk: 'Why we ask',
    loadingText: 'Loading the question…',
    retry: 'Try again',
    required: 'Needed for your recommendation.',
    optional: 'You can skip this and come back to it.',
    next: 'Next',
    back: 'Back',
    review: 'Review answers',
    unknown: "Don't know",
    noteToggle: 'Add a note',
    noteLabel: 'Note (optional)',
    noteHint: 'Anything that explains your answer. Saved with the assessment.',
    keyboardHint: (n: number) =>
      n > 0
        ? `Keys: 1–${Math.min(n, 9)} choose, Enter next, Esc back.`
        : 'Keys: Enter next, Esc back.',
    numberInvalid: 'Enter a whole number, e.g. 45.',
    /** A toggle (aria-pressed): the number keys that pick a choice. */
    numberKeys: 'Number keys choose',
    chooseOne: 'Choose one answer to continue.',
    chooseAny: 'Choose all that apply, or the last option.',
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: 'Not saved',
    level: (n: number) => `Level ${n}`,
    csf: 'NIST CSF 2.0',
    cis: 'CIS Controls v8.1',
  },
  review: {
    heading: 'Review your answers',
    assessmentNote: 'Note on this assessment (optional)',
    assessmentNoteHint:
      'Context for the whole assessment, such as who was in the meeting. Question notes are shown beside their answers; the PDF includes notes only when you choose.',
    questionNote: 'Note:',
    companyLabel: 'Company name on the report',
    lead: 'Check anything you skipped. Discovery answers are needed for the recommendation; practices you leave unanswered count as not in place.',
    complete: 'All answered',
    unanswered: (n: number) => (n === 1 ? '1 unanswered' : `${n} unanswered`),
    edit: (title: string) => `Edit ${title}`,
    seeResults: 'See my results',
    missingRequired: 'Answer the discovery questions first.',
    notAnswered: 'Not answered',
  },
  /** Shown wherever the app runs without an MSP's configuration (the fictional demo MSP's). */
  demo: {
    badge: 'Demo',
    note: 'Example prices and contact',
  },
  setup: {
    errorHeading: 'This assessment is not set up correctly',
    fileLead: (file: string) => `The site owner can fix these settings in ${file}:`,
  },
  embed: {
    errorHeading: 'This assessment widget is not set up correctly',
    errorLead: 'The site owner can fix these settings on the embed code:',
    fileLead: (url: string) =>
      `The site owner can fix these settings in the configuration file named by data-config (${url}):`,
    notAllowedHere: (origin: string) =>
      `This widget is not allowed on ${origin}. Add it to data-allowed-origin.`,
  },
  common: {
    close: 'All assessments',
    rename: 'Company name',
  },
} as const;

export type Messages = typeof en;
