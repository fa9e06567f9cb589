/**
 * Hostile text through every place typed text goes: the CSV, the PDF's report model, the PDF's
 * file name, the events for the host page and the share link. Each stays text: escaped, safe
 * for the PDF font, or carried as plain data, never markup, a formula or a path.
 * The page itself (Svelte text, no {@html}) and the PDF bytes are checked in a real browser:
 * tests/e2e/adversarial.spec.ts and tests/e2e/pdf.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../core/csv';
import { hostEventFor } from '../embed/host-events';
import { reportFileName } from '../report/file-name';
import { isWinAnsiChar, toPdfSafeText } from '../report/pdf-text';
import { buildReportModel } from '../report/report-model';
import { sampleInput } from '../report/test-fixtures';
import { createShareFragment, readShareFragment } from './share/share-link';

const HOSTILE: [string, string][] = [
  ['markup', '<img src=x onerror=alert(1)><b>Acme</b>'],
  ['a script tag', '<script>alert("x")</script>'],
  ['quotes', `"Acme" 'Dental' “curly” ‘single’`],
  ['backslashes', 'C:\\Users\\acme\\..\\..\\evil'],
  ['PDF syntax', ') Tj ET BT /F1 99 Tf (pwned) Tj %%EOF ('],
  ['right-to-left override', 'Acme \u202Efdp.exe\u202C مرحبا שלום'],
  ['emoji', 'Acme 🦷😀👩🏽‍💻 Dental'],
  ['CJK', '東京歯科株式会社 서울 치과'],
  ['a formula', '=HYPERLINK("http://evil.example","click")'],
  ['control characters', 'Acme\u0000\u0007\r\nDental\t'],
  ['10,000 characters', 'Acme '.repeat(2_000)],
];

/** Every string in a nested value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** The RFC 4180 reading of one CSV row (enough for these checks). */
function readRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe.each(HOSTILE)('%s', (_label, text) => {
  it('CSV: one cell that reads back as written (a formula gains an apostrophe)', () => {
    const csv = toCsv([
      ['Company', 'Note'],
      [text, 'x'],
    ]);
    const body = csv.replace(/^\uFEFF/, '');
    const second = body.slice(body.indexOf('\r\n') + 2).replace(/\r\n$/, '');
    const cells = readRow(second);
    expect(cells).toHaveLength(2);
    const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    expect(cells[0]).toBe(expected);
    expect(csvCell(text)).not.toMatch(/^[=+\-@]/);
  });

  it('PDF: every string of the report is drawable text, the name and notes included', () => {
    const model = buildReportModel(
      sampleInput({ companyName: text, notes: { assessment: text, employees: text } }),
    );
    for (const s of strings(model)) {
      for (const c of s) expect(isWinAnsiChar(c)).toBe(true);
      expect(toPdfSafeText(s)).toBe(s);
    }
  });

  it('file name: letters, digits and dashes only, at most 80 characters', () => {
    const name = reportFileName(text, '2026-11-23');
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*\.pdf$/);
    expect(name.length).toBeLessThanOrEqual(80);
  });

  it('host events: the text goes out only on opt-in, and then only as data', () => {
    const emitted = {
      type: 'lead.submitted' as const,
      assessmentId: 'a1',
      leadId: 'l1',
      delivery: 'pending' as const,
      contact: { name: text, email: 'dana@acme.example', company: text, phone: null },
    };
    const closed = hostEventFor(emitted, { widgetId: 'w1', shareResults: false });
    expect(JSON.stringify(closed.detail)).not.toContain(text.slice(0, 20));
    const open = hostEventFor(emitted, { widgetId: 'w1', shareResults: true });
    expect(JSON.parse(JSON.stringify(open.detail))).toMatchObject({
      contact: { name: text, company: text },
    });
  });

  it('share link: the company name comes back exactly, and the link is URL-safe', async () => {
    const hash = await createShareFragment(
      {
        companyName: text.slice(0, 200),
        createdAt: '2026-11-20T09:30:00.000Z',
        answers: { employees: 45 },
        notes: { assessment: text },
        assumptions: null,
      },
      '2026-11-23T12:00:00.000Z',
    );
    expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    const back = await readShareFragment(hash);
    expect(back.ok && back.value.companyName).toBe(text.slice(0, 200));
    // Notes never travel in a link.
    expect(back.ok && back.value.notes).toEqual({});
  });
});
