/**
 * Hands a finished PDF to the browser: a temporary `<a download>` click, with a blob link kept
 * as a fallback for frames that block downloads (a sandbox without allow-downloads).
 */

/** Today's date in the user's own time zone as YYYY-MM-DD (the clock belongs to the UI). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What happened to a download attempt, so the button can say it plainly. */
export interface DownloadOutcome {
  /** A blob: URL the page can offer as "Open the PDF"; revoked by `release()`. */
  url: string;
  /** False when the click threw, i.e. the browser certainly refused the download. */
  clicked: boolean;
  /** Revokes the blob URL; call it when the fallback link is no longer shown. */
  release: () => void;
}

/**
 * How long the blob URL (and the "Open the PDF" link that uses it) lives after the click: long
 * enough to use the fallback link, short enough not to keep PDFs in memory all afternoon.
 */
const REVOKE_AFTER_MS = 10 * 60_000;

/**
 * Starts a download of `bytes` as `fileName`. Returns the blob URL for a fallback link: a
 * sandboxed iframe may swallow the click without an error, so the caller shows the link anyway.
 */
export function downloadPdf(
  bytes: Uint8Array,
  fileName: string,
  doc: Document = document,
): DownloadOutcome {
  // Copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const blob = new Blob([bytes.slice().buffer], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  let clicked = false;
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  try {
    doc.body.append(link);
    link.click();
    clicked = true;
  } catch {
    clicked = false;
  } finally {
    link.remove();
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    URL.revokeObjectURL(url);
  };
  return { url, clicked, release };
}

/** Schedules the revoke of a download's URL; `onRelease` hides the link that used it. */
export function releaseLater(
  outcome: DownloadOutcome,
  onRelease: () => void,
  ms = REVOKE_AFTER_MS,
): () => void {
  const timer = setTimeout(() => {
    outcome.release();
    onRelease();
  }, ms);
  return () => clearTimeout(timer);
}

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing). */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 5_000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 1_500);
  return () => clearTimeout(timer);
}
