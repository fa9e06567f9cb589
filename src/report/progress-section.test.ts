import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../core/progress';
import { questions } from '../core/content/questions';
import { CONTENT_VERSION } from '../core/content/questions';
import type { Answers } from '../core/types';
import { buildReportModel } from './report-model';
import type { Block } from './report-types';
import { clinicAnswers, sampleInput } from './test-fixtures';

/** The clinic a quarter later: every Protect practice one level higher, capped at 4. */
function improved(): Answers {
  const next: Record<string, unknown> = { ...clinicAnswers() };
  for (const q of questions) {
    if (q.section !== 'readiness' || q.domain !== 'protect') continue;
    const v = next[q.id];
    if (typeof v === 'number') next[q.id] = Math.min(4, v + 1);
  }
  return next as Answers;
}

function comparison() {
  return compareAssessments(
    {
      id: 'earlier',
      createdAt: '2026-09-01T10:00:00.000Z',
      contentVersion: CONTENT_VERSION,
      answers: clinicAnswers(),
    },
    {
      id: 'later',
      createdAt: '2026-12-01T10:00:00.000Z',
      contentVersion: CONTENT_VERSION,
      answers: improved(),
    },
  );
}

function tables(blocks: Block[]) {
  return blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

describe('progressSection', () => {
  it('is left out unless a comparison is given', () => {
    const ids = buildReportModel(sampleInput()).sections.map((s) => s.id);
    expect(ids).not.toContain('progress');
  });

  it('comes after the readiness section, with the comparison’s own scores and changes', () => {
    const progress = comparison();
    const model = buildReportModel(sampleInput({ answers: improved(), progress }));
    const ids = model.sections.map((s) => s.id);
    expect(ids.indexOf('progress')).toBe(ids.indexOf('readiness') + 1);
    const section = model.sections.find((s) => s.id === 'progress');
    const [scores, answers] = tables(section?.blocks ?? []);
    const rows = scores?.rows.map((r) => r.cells) ?? [];
    const protect = progress.functions.find((f) => f.id === 'protect');
    expect(protect?.change).toBeGreaterThan(0);
    expect(rows).toContainEqual([
      protect?.label,
      String(protect?.then),
      String(protect?.now),
      `+${protect?.change}`,
    ]);
    // Every changed answer is listed, then and now.
    expect(answers?.rows).toHaveLength(progress.answers.length);
    expect(progress.answers.length).toBeGreaterThan(0);
    expect(JSON.stringify(section)).toContain('September 1, 2026');
  });

  it('names the recommendation then and now in the comparison’s words', () => {
    const progress = comparison();
    const model = buildReportModel(sampleInput({ answers: improved(), progress }));
    const section = model.sections.find((s) => s.id === 'progress');
    const texts = (section?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts.some((t) => t.includes('recommendation'))).toBe(true);
  });
});
