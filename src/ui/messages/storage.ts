/**
 * The words for storage's codes: why saves stay in this tab (StorageFailure) and what was wrong
 * with stored data (StorageProblem). Storage and the flow carry only the codes.
 */
import type { StorageFailure, StorageProblem } from '../../storage/storage-problems';

const KEPT_IN_TAB = 'progress will be kept only while this tab is open.';

/** Why saves stay in this tab's memory, in a sentence for the user. */
export function storageFailureText(failure: StorageFailure): string {
  switch (failure.code) {
    case 'missing':
      return `This browser does not offer storage to this page (a private window or a privacy setting can do that): ${KEPT_IN_TAB}`;
    case 'refused':
      return `Your browser would not let us save: ${KEPT_IN_TAB}`;
    case 'blocked':
      return `Another tab of this app is holding on to its storage: close the other tabs of this app and reload. Until then, ${KEPT_IN_TAB}`;
    case 'quota':
      return `Your device has no room left to save for this site: ${KEPT_IN_TAB}`;
    case 'closed':
      return `Your browser closed our storage and would not let us reopen it: ${KEPT_IN_TAB}`;
    case 'timeout':
      return `Your browser stopped responding when we saved: ${KEPT_IN_TAB}`;
  }
}

/** What was wrong with stored data, in words for the user. */
export function storageProblemText(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'unavailable': {
      const reason = storageFailureText(problem.reason);
      return problem.id
        ? `We could not open this assessment from this browser's storage. ${reason}`
        : reason;
    }
    case 'foreign-version':
      return `${capitalise(which(problem.companyName))} was saved by a newer version of this app. Reload the page to get the newest version, then open it again. It has been left as it is.`;
    case 'too-large':
      return `${capitalise(which(problem.companyName))} is too large to open (over ${mebibytes(problem.limitBytes)}), so we set it aside. It has not been deleted.`;
    case 'corrupt':
      return `We could not read ${which(problem.companyName)}: it is damaged or incomplete, so we set it aside. It has not been deleted.`;
    case 'content-changed':
      return contentChangedText(problem);
  }
}

function contentChangedText(problem: Extract<StorageProblem, { kind: 'content-changed' }>) {
  const name = problem.companyName ? `“${problem.companyName}”` : 'this assessment';
  const parts: string[] = [];
  if (problem.dropped.length > 0) {
    parts.push(
      `Some answers in ${name} were given to questions that have changed since (${problem.dropped.join(', ')}). They were left out; everything else is here.`,
    );
  }
  const changed = problem.changed;
  if (changed.length > 0) {
    parts.push(
      `${capitalise(name)} was answered with an earlier version of the questions, and ${changed.length === 1 ? 'one of its questions has' : `${changed.length} of its questions have`} changed since.`,
    );
    for (const c of changed) {
      const fate =
        c.answer === 'kept'
          ? 'Your answer was kept.'
          : 'Your earlier answer was left out: please answer it again.';
      parts.push(`“${c.title}” now ${c.note}. ${fate}`);
    }
    if (problem.added > 0) {
      parts.push(
        `${problem.added === 1 ? 'One new question is' : `${problem.added} new questions are`} waiting.`,
      );
    }
  }
  return parts.join(' ');
}

function which(companyName: string | null): string {
  return companyName ? `the saved assessment for “${companyName}”` : 'one saved assessment';
}

function mebibytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 100) / 100} MiB`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
