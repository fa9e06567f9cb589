/**
 * Stands in for jsPDF's optional html2canvas, DOMPurify and canvg: the report is built from
 * vector text and shapes, never from HTML, so that code is neither shipped nor reachable.
 */
export default function notBundled(): never {
  throw new Error('Rendering HTML or SVG into the PDF is disabled in this build.');
}
