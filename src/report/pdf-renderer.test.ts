import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConfig, formatMoney, mergeConfig, paperSizeFor } from '../core/config';
import { createReportPdf } from './create-report';
import { renderReportPdf } from './pdf-renderer';
import { buildReportModel } from './report-model';
import { markedResult, sampleInput } from './test-fixtures';

/** Poppler's tools, when installed (CI installs poppler-utils; a laptop may not have them). */
function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = has('pdftotext') && has('pdfinfo');
const dir = mkdtempSync(join(tmpdir(), 'ff-report-'));

function save(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Text of the PDF as pdftotext reads it, lines joined so wrapping does not matter. */
function textOf(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

function info(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').map((l) => [l.split(':')[0]?.trim() ?? '', l.slice(l.indexOf(':') + 1).trim()]),
  );
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderReportPdf', () => {
  it('writes a complete PDF with vector text, no script or form, and links only to the contact', async () => {
    const bytes = await renderReportPdf(buildReportModel(sampleInput()), { paper: 'letter' });
    const raw = latin1(bytes);
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    for (const risky of ['/JavaScript', '/JS', '/Launch', '/AcroForm', '/AA', '/EmbeddedFile']) {
      expect(raw).not.toContain(risky);
    }
    // The only annotations are links to the MSP's contact (validated config: https or mailto).
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toBe(sampleInput().config.contact.url);
    // Every annotation is a link (fonts are the only other objects with a subtype).
    const subtypes = new Set(raw.match(/\/Subtype \/(\w+)/g));
    expect([...subtypes].sort()).toEqual(['/Subtype /Link', '/Subtype /Type1']);
    // jsPDF's /OpenAction is a zoom destination ([page /FitH]), never an action object.
    expect(raw).not.toMatch(/\/OpenAction\s+\d+\s+0\s+R/);
    expect(bytes.length).toBeLessThan(200_000);
  });

  it.runIf(poppler)(
    'is searchable text with the company, headline, score and totals on ≥ 5 pages',
    async () => {
      const input = sampleInput({ companyName: 'Acme Dental' });
      const file = save(
        await renderReportPdf(buildReportModel(input), { paper: 'letter' }),
        'acme.pdf',
      );
      const text = textOf(file);
      const { result } = input;
      expect(text).toContain('Acme Dental');
      expect(text).toContain(result.recommendation.headline);
      expect(text).toContain(`${Math.round(result.readiness.overall)} / 100`);
      // The retainer the clinic is recommended, priced over three years; no full-time line by
      // default below 250 staff.
      const money = (n: number) => formatMoney(n, input.config);
      expect(text).toContain(money(result.costs.vciso.total));
      expect(text).not.toContain(money(result.costs.fullTimeCiso.total));
      const meta = info(file);
      const pages = Number(meta.Pages);
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(meta['Page size']).toMatch(/^612 x 792 pts/);
      for (let p = 1; p <= pages; p++) {
        const page = execFileSync('pdftotext', ['-f', `${p}`, '-l', `${p}`, file, '-'], {
          encoding: 'utf8',
        });
        expect(page).toContain(`Page ${p} of ${pages}`);
      }
    },
  );

  it.runIf(poppler)('shows exactly the result’s scores, sources and totals', async () => {
    const result = markedResult();
    const input = sampleInput({ result });
    const file = save(
      await renderReportPdf(buildReportModel(input), { paper: 'letter' }),
      'own.pdf',
    );
    const text = textOf(file);
    const shown = result.wholeScores;
    expect(text).toContain(`${shown.overall} out of 100`);
    expect(text).toContain(`${shown.overall} / 100`);
    expect(text).toContain(`a gap of ${shown.gap} points`);
    expect(text).toContain(`Security ${shown.overall}`);
    // The unmarked score appears only where the recommendation's own reasons quote it.
    const unmarked = Math.round(result.readiness.overall);
    expect(text).not.toContain(`is ${unmarked} out of 100`);
    expect(text).not.toContain(`${unmarked} / 100`);
    expect(text).toContain('Marked source of horizonMonths');
    expect(text).toContain('Marked source of vcisoMonthlyRetainer');
    expect(text).toContain(formatMoney(987_654, input.config));
  });

  it.runIf(poppler)('prints on A4 outside the Letter regions', async () => {
    const merged = mergeConfig(demoConfig, { locale: 'en-GB', currency: 'GBP' });
    if (!merged.ok) throw new Error('config');
    const paper = paperSizeFor(merged.value.locale);
    expect(paper).toBe('a4');
    const file = save(
      await renderReportPdf(buildReportModel(sampleInput({ config: merged.value })), { paper }),
      'a4.pdf',
    );
    expect(info(file)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(textOf(file)).toContain('£');
  });

  it.runIf(poppler)(
    'keeps a hostile company name as plain, searchable text, never in metadata',
    async () => {
      const name = 'Zoë’s “Café” (Ltd) ) Tj ( \\ <script>alert(1)</script> 😀 株式会社 שלום';
      const input = sampleInput({
        companyName: name,
        notes: { 'gv-security-owner': 'Note with ) Tj ( and \\ and 🦷' },
      });
      const bytes = await renderReportPdf(buildReportModel(input), { paper: 'letter' });
      const raw = latin1(bytes);
      expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
      const file = save(bytes, 'hostile.pdf');
      const meta = info(file);
      expect(Number(meta.Pages)).toBeGreaterThanOrEqual(5);
      expect(meta.Title).toBe('Security leadership readiness report');
      expect(JSON.stringify(meta)).not.toContain('Zo');
      const text = textOf(file);
      expect(text).toContain('Zoë’s “Café” (Ltd) ) Tj ( \\ <script>alert(1)</script> ? ???? ????');
      expect(text).toContain('Note with ) Tj ( and \\ and ?');
      expect(text).toContain('appear as “?”');
    },
  );

  it.runIf(poppler)('wraps a 200-character name without a character cut off', async () => {
    const name = `${'Very Long Regional Dental Partners '.repeat(6)}Ltd`.slice(0, 200);
    const file = save(
      await renderReportPdf(buildReportModel(sampleInput({ companyName: name })), {
        paper: 'letter',
      }),
      'long.pdf',
    );
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(cover).toContain(name.slice(0, 100));
    expect(cover).toContain('…');
  });
});

describe('createReportPdf', () => {
  it('names the file safely and picks the paper from the locale', async () => {
    const { result, config, source, date } = sampleInput();
    const out = await createReportPdf({
      result,
      config,
      source,
      date,
      companyName: '../Zoë & Co 😀',
    });
    expect(out.fileName).toBe('Zoe-Co-readiness-2026-11-23.pdf');
    expect(out.pageSize).toBe('letter');
    expect(latin1(out.bytes).trimEnd().endsWith('%%EOF')).toBe(true);
  });
});
