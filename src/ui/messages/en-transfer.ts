/**
 * Interface text for hand-off files, share links, prefill and the leads CSV. Kept beside en.ts
 * rather than in it: these screens load on demand, and en.ts is part of the first screen.
 */
export const enTransfer = {
  prefilled: (ids: string) =>
    `Some answers were filled in from the link (${ids}). They go into the next assessment you start, and you can change them there.`,
  importLabel: 'Import a hand-off file',
  importHint:
    'A .json file exported from this app, on this or another device. It is added as a new assessment; nothing here is replaced.',
  importing: 'Reading the file…',
  importTooLarge: (mib: number) =>
    `This file is larger than ${mib} MiB, so it is not an assessment hand-off file.`,
  importFailed: (reasons: string) => `This file cannot be imported: ${reasons}.`,
  importNotOurs:
    'This is not a hand-off file from this app. Choose a file made with “Export hand-off file” on the results page.',
  importNotJson:
    'This file is not a hand-off file (it is not even JSON). Choose a file made with “Export hand-off file”.',
  importUnreadable: 'This file could not be read. Choose it again.',
  leadsHeading: 'Leads captured on this device',
  leadsCount: (n: number) =>
    n === 1 ? '1 lead is kept in this browser.' : `${n} leads are kept in this browser.`,
  exportLeads: 'Export leads (CSV)',
  handoffHeading: 'Hand off or share',
  handoffLead:
    'A hand-off file carries every answer and note to another device. A share link opens these results for someone else, read-only.',
  exportHandoff: 'Export hand-off file',
  exported: (file: string) => `Saved as ${file}.`,
  copyShare: 'Copy share link',
  shareLabel: 'Share link',
  shareCopied: 'Link copied.',
  shareCopyByHand: 'Select the link and copy it.',
  shareNote:
    'The answers are in the link itself: nothing is uploaded, and the part after # never reaches a server. Notes are left out. Anyone with the link can see these results.',
  shareFailed: 'The link could not be made in this browser.',
  sharedHeading: (name: string) => (name ? `Shared results: ${name}` : 'Shared results'),
  sharedLead:
    'A read-only copy from a share link. Nothing is kept on this device unless you save a copy.',
  saveCopy: 'Save a copy on this device',
  close: 'Close',
} as const;
