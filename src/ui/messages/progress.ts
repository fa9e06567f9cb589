/** Screen-only words of "progress since the last assessment" (shared sentences live in core). */
export const progressText = {
  screenHeading: (company: string) =>
    company.trim() === '' ? 'Progress since the last assessment' : `Progress: ${company}`,
  since: (date: string) => `Compared with the assessment started on ${date}.`,
  functionColumn: 'Function',
  question: 'Question',
  noAnswerChanged: 'No answer changed.',
  close: 'Close the comparison',
  working: 'Comparing with the earlier assessment…',
  compareWithPrevious: 'Compare with the previous one',
  compareWithFile: 'Compare with an earlier hand-off file',
  compareHeading: 'Progress since the last assessment',
  compareLead:
    'Compare this assessment with an earlier one of the same company: readiness by function then and now, the answers that changed and whether the recommendation changed.',
  noPrevious:
    'No earlier completed assessment of this company is on this device. Import last quarter’s hand-off file to compare with it.',
  previousIs: (company: string, date: string) => `The previous one: ${company}, started ${date}.`,
  changeUp: (n: string) => `${n} (up)`,
  changeDown: (n: string) => `${n} (down)`,
  notCompared: 'not compared',
} as const;
