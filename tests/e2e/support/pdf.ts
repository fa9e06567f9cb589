/** Reading a downloaded PDF in e2e tests: pdftotext (Debian poppler-utils) on the saved file. */
import { execFileSync } from 'node:child_process';
import type { FrameLocator, Page, TestInfo } from '@playwright/test';

/** Whether a command-line tool is installed (pdftotext, pdftoppm, pdfinfo). */
export function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of a PDF file with white space collapsed, so line wrapping does not matter. */
export function pdfFileText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

/** Presses "Download the PDF report" in `scope`, saves the file in the test's output and reads it. */
export async function downloadPdfText(
  page: Page,
  info: TestInfo,
  scope: Page | FrameLocator = page,
): Promise<string> {
  const downloading = page.waitForEvent('download');
  await scope.getByRole('button', { name: 'Download the PDF report' }).click();
  const download = await downloading;
  const file = info.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return pdfFileText(file);
}
