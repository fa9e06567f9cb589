/** The library list as the rep sees it: filtered by a search and put in the chosen order. */
import type { LibraryEntry } from '../../flow/flow-types';

export const LIBRARY_SORTS = ['updated', 'company', 'gap', 'progress'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** Folds case and accents, so "zurich" finds "Zürich". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** True when every word of the query appears in the company name or the note. */
export function matchesQuery(entry: LibraryEntry, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${entry.companyName}\n${entry.note}`);
  return words.every((w) => haystack.includes(w));
}

const share = (e: LibraryEntry) =>
  e.progress.total === 0 ? 0 : e.progress.answered / e.progress.total;

const byUpdated = (a: LibraryEntry, b: LibraryEntry) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

const COMPARE: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
  updated: byUpdated,
  // Untitled ones last, then A–Z ignoring case and accents.
  company: (a, b) =>
    Number(a.companyName === '') - Number(b.companyName === '') ||
    fold(a.companyName).localeCompare(fold(b.companyName), 'en') ||
    byUpdated(a, b),
  // Largest gap first: the prospects with the most to do. Not yet scored last.
  gap: (a, b) => (b.scoreSummary?.gap ?? -1) - (a.scoreSummary?.gap ?? -1) || byUpdated(a, b),
  // Least complete first: the ones still to finish.
  progress: (a, b) => share(a) - share(b) || byUpdated(a, b),
};

/** The entries that match `query`, in `sort` order; the input is not changed. */
export function visibleEntries(
  entries: readonly LibraryEntry[],
  query: string,
  sort: LibrarySort,
): LibraryEntry[] {
  return entries.filter((e) => matchesQuery(e, query)).sort(COMPARE[sort]);
}

/** Reads a sort from a form value; anything else is the default order. */
export function parseSort(value: string): LibrarySort {
  return (LIBRARY_SORTS as readonly string[]).includes(value) ? (value as LibrarySort) : 'updated';
}
