/** The flow's notices in words: one sentence or a few for each code and its parameters. */
import type { FieldIssue } from '../../core/types';
import type { Notice } from '../../flow/notices';
import { storageProblemText } from './storage';

const issues = (list: readonly FieldIssue[]) =>
  list.map((i) => `${i.field} ${i.message}`).join('; ');

/** The notice after an import: what was imported, the versions, the changes, the new questions. */
function importedText(n: Extract<Notice, { kind: 'imported' }>): string {
  const name = n.companyName || 'The assessment';
  const parts = [
    n.source === 'file'
      ? `“${name}” was imported from the hand-off file as a new assessment on this device.`
      : `“${name}” from the share link is now saved on this device.`,
  ];
  if (n.versions) {
    parts.push(
      `It was answered with questions version ${n.versions.file || 'unknown'}; this app uses ${n.versions.app}.`,
    );
  }
  const dropped = n.dropped.length;
  if (dropped > 0) {
    const list = n.dropped.map((d) => `${d.field} (${d.message})`).join('; ');
    parts.push(
      `${dropped === 1 ? '1 answer was' : `${dropped} answers were`} left out because this version no longer asks or accepts ${dropped === 1 ? 'it' : 'them'}: ${list}.`,
    );
  }
  // Questions whose meaning changed are named whatever became of their answers.
  for (const c of n.changed) {
    const fate =
      c.answer === 'kept'
        ? 'Your answer was kept.'
        : 'The earlier answer was left out: please answer it again.';
    parts.push(`“${c.title}” now ${c.note}. ${fate}`);
  }
  if (n.added > 0) {
    parts.push(
      `${n.added === 1 ? 'One new question is' : `${n.added} new questions are`} waiting.`,
    );
  }
  if (n.olderAssumptions) {
    parts.push(
      'Its cost assumptions were saved before this version added interim cover, a tooling ' +
        'budget, a full-time CIO, project, refresh and incident hours, and the comparison ' +
        'choice: those take the defaults for the recommendation.',
    );
  }
  if (dropped === 0 && n.changed.length === 0 && n.versions) parts.push('Every answer still fits.');
  return parts.join(' ');
}

/** What the user reads for a notice. */
export function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'storage-problem':
      return storageProblemText(n.problem);
    case 'prefill':
      return `Some values in the link were not used: ${issues(n.problems)}.`;
    case 'unavailable':
      return n.failed === 'read'
        ? 'Saved assessments could not be read. You can still start a new one.'
        : 'A new assessment could not be created.';
    case 'missing':
      return 'That assessment is no longer on this device.';
    case 'compare-failed':
      return 'The earlier assessment could not be read, so there is nothing to compare with.';
    case 'share-invalid':
      return n.issues
        ? `This share link cannot be opened: ${issues(n.issues)}.`
        : 'This share link cannot be opened in this browser.';
    case 'imported':
      return importedText(n);
    case 'import-too-large': {
      const what = n.source === 'file' ? 'This hand-off file' : 'This shared assessment';
      return (
        `${what}${n.companyName ? ` (“${n.companyName}”)` : ''} is too large to keep as one ` +
        `assessment: ${n.reason}. Nothing was imported. Shorten its notes where it was made and ` +
        'export it again.'
      );
    }
    case 'import-failed':
      return n.source === 'link'
        ? 'The copy could not be saved.'
        : 'The hand-off file could not be saved on this device.';
    case 'conflict': {
      const name = n.companyName.trim() || 'This assessment';
      return n.change === 'changed'
        ? `“${name}” was also changed in another tab or window. Nothing was overwritten: the version in this tab is now saved separately as “${n.copyName}”.`
        : `“${name}” was deleted from this device in another tab or window (or with the browser’s site data), so it was closed here and not saved again.`;
    }
    case 'save-failed':
      return 'Your last change could not be saved. It is kept in this tab.';
    case 'duplicate-failed':
      return 'The copy could not be made.';
    case 'update-failed':
      return 'That change could not be saved.';
    case 'delete-failed':
      return 'That assessment could not be deleted.';
    case 'restore-failed':
      return 'The assessment could not be brought back just now. It is kept, and undo is offered again next time you open this page.';
    case 'lead-failed':
      return 'Your details could not be kept. Please try again.';
    case 'export-failed':
      return 'The leads could not be exported.';
  }
}
