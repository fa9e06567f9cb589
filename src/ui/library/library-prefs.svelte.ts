/** The library's sort, kept while the rep opens assessments and comes back (this visit only). */
import type { LibrarySort } from './library-view';

export const libraryPrefs: { sort: LibrarySort } = $state({ sort: 'updated' });
