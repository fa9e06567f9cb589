/**
 * The library's sort, kept in this browser under a name of our own so the rep finds the list as
 * they left it after a reload (without storage it lasts for the visit). A stored value that is not
 * a known sort reads as the default order.
 */
import { parseSort, type LibrarySort } from './library-view';

const KEY = 'fractional-fit:library-sort';

function stored(): LibrarySort {
  try {
    return parseSort(globalThis.localStorage?.getItem(KEY) ?? '');
  } catch {
    return 'updated';
  }
}

export const libraryPrefs: { sort: LibrarySort } = $state({ sort: stored() });

/** Changes the sort and remembers it on this device. */
export function setLibrarySort(sort: LibrarySort): void {
  libraryPrefs.sort = sort;
  try {
    globalThis.localStorage?.setItem(KEY, sort);
  } catch {
    // Storage refused (private mode, a host's policy): the sort lasts for this visit.
  }
}
