/**
 * Honest money, end to end: four verdicts (operations first, a project, a retainer, a vCISO with
 * a fractional CIO), each below and above the 250-staff line where a full-time hire becomes the
 * default comparison. Each prospect is brought in as a hand-off file (made here with the app's
 * own core), its results page is read by role and label, and its PDF by pdftotext: no saving is
 * headlined where the comparison is off, a labelled one where it is on, and the PDF carries the
 * page's totals.
 */
import { expect, test, type Page } from '@playwright/test';
import type { DiscoveryAnswers, Domain, ReadinessAnswer } from '../../src/core/types';
import { downloadPdfText, hasTool } from './support/pdf';
import { answersFor, importProspect } from './support/prospects';

interface Case {
  verdict: string;
  headline: RegExp;
  /** The totals table's row for the recommended engagement; null when nothing is priced. */
  engagementRow: RegExp | null;
  /** An ongoing engagement (a retainer, a fractional CIO): the only kind a saving is said of. */
  ongoing: boolean;
  discovery: Partial<DiscoveryAnswers>;
  levels: Partial<Record<Domain | 'default', ReadinessAnswer>>;
}

const CASES: Case[] = [
  {
    verdict: 'operations first',
    headline: /^Put IT operations in place first/,
    engagementRow: null,
    ongoing: false,
    discovery: { itSupport: 'none', regulations: ['hipaa'], industry: 'healthcare' },
    levels: { default: 1 },
  },
  {
    verdict: 'a defined project',
    headline: /^A defined vCISO project$/,
    engagementRow: /^vCISO project/,
    ongoing: false,
    discovery: { customerDemands: 'questionnaires' },
    levels: { default: 3 },
  },
  {
    verdict: 'a retainer',
    headline: /^A vCISO on a monthly retainer$/,
    engagementRow: /^vCISO retainer/,
    ongoing: true,
    discovery: { regulations: ['hipaa'], industry: 'healthcare' },
    levels: { default: 2, 'it-strategy': 3 },
  },
  {
    verdict: 'a vCISO and a fractional CIO',
    headline: /^A vCISO on a monthly retainer, and a fractional CIO$/,
    engagementRow: /^vCISO retainer and fractional CIO/,
    ongoing: true,
    // Co-managed IT: a strategy gap at a firm with its own IT staff calls for a fractional CIO
    // (an MSP-only client gets strategy reviews from its MSP instead).
    discovery: { regulations: ['hipaa'], industry: 'healthcare', itSupport: 'internal-and-msp' },
    levels: { default: 2, 'it-strategy': 1 },
  },
];

async function totalOnPage(page: Page, row: RegExp): Promise<string | null> {
  const table = page.getByRole('table', { name: /^Totals over/ });
  const tr = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row }) });
  if ((await tr.count()) === 0) return null;
  return ((await tr.getByRole('cell').first().textContent()) ?? '').trim();
}

test.beforeEach(() => test.slow());

for (const c of CASES) {
  for (const employees of [40, 300]) {
    const compared = employees >= 250;
    test(`${c.verdict} at ${employees} staff: ${compared ? 'compared with a hire' : 'no full-time line'}`, async ({
      page,
    }, info) => {
      test.skip(!hasTool('pdftotext'), 'needs poppler-utils (pdftotext)');
      const name = `Verdict ${c.verdict} ${employees}`;
      await importProspect(page, info, name, answersFor({ ...c.discovery, employees }, c.levels));

      const rec = page.getByRole('region', { name: 'Recommended engagement' });
      await expect(rec.getByRole('paragraph').first()).toHaveText(c.headline);

      const costs = page.getByRole('region', { name: /^Cost over/ });
      const toggle = costs.getByRole('checkbox', { name: /^Compare with hiring a full-time/ });
      if (c.engagementRow) {
        await expect(toggle).toBeVisible();
        await expect(toggle).toBeChecked({ checked: compared });
      }
      const fullTime = await totalOnPage(page, /^Full-time CISO/);
      const engagement = c.engagementRow ? await totalOnPage(page, c.engagementRow) : null;
      if (c.engagementRow) expect(engagement).toMatch(/^\$[\d,]+$/);
      expect(fullTime !== null).toBe(compared);

      const text = await downloadPdfText(page, info);
      expect(text).toContain(name);
      if (engagement) expect(text).toContain(engagement);
      if (fullTime) expect(text).toContain(fullTime);
      const saving = /Less than a full-time hire over 3 years/;
      if (compared && c.ongoing) {
        // A saving, labelled, on the page's cost and the PDF's cover alike.
        expect(text).toMatch(saving);
        expect(text).not.toContain('(for reference)');
      } else {
        // Off, or a project (no substitute for a hire) or nothing to price: no saving headline.
        expect(text).not.toMatch(saving);
        expect(text).not.toMatch(/vCISO saves/);
      }
      if (!c.engagementRow) {
        expect(text).toContain('nothing to price now');
        expect(text).toContain('Recommended spend now');
      }
    });
  }
}

test('a small firm that turns the comparison on sees it labelled for reference, on the page and in the PDF', async ({
  page,
}, info) => {
  test.skip(!hasTool('pdftotext'), 'needs poppler-utils (pdftotext)');
  const retainer = CASES[2]!;
  await importProspect(
    page,
    info,
    'Small Clinic',
    answersFor({ ...retainer.discovery, employees: 40 }, retainer.levels),
  );
  const costs = page.getByRole('region', { name: /^Cost over/ });
  await costs.getByRole('checkbox', { name: /^Compare with hiring a full-time CISO/ }).check();
  await expect(
    costs.getByText(/^For reference only, since a full-time hire is rarely a realistic option/),
  ).toBeVisible();
  const fullTime = await totalOnPage(page, /^Full-time CISO, for reference/);
  expect(fullTime).toMatch(/^\$[\d,]+$/);
  const text = await downloadPdfText(page, info);
  expect(text).toContain('(for reference)');
  expect(text).toContain('Full-time CISO, for reference');
  expect(text).toContain(fullTime ?? 'missing');
});
