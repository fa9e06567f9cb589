/**
 * The PDF button's state: builds the report from one AssessmentResult (the one the page shows,
 * with its scores, assumptions and sources), downloads it, and keeps a fallback link for frames
 * that block downloads.
 */
import type { ProgressComparison } from '../../core/progress';
import type { AssessmentResult, Config, ConfigSource } from '../../core/types';
import { downloadPdf, localIsoDate, releaseLater, type DownloadOutcome } from './pdf-download';

/**
 * Who the report is for, beside the result: plain data, so the report can be fed from the page's
 * result or from one the machine holds (an open assessment has both fields).
 */
export interface ReportSubject {
  companyName: string;
  notes: Readonly<Record<string, string>>;
  /** The comparison with an earlier assessment, when the rep made one: a section of its own. */
  progress?: ProgressComparison;
}

/** blocked: the browser refused the download outright; the link is the way to the PDF. */
export type PdfStatus = 'idle' | 'working' | 'done' | 'blocked' | 'error';

/** A failed chunk load says "Failed to fetch dynamically imported module: https://…". */
function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/dynamically imported module|importing a module script failed/i.test(message)) {
    return 'the PDF tools could not be loaded (check the connection)';
  }
  return message || 'an unexpected error';
}

/** One PDF export at a time, with its progress, error and fallback link. */
export class PdfExport {
  status: PdfStatus = $state('idle');
  /** Why the PDF could not be made, in the error's own words. */
  error: string | null = $state(null);
  fallbackUrl: string | null = $state(null);
  fileName = $state('');
  #outcome: DownloadOutcome | null = null;
  #cancelRelease: (() => void) | null = null;

  get working(): boolean {
    return this.status === 'working';
  }

  /**
   * Fetches the report code and jsPDF in the background (call it when idle on the results page),
   * so the click only builds the PDF. Errors are ignored here: the click loads again and says so.
   */
  prefetch(): void {
    import('../../report/create-report').catch(() => undefined);
    import('../../report/pdf-renderer').then(
      (m) => m.prefetchPdfEngine(),
      () => undefined,
    );
  }

  /**
   * Builds, renders and downloads the report; never throws, the status says what happened.
   * Resolves true when a PDF was handed to the browser (downloaded or offered as a link).
   */
  async run(
    result: AssessmentResult,
    config: Config,
    source: ConfigSource,
    subject: ReportSubject,
    { includeNotes = false }: { includeNotes?: boolean } = {},
  ): Promise<boolean> {
    if (this.working) return false;
    this.status = 'working';
    this.error = null;
    this.#dropFallback();
    try {
      const { createReportPdf } = await import('../../report/create-report');
      const { bytes, fileName } = await createReportPdf({
        result,
        config,
        source,
        companyName: subject.companyName,
        // Notes are the rep's or the prospect's own words: in the PDF only when chosen.
        notes: includeNotes ? { ...subject.notes } : {},
        date: localIsoDate(),
        ...(subject.progress ? { progress: subject.progress } : {}),
      });
      const outcome = downloadPdf(bytes, fileName);
      this.#outcome = outcome;
      this.#cancelRelease = releaseLater(outcome, () => {
        this.fallbackUrl = null;
      });
      this.fileName = fileName;
      // Shown always: a sandboxed frame can swallow the click without any error.
      this.fallbackUrl = outcome.url;
      this.status = outcome.clicked ? 'done' : 'blocked';
      return true;
    } catch (e) {
      this.status = 'error';
      this.error = reasonOf(e);
      return false;
    }
  }

  #dropFallback(): void {
    this.#cancelRelease?.();
    this.#outcome?.release();
    this.#outcome = null;
    this.#cancelRelease = null;
    this.fallbackUrl = null;
  }

  /** Revokes any blob URL still held (on unmount). */
  dispose(): void {
    this.#dropFallback();
  }
}
