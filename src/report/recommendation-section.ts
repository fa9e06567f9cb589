/**
 * The recommendation section: the verdict, its scope, the next step with the MSP, and every
 * reason, warning and rule note with its source.
 */
import type { AssessmentResult } from '../core/types';
import type { SectionContext } from './report-input';
import type { Block, ReportSection } from './report-types';
import { contactTarget } from './report-words';

/** The engagement's scope: hours a month, and the months a project runs. */
export function scopeWords(rec: AssessmentResult['recommendation']): string {
  const h = rec.hoursPerMonth;
  if (!h) return '';
  const hours = `about ${h.min}–${h.max} hours a month`;
  if (!rec.project) return hours;
  const { min, max } = rec.project.months;
  return `${hours} for ${min === max ? `${min}` : `${min}–${max}`} months`;
}

export function recommendationSection(ctx: SectionContext): ReportSection {
  const { result, config } = ctx.input;
  const rec = result.recommendation;
  const blocks: Block[] = [{ kind: 'paragraph', style: 'headline', text: rec.headline }];
  if (rec.hoursPerMonth) {
    const scope = scopeWords(rec);
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      text: `${scope.charAt(0).toUpperCase()}${scope.slice(1)}.`,
    });
  }
  blocks.push({
    kind: 'paragraph',
    style: 'strong',
    text: `Next step with ${config.brand.name}: ${config.contact.label}, ${contactTarget(config.contact.url)}`,
    link: config.contact.url,
  });
  if (rec.reasons.length > 0) {
    blocks.push({ kind: 'heading', text: 'Why' });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: rec.reasons.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  if (rec.warnings.length > 0) {
    blocks.push({ kind: 'heading', text: 'Before you decide' });
    blocks.push({
      kind: 'list',
      marker: 'warning',
      items: rec.warnings.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  if (rec.alsoConsider.length > 0) {
    blocks.push({ kind: 'heading', text: 'Also consider' });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: rec.alsoConsider.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  if (rec.ruleNotes.length > 0) {
    blocks.push({ kind: 'heading', text: 'What your rules ask for' });
    blocks.push({
      kind: 'list',
      marker: 'bullet',
      items: rec.ruleNotes.map((f) => ({ text: f.text, note: `Source: ${f.source}` })),
    });
  }
  return { id: 'recommendation', title: 'Recommendation', blocks };
}
