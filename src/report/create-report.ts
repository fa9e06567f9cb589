/** One call from the results page to a finished PDF: model, file name and bytes. */
import { paperSizeFor } from '../core/locale-format';
import { reportFileName } from './file-name';
import { renderReportPdf } from './pdf-renderer';
import { buildReportModel, type ReportInput } from './report-model';

/** Builds the report from the result the page shows and renders it on the locale's paper. */
export async function createReportPdf(
  input: ReportInput,
): Promise<{ bytes: Uint8Array; fileName: string; pageSize: 'letter' | 'a4' }> {
  const model = buildReportModel(input);
  const pageSize = paperSizeFor(input.config.locale);
  const bytes = await renderReportPdf(model, { paper: pageSize, lang: input.config.locale });
  return { bytes, fileName: reportFileName(input.companyName, input.date), pageSize };
}
