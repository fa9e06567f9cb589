/** What the user is told after an assessment is brought in from a hand-off file or a share link. */
import { lacksAddedAssumptions } from '../core/assumptions';
import { CONTENT_VERSION } from '../core/content/question-structure';
import type { ImportedAssessment } from '../core/handoff';
import type { ImportSource, Notice } from './notices';

/** The new copy, the question-bank version it was answered under, and what was left out. */
export function importNotice(
  imported: ImportedAssessment,
  source: ImportSource,
  id: string,
): Notice {
  return {
    kind: 'imported',
    id,
    source,
    companyName: imported.companyName.trim(),
    versions:
      imported.contentVersion === CONTENT_VERSION
        ? null
        : { file: imported.contentVersion, app: CONTENT_VERSION },
    dropped: imported.dropped.map((d) => ({ ...d })),
    changed: imported.changed.map((c) => ({ ...c })),
    added: imported.added,
    // Cost assumptions saved before the added ones existed are kept, never refused.
    olderAssumptions:
      lacksAddedAssumptions(imported.assumptions) || lacksAddedAssumptions(imported.scenario),
  };
}

/** A valid hand-off file or share link that holds more than one stored assessment may. */
export function importTooLargeNotice(
  imported: ImportedAssessment,
  source: ImportSource,
  reason: string,
): Notice {
  return {
    kind: 'import-too-large',
    source,
    companyName: imported.companyName.trim(),
    reason: reason.replace(/^record: /, ''),
  };
}
