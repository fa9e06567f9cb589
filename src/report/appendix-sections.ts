/**
 * The closing sections: how the report was made (methodology, versions, disclaimer) and the
 * notes typed during the assessment, as an appendix when the user chose to include them.
 */
import { questionById, questions } from '../core/content/questions';
import { ASSESSMENT_NOTE_KEY, type AssessmentResult } from '../core/types';
import {
  DISCLAIMER,
  DISCLAIMER_HEADING,
  METHODOLOGY_INTRO,
  METHODOLOGY_TOPICS,
  REPLACED_CHARACTERS_NOTE,
} from './methodology-text';
import { capLength } from './pdf-text';
import type { Block, ReportSection } from './report-types';

/** Longest note shown in full; longer ones end with an ellipsis. */
const NOTE_MAX = 4_000;

/**
 * The notes, as an appendix the rep chose to include: the note on the whole assessment first,
 * then each question's note beside its prompt, in question order.
 */
export function notesSection(notes: Readonly<Record<string, string>>): ReportSection | null {
  const order = new Map(questions.map((q, i) => [q.id, i]));
  const rank = (id: string) => (id === ASSESSMENT_NOTE_KEY ? -1 : (order.get(id) ?? Infinity));
  const filled = Object.entries(notes)
    .map(([id, text]) => [id, text.trim()] as const)
    .filter(([, text]) => text !== '')
    .sort(([a], [b]) => rank(a) - rank(b));
  if (filled.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'muted',
      text: 'Notes typed during the assessment: first the note on the whole assessment, then each one beside the question it belongs to.',
    },
  ];
  for (const [id, text] of filled) {
    const prompt =
      id === ASSESSMENT_NOTE_KEY ? 'About this assessment' : (questionById(id)?.prompt ?? id);
    blocks.push({ kind: 'paragraph', style: 'strong', text: prompt, keepWithNext: true });
    blocks.push({ kind: 'paragraph', text: capLength(text, NOTE_MAX) });
  }
  return { id: 'notes', title: 'Appendix: notes', blocks };
}

export function methodologySection(result: AssessmentResult, replaced: boolean): ReportSection {
  const blocks: Block[] = [{ kind: 'paragraph', style: 'muted', text: METHODOLOGY_INTRO }];
  for (const topic of METHODOLOGY_TOPICS) {
    blocks.push({ kind: 'heading', text: topic.heading });
    for (const text of topic.paragraphs) blocks.push({ kind: 'paragraph', text });
    if (topic.items) {
      blocks.push({ kind: 'list', marker: 'bullet', items: topic.items.map((text) => ({ text })) });
    }
  }
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    text:
      `Question bank version ${result.contentVersion}, scoring version ` +
      `${result.scoringVersion}.`,
  });
  blocks.push({ kind: 'heading', text: DISCLAIMER_HEADING });
  for (const text of DISCLAIMER) blocks.push({ kind: 'paragraph', style: 'muted', text });
  if (replaced) blocks.push({ kind: 'paragraph', style: 'small', text: REPLACED_CHARACTERS_NOTE });
  return { id: 'methodology', title: 'How this report was made', blocks };
}
