/**
 * Words for the assessments library. Loaded with the library list, not with the first question:
 * a first visit has no library to show.
 */
import type { EngagementModel } from '../../core/types';
import type { DurabilityStatus } from '../../flow/flow-types';
import type { LibrarySort } from '../library/library-view';

export const libraryText = {
  heading: (n: number) => `Assessments on this device (${n})`,
  search: 'Search by company or note',
  sort: 'Sort by',
  sorts: {
    updated: 'Last changed',
    company: 'Company (A–Z)',
    gap: 'Gap score (largest first)',
    progress: 'Progress (least complete first)',
  } satisfies Record<LibrarySort, string>,
  shown: (shown: number, total: number) =>
    shown === total ? `${total} shown` : `${shown} of ${total} shown`,
  noMatch: (query: string) => `No assessment matches “${query}”.`,
  untitled: 'Untitled assessment',
  progress: (answered: number, total: number) => `${answered} of ${total} answered`,
  updated: (when: string) => `Last changed ${when}`,
  gap: (gap: number) => `Gap ${gap} / 100`,
  notScored: 'Not scored yet (discovery unfinished)',
  models: {
    'msp-only': 'MSP only for now',
    'vciso-retainer': 'vCISO retainer',
    'vciso-project': 'vCISO project',
    'fractional-cio': 'Fractional CIO',
    'vciso-and-fractional-cio': 'vCISO and fractional CIO',
    'incident-response': 'Incident support first',
    'full-time-ciso': 'Full-time CISO',
    'vciso-project-and-fractional-cio': 'vCISO project and fractional CIO',
    'keep-security-leader': 'Keep your security leader',
    'strategy-reviews': 'Strategy reviews',
  } satisfies Record<EngagementModel, string>,
  open: 'Open',
  openLabel: (name: string) => `Open ${name}`,
  compareLabel: (name: string, date: string) =>
    `Compare ${name} with the previous one, started ${date}`,
  rename: 'Rename',
  renameLabel: (name: string) => `Rename ${name}`,
  newName: 'New company name',
  save: 'Save',
  cancel: 'Cancel',
  duplicate: 'Duplicate',
  duplicateLabel: (name: string) => `Duplicate ${name}`,
  note: 'Note',
  noteLabel: (name: string) => `Note on ${name}`,
  noteField: 'Note on this assessment',
  noteHint:
    'Shown here and on the review screen. It goes into the PDF only if you tick “Include the notes” when you download it.',
  delete: 'Delete',
  deleteLabel: (name: string) => `Delete ${name}`,
  activity: {
    duplicated: (name: string) => `Copy made: “${name}”. It is first in the list.`,
    renamed: (name: string) => `Renamed to “${name}”.`,
    noted: (name: string) => `Note saved for “${name}”.`,
  },
  durability: {
    unknown: '',
    granted:
      'This browser has agreed to keep these assessments, even when it is short of space. Clearing site data still removes them.',
    refused:
      'This browser has not promised to keep these assessments: it may clear them when it is short of space. Keep a hand-off file (Export on the results page) of any you cannot lose.',
    unsupported:
      'This browser cannot be asked to keep these assessments; it may clear them when it is short of space. Keep a hand-off file (Export on the results page) of any you cannot lose.',
  } satisfies Record<DurabilityStatus, string>,
  eraseAll: 'Delete all my answers on this device',
  eraseConfirm: 'Delete every assessment stored in this browser? This cannot be undone.',
} as const;

export type LibraryText = typeof libraryText;
