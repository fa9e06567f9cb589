/**
 * The PDF read back: its structure tree (with poppler's pdfinfo, an independent reader) and its
 * page content (every piece of text inside an element of the tree or marked as an artifact).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../core/config';
import { renderReportPdf } from './pdf-renderer';
import { buildReportModel } from './report-model';
import type { ReportModel } from './report-types';
import { sampleInput } from './test-fixtures';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = has('pdfinfo');
const dir = mkdtempSync(join(tmpdir(), 'ff-tags-'));

interface PdfObject {
  id: number;
  dict: string;
  stream: Buffer | null;
}

/** The file's objects: each dictionary as text and its stream, inflated when compressed. */
function objectsOf(bytes: Uint8Array): Map<number, PdfObject> {
  const buf = Buffer.from(bytes);
  const text = buf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0 && /^stream\r?\n/.test(body.slice(at))) {
      dict = body.slice(0, at);
      const start = m.index + m[0].indexOf(body) + at + body.slice(at).indexOf('\n') + 1;
      const end = text.indexOf('endstream', start);
      const raw = buf.subarray(start, end).subarray(0, -1);
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { id: Number(m[1]), dict, stream });
  }
  return objects;
}

interface ContentCheck {
  /** Text-showing operators outside any element and not marked as an artifact. */
  untagged: string[];
  /** Text inside artifacts (running header, footer, repeated table headers). */
  artifacts: string[];
  /** Marked content (page index, MCID) found on the pages. */
  mcids: string[];
}

/** Walks every page's content: is each piece of text in marked content? */
function checkContent(objects: Map<number, PdfObject>): ContentCheck {
  const out: ContentCheck = { untagged: [], artifacts: [], mcids: [] };
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  for (const page of pages) {
    const contents = Number(/\/Contents (\d+) 0 R/.exec(page.dict)?.[1]);
    const key = /\/StructParents (\d+)/.exec(page.dict)?.[1] ?? '?';
    const stream = objects.get(contents)?.stream?.toString('latin1') ?? '';
    const stack: ('artifact' | 'tagged' | 'other')[] = [];
    for (const line of stream.split('\n')) {
      const bdc = /^\/(\w+) <<\/MCID (\d+)>> BDC$/.exec(line);
      if (bdc) {
        stack.push('tagged');
        out.mcids.push(`${key}:${bdc[2]}`);
      } else if (/^\/Artifact (BMC|<<.*>> BDC)$/.test(line)) stack.push('artifact');
      else if (/ (BMC|BDC)$/.test(line)) stack.push('other');
      else if (line === 'EMC') stack.pop();
      else if (/(\) Tj|\] TJ|\) '|\) ")$/.test(line)) {
        const where = stack.includes('tagged')
          ? 'tagged'
          : stack.includes('artifact')
            ? 'artifact'
            : 'none';
        if (where === 'none') out.untagged.push(`page ${key}: ${line.slice(0, 60)}`);
        if (where === 'artifact') out.artifacts.push(line);
      }
    }
  }
  return out;
}

/** Every (page key, MCID) the structure tree points at. */
function referencedMcids(objects: Map<number, PdfObject>): Set<string> {
  const pageKey = new Map<number, string>();
  for (const o of objects.values()) {
    const k = /\/StructParents (\d+)/.exec(o.dict)?.[1];
    if (k !== undefined) pageKey.set(o.id, k);
  }
  const refs = new Set<string>();
  for (const o of objects.values()) {
    if (!o.dict.includes('/Type /StructElem')) continue;
    for (const m of o.dict.matchAll(/<<\/Type \/MCR \/Pg (\d+) 0 R \/MCID (\d+)>>/g)) {
      refs.add(`${pageKey.get(Number(m[1]))}:${m[2]}`);
    }
  }
  return refs;
}

/** UTF-16BE hex string → text. */
function fromHex(hex: string): string {
  const bytes = Buffer.from(hex, 'hex').subarray(2);
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i));
  return s;
}

const blocksOf = (model: ReportModel, kind: string) =>
  model.sections.flatMap((s) => s.blocks.filter((b) => b.kind === kind));

describe('the tagged PDF', () => {
  const model = buildReportModel(
    sampleInput({ notes: { 'gv-security-owner': 'word '.repeat(900) } }),
  );

  it('puts every piece of text in the structure tree or marks it as an artifact', async () => {
    const objects = objectsOf(await renderReportPdf(model, { paper: 'letter', lang: 'en-US' }));
    const content = checkContent(objects);
    expect(content.untagged).toEqual([]);
    expect(content.mcids.length).toBeGreaterThan(150);
    // Every marked sequence belongs to an element, and every element's content exists.
    const referenced = referencedMcids(objects);
    expect([...content.mcids].sort()).toEqual([...referenced].sort());
    // The running header and footer are artifacts, so they never run into the text.
    expect(content.artifacts.some((t) => t.includes('Page 2 of'))).toBe(true);
    expect(content.artifacts.some((t) => t.includes('Acme Dental'))).toBe(true);
  });

  it('finds untagged text when there is some (the check can fail)', async () => {
    const { jsPDF } = await import('jspdf');
    const doc = new jsPDF({ unit: 'pt', compress: true });
    doc.text('Not in any element', 72, 72);
    const content = checkContent(objectsOf(new Uint8Array(doc.output('arraybuffer'))));
    expect(content.untagged).toHaveLength(1);
  });

  it('declares its language, marks itself tagged, opens on its bookmarks, one per section', async () => {
    const bytes = await renderReportPdf(model, { paper: 'a4', lang: 'en-GB' });
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    const catalog = /\/Type \/Catalog[\s\S]*?endobj/.exec(raw)?.[0] ?? '';
    expect(catalog).toContain('/MarkInfo <</Marked true>>');
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(catalog).toContain('/Lang (en-GB)');
    expect(catalog).toContain('/DisplayDocTitle true');
    expect(catalog).toContain('/PageMode /UseOutlines');
    expect(catalog).toMatch(/\/Outlines \d+ 0 R/);
    // Bookmarks: outline items (the document's own /Title, in its Info, has no /Parent).
    const titles = [...objectsOf(bytes).values()]
      .filter((o) => o.dict.includes('/Parent') && o.dict.includes('/Title'))
      .map((o) => /\/Title \(([^)]*)\)/.exec(o.dict)?.[1]);
    expect(titles).toEqual(model.sections.map((s) => s.title));
  });

  it('gives each chart the chart’s summary as its alternative text', async () => {
    const objects = objectsOf(await renderReportPdf(model, { paper: 'letter' }));
    const alts = [...objects.values()]
      .filter((o) => o.dict.includes('/S /Figure'))
      .map((o) => fromHex(/\/Alt <([0-9A-F]+)>/.exec(o.dict)?.[1] ?? ''));
    const charts = [...blocksOf(model, 'gap-chart'), ...blocksOf(model, 'cost-chart')];
    expect(alts).toEqual(
      charts.map((b) =>
        b.kind === 'gap-chart' || b.kind === 'cost-chart' ? b.chart.description : '',
      ),
    );
  });

  it('links the contact, and nothing else, with a live link', async () => {
    const raw = Buffer.from(await renderReportPdf(model, { paper: 'letter' })).toString('latin1');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual([demoConfig.contact.url, demoConfig.contact.url]);
    expect(raw).toMatch(/\/Subtype \/Link [^>]*\/StructParent \d+/);
  });

  it.runIf(poppler)(
    'reads back (pdfinfo) with headings, tables and figures in report order',
    async () => {
      const file = join(dir, 'tagged.pdf');
      writeFileSync(file, await renderReportPdf(model, { paper: 'letter' }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
      const lines = tree.split('\n');
      expect(lines[0]).toBe('Document');
      // The sequence of headings, tables and figures, as a reader meets them.
      const outline: string[] = [];
      lines.forEach((line, i) => {
        const m = /^\s*(H1|H2|H3|Table|Figure)\b/.exec(line);
        if (!m) return;
        const text = /"(.*)"/.exec(lines[i + 1] ?? '')?.[1] ?? '';
        outline.push(m[1] === 'Table' || m[1] === 'Figure' ? m[1] : `${m[1]} ${text.trim()}`);
      });
      const expected: string[] = [`H1 ${model.cover.title}`];
      for (const s of model.sections) {
        expected.push(`H2 ${s.title}`);
        for (const b of s.blocks) {
          if (b.kind === 'heading') expected.push(`H3 ${b.text}`);
          if (b.kind === 'table') expected.push('Table');
          if (b.kind === 'gap-chart' || b.kind === 'cost-chart') expected.push('Figure');
        }
      }
      expect(outline).toEqual(expected);
      // Header cells are TH with a scope; a summary's label reads next to its value.
      expect(tree).toMatch(/TH:\s*\n\s*\/Scope \/Column/);
      expect(tree).toContain(`"Security readiness ${model.cover.highlights[0]?.value}"`);
      // A paragraph keeps its word breaks across lines.
      expect(tree).not.toMatch(/[a-z],[a-z]/);
    },
  );
});
