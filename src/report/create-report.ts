/** One call from the results page to a finished PDF: model, file name and bytes. */
import { paperSizeFor } from '../core/locale-format';
import type { Assumptions } from '../core/types';
import { assumptionSourcesFor } from './assumption-sources';
import { reportFileName } from './file-name';
import { renderReportPdf } from './pdf-renderer';
import { buildReportModel, type ReportInput } from './report-model';

export interface CreateReportInput extends Omit<ReportInput, 'assumptionSources'> {
  /** The defaults with the MSP's prices, to tell the prospect's own edits apart. */
  baselineAssumptions: Assumptions;
}

/** Builds the report from the result the page shows and renders it on the locale's paper. */
export async function createReportPdf(
  input: CreateReportInput,
): Promise<{ bytes: Uint8Array; fileName: string; pageSize: 'letter' | 'a4' }> {
  const { baselineAssumptions, ...rest } = input;
  const model = buildReportModel({
    ...rest,
    assumptionSources: assumptionSourcesFor(input.assumptions, baselineAssumptions, input.config),
  });
  const pageSize = paperSizeFor(input.config.locale);
  const bytes = await renderReportPdf(model, { paper: pageSize, lang: input.config.locale });
  return { bytes, fileName: reportFileName(input.companyName, input.date), pageSize };
}
