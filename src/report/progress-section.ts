/**
 * "Progress since the last assessment" in the PDF: the comparison core worked out
 * (compareAssessments), in the words it carries. Nothing is scored or worded again here.
 */
import type { ProgressComparison } from '../core/progress';
import { PROGRESS_HEADINGS, signedPoints } from '../core/progress-text';
import type { Block, ReportSection, TableRow } from './report-types';
import { isoToLabel } from './report-words';

/** The section, after the readiness section, when the rep compared with an earlier assessment. */
export function progressSection(progress: ProgressComparison, locale: string): ReportSection {
  const h = PROGRESS_HEADINGS;
  const since = isoToLabel(progress.earlier.createdAt.slice(0, 10), locale);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Compared with the assessment started on ${since}. ${progress.summary}`,
    },
  ];
  if (progress.scope.text)
    blocks.push({ kind: 'paragraph', style: 'muted', text: progress.scope.text });

  const rows: TableRow[] = [progress.overall, ...progress.functions].map((row, i) => ({
    cells: [
      row.label,
      row.then === null ? '–' : String(row.then),
      row.now === null ? '–' : String(row.now),
      row.change === null ? '–' : signedPoints(row.change),
    ],
    emphasis: i === 0,
  }));
  blocks.push({
    kind: 'table',
    caption: h.scores,
    columns: [
      { label: '', width: 4, align: 'left' },
      { label: h.then, width: 1.2, align: 'right' },
      { label: h.now, width: 1.2, align: 'right' },
      { label: h.change, width: 1.2, align: 'right' },
    ],
    rows,
  });

  blocks.push({ kind: 'heading', text: h.recommendation });
  blocks.push({ kind: 'paragraph', text: progress.recommendation.text });
  const { onlyNow, onlyThen } = progress.recommendation;
  if (onlyNow.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'strong', text: h.onlyNow, keepWithNext: true });
    blocks.push({ kind: 'list', marker: 'bullet', items: onlyNow.map((f) => ({ text: f.text })) });
  }
  if (onlyThen.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'strong', text: h.onlyThen, keepWithNext: true });
    blocks.push({ kind: 'list', marker: 'bullet', items: onlyThen.map((f) => ({ text: f.text })) });
  }

  if (progress.answers.length > 0) {
    blocks.push({
      kind: 'table',
      caption: h.answers,
      columns: [
        { label: 'Question', width: 4, align: 'left' },
        { label: h.then, width: 2, align: 'left' },
        { label: h.now, width: 2, align: 'left' },
      ],
      rows: progress.answers.map((a) => ({ cells: [a.prompt, a.then, a.now] })),
    });
  }
  if (progress.scope.leftOut.length > 0) {
    blocks.push({ kind: 'heading', text: h.leftOut });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: progress.scope.leftOut.map((p) => ({ text: p.prompt, note: p.text })),
    });
  }
  return { id: 'progress', title: h.title, blocks };
}
