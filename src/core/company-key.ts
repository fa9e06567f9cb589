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
