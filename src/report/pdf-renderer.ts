/**
 * Renders the report model to a PDF with jsPDF: real vector text in Helvetica (selectable and
 * searchable) and charts drawn as shapes, tagged for screen readers (pdf-tagging.ts). jsPDF is
 * loaded here only, on demand, so it never weighs on the first screen. Every string goes in
 * through `text()` and nothing else: no `html()`, no scripts, no metadata from the prospect;
 * the only links are the MSP's contact, from the validated configuration.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { geometryFor, type DrawOp, type Font, type PaperSize, type TextMeasurer } from './layout';
import { toPdfSafeText } from './pdf-text';
import { PdfTagger } from './pdf-tagging';
import { layoutReport } from './report-layout';
import type { ReportModel } from './report-types';

let engine: Promise<typeof import('jspdf')> | null = null;

/** Loads jsPDF once; later calls share the same promise. */
function loadJsPdf(): Promise<typeof import('jspdf')> {
  engine ??= import('jspdf').catch((e: unknown) => {
    engine = null; // let a later click try again (a flaky network, a deploy in between)
    throw e;
  });
  return engine;
}

/** Starts loading jsPDF in the background so a later click is fast; errors wait for the click. */
export function prefetchPdfEngine(): void {
  loadJsPdf().catch(() => undefined);
}

const FACE: Record<Font['style'], string> = { normal: 'normal', bold: 'bold', italic: 'italic' };

function useFont(doc: JsPdf, font: Font): void {
  doc.setFont('helvetica', FACE[font.style]);
  doc.setFontSize(font.size);
}

/** jsPDF's own Helvetica metrics, so layout and drawing agree to the point. */
function jsPdfMeasurer(doc: JsPdf): TextMeasurer {
  return {
    width(text, font) {
      useFont(doc, font);
      return doc.getTextWidth(toPdfSafeText(text));
    },
    split(text, maxWidth, font) {
      useFont(doc, font);
      const lines: unknown = doc.splitTextToSize(toPdfSafeText(text), maxWidth);
      return Array.isArray(lines) ? lines.map(String) : [String(lines)];
    },
  };
}

function draw(doc: JsPdf, op: DrawOp): void {
  switch (op.op) {
    case 'text':
      useFont(doc, op.font);
      doc.setTextColor(...op.color);
      // The only way text enters the file: escaped by jsPDF, in WinAnsi after toPdfSafeText.
      doc.text(toPdfSafeText(op.text), op.x, op.y, { align: op.align, baseline: 'alphabetic' });
      return;
    case 'rect': {
      if (op.fill) doc.setFillColor(...op.fill);
      if (op.stroke) doc.setDrawColor(...op.stroke);
      doc.setLineWidth(op.lineWidth ?? 0.5);
      const style = op.fill && op.stroke ? 'FD' : op.fill ? 'F' : 'S';
      doc.rect(op.x, op.y, op.w, op.h, style);
      return;
    }
    case 'path': {
      const [first, ...rest] = op.points;
      if (!first || rest.length === 0) return;
      doc.setDrawColor(...op.color);
      doc.setLineWidth(op.width);
      doc.setLineDashPattern(op.dash ? [...op.dash] : [], 0);
      let [px, py] = first;
      const deltas = rest.map(([x, y]) => {
        const d: [number, number] = [x - px, y - py];
        [px, py] = [x, y];
        return d;
      });
      doc.lines(deltas, first[0], first[1], [1, 1], 'S', false);
      doc.setLineDashPattern([], 0);
      return;
    }
  }
}

/**
 * A wrapped line ends in a space when the next line of the same element follows, so text read
 * out or copied from the structure keeps its word breaks ("across the" + "26 practices", a
 * label and its value). Invisible: left-aligned text only.
 */
function withLineSpaces(ops: readonly DrawOp[]): DrawOp[] {
  const texts = ops.flatMap((op, i) => (op.op === 'text' && op.tag ? [i] : []));
  const out = [...ops];
  texts.forEach((i, k) => {
    const op = ops[i];
    const next = ops[texts[k + 1] ?? -1];
    if (op?.op !== 'text' || next?.op !== 'text' || op.align !== 'left') return;
    const leaf = (o: DrawOp) => o.tag?.path.at(-1)?.id;
    if (leaf(op) === leaf(next) && !/\s$/.test(op.text)) out[i] = { ...op, text: `${op.text} ` };
  });
  return out;
}

/** The report as a tagged PDF's bytes on Letter or A4 (use paperSizeFor(config.locale)). */
export async function renderReportPdf(
  model: ReportModel,
  options: { paper: PaperSize; lang?: string },
): Promise<Uint8Array> {
  const { jsPDF } = await loadJsPdf();
  const doc = new jsPDF({
    unit: 'pt',
    format: options.paper,
    orientation: 'portrait',
    compress: true,
  });
  // Fixed strings only: metadata is not a place for anything the prospect typed.
  doc.setProperties({ title: 'Security leadership readiness report', creator: 'Fractional Fit' });
  const measure = jsPdfMeasurer(doc);
  // The report's words are English whatever the locale's numbers and paper.
  const lang = options.lang && /^en(-[A-Z]{2})?$/.test(options.lang) ? options.lang : 'en';
  const tagger = new PdfTagger(measure, lang);
  tagger.attach(doc);
  const pages = layoutReport(model, geometryFor(options.paper), measure);
  pages.forEach((ops, i) => {
    if (i > 0) doc.addPage(options.paper, 'portrait');
    tagger.startPage(i);
    const joined = withLineSpaces(ops);
    for (const op of joined) tagger.draw(op, () => draw(doc, op));
    tagger.endPage();
  });
  tagger.addBookmarks(doc);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  // Tagged PDF (structure, marked content) is PDF 1.4 and later; jsPDF writes 1.3. The header
  // has the same length, so no offset moves.
  bytes.set(new TextEncoder().encode('%PDF-1.7'), 0);
  return bytes;
}
