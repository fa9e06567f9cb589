/**
 * Which saved assessments are of the same company: the key the library groups them by, so the
 * results can show the progress since the company's last assessment.
 */

/**
 * The suffixes the library writes on copies (flow/storage-actors.ts: copyName writes " (copy)",
 * " (copy 2)" …; conflictCopyName writes " (copy from another tab)"). A copy is the same company.
 */
const COPY_SUFFIX = /\(\s*copy(?:\s+\d+|\s+from another tab)?\s*\)$/;

/**
 * The grouping key of a company name: case, accents, extra whitespace and any trailing copy
 * suffixes ignored, so "Café Nord (copy 2)" and "  cafe   NORD" share one key. '' for no name.
 */
export function companyKey(name: string): string {
  let key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  // A copy of a kept conflict copy reads "Acme (copy from another tab) (copy)": strip them all.
  for (let next = stripCopySuffix(key); next !== key; next = stripCopySuffix(key)) key = next;
  return key;
}

function stripCopySuffix(key: string): string {
  return key.replace(COPY_SUFFIX, '').trimEnd();
}

/** What previousAssessment reads of a saved assessment (the library's entries have it all). */
export interface AssessmentCandidate {
  id: string;
  companyName: string;
  /**
   * When the assessment was started (ISO 8601 with a zone). Records keep no completion time, and
   * updatedAt moves whenever a note or the name is edited, so this orders assessments.
   */
  createdAt: string;
  /** Applicable questions answered, out of how many applied, when it was last saved. */
  progress: { answered: number; total: number };
  /** Set while a deletion can still be undone; such an assessment is never the previous one. */
  deletedAt?: string | null;
}

/** Completed: every question that applied when it was last saved has an answer. */
export function isCompleted(a: Pick<AssessmentCandidate, 'progress'>): boolean {
  return a.progress.total > 0 && a.progress.answered >= a.progress.total;
}

/**
 * The same company's most recent completed assessment started before `current`, or null. Same
 * company is the same companyKey (case, accents, spacing and copy suffixes ignored); one with no
 * name has no previous assessment. Equal start times are not "before" (an import of the same
 * assessment keeps its start time).
 */
export function previousAssessment<T extends AssessmentCandidate>(
  current: AssessmentCandidate,
  candidates: readonly T[],
): T | null {
  const key = companyKey(current.companyName);
  const startedAt = Date.parse(current.createdAt);
  if (key === '' || !Number.isFinite(startedAt)) return null;
  let best: T | null = null;
  let bestAt = -Infinity;
  for (const c of candidates) {
    if (c.id === current.id || (c.deletedAt ?? null) !== null || !isCompleted(c)) continue;
    if (companyKey(c.companyName) !== key) continue;
    const at = Date.parse(c.createdAt);
    // NaN fails both tests: an assessment with no readable start cannot be placed before another.
    if (!(at < startedAt) || !(at >= bestAt)) continue;
    // Ties go to the larger id, so the answer does not depend on the list's order.
    if (at === bestAt && best !== null && c.id < best.id) continue;
    best = c;
    bestAt = at;
  }
  return best;
}
