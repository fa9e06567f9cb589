/** Section titles for headings and progress. */
import { DOMAIN_INFO } from '../core/content/labels';
import type { SectionId } from '../flow/steps';

/** The title a prospect sees for a section. */
export function sectionTitle(section: SectionId): string {
  return section === 'discovery' ? 'About your business' : DOMAIN_INFO[section].label;
}
