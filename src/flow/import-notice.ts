/** What the user is told after an assessment is brought in from a hand-off file or a share link. */
import { lacksAddedAssumptions } from '../core/assumptions';
import { CONTENT_VERSION } from '../core/content/question-structure';
import type { ImportedAssessment } from '../core/handoff';
import type { ImportSource, StorageNotice } from './flow-types';

/** Names the new copy, the question-bank version it was answered under, and what was left out. */
export function importNotice(
  imported: ImportedAssessment,
  source: ImportSource,
  id: string,
): StorageNotice {
  const name = imported.companyName.trim() || 'The assessment';
  const parts = [
    source === 'file'
      ? `“${name}” was imported from the hand-off file as a new assessment on this device.`
      : `“${name}” from the share link is now saved on this device.`,
  ];
  if (imported.contentVersion !== CONTENT_VERSION) {
    parts.push(
      `It was answered with questions version ${imported.contentVersion || 'unknown'}; this app uses ${CONTENT_VERSION}.`,
    );
  }
  const n = imported.dropped.length;
  if (n > 0) {
    const list = imported.dropped.map((d) => `${d.field} (${d.message})`).join('; ');
    parts.push(
      `${n === 1 ? '1 answer was' : `${n} answers were`} left out because this version no longer asks or accepts ${n === 1 ? 'it' : 'them'}: ${list}.`,
    );
  }
  // Questions whose meaning changed are named whatever became of their answers.
  for (const c of imported.changed) {
    const fate =
      c.answer === 'kept'
        ? 'Your answer was kept.'
        : 'The earlier answer was left out: please answer it again.';
    parts.push(`“${c.title}” now ${c.note}. ${fate}`);
  }
  if (imported.added > 0) {
    parts.push(
      `${imported.added === 1 ? 'One new question is' : `${imported.added} new questions are`} waiting.`,
    );
  }
  // Cost assumptions saved before the added ones existed are kept, never refused.
  if (lacksAddedAssumptions(imported.assumptions) || lacksAddedAssumptions(imported.scenario)) {
    parts.push(
      'Its cost assumptions were saved before this version added interim cover, a tooling ' +
        'budget, a full-time CIO, project, refresh and incident hours, and the comparison ' +
        'choice: those take the defaults for the recommendation.',
    );
  }
  if (n === 0 && imported.changed.length === 0 && imported.contentVersion !== CONTENT_VERSION) {
    parts.push('Every answer still fits.');
  }
  return { kind: 'imported', id, message: parts.join(' ') };
}

/** A valid hand-off file or share link that holds more than one stored assessment may. */
export function importTooLargeNotice(
  imported: ImportedAssessment,
  source: ImportSource,
  reason: string,
): StorageNotice {
  const name = imported.companyName.trim();
  const what = source === 'file' ? 'This hand-off file' : 'This shared assessment';
  const detail = reason.replace(/^record: /, '');
  return {
    kind: 'import-too-large',
    message:
      `${what}${name ? ` (“${name}”)` : ''} is too large to keep as one assessment: ` +
      `${detail}. Nothing was imported. Shorten its notes where it was made and export it again.`,
  };
}
