import { describe, expect, it } from 'vitest';
import { fakeMeasurer } from './fake-measurer';
import {
  bodyHeight,
  fitToWidth,
  geometryFor,
  MAX_BLANK,
  paginate,
  unit,
  wrapLines,
  type DrawOp,
  type Font,
  type PageGeometry,
  type Unit,
} from './layout';
import { layoutReport, placeReport } from './report-layout';
import { buildReportModel } from './report-model';
import type { ReportModel } from './report-types';
import { sampleInput } from './test-fixtures';

const BODY: Font = { style: 'normal', size: 10 };
const INKY = [0, 0, 0] as const;

/** A small page: body 100 pt high, so a few units fill it. */
const SMALL: PageGeometry = {
  width: 300,
  height: 200,
  margin: { top: 50, right: 20, bottom: 50, left: 20 },
};

/** A unit that draws one text op naming itself, so tests can see where it landed. */
function labelled(name: string, height: number, opts: Partial<Omit<Unit, 'height' | 'draw'>> = {}) {
  return unit(
    height,
    (x, y): DrawOp[] => [{ op: 'text', x, y, text: name, font: BODY, color: INKY, align: 'left' }],
    opts,
  );
}

function names(pages: DrawOp[][]): string[][] {
  return pages.map((ops) => ops.flatMap((op) => (op.op === 'text' ? [op.text] : [])));
}

function tops(pages: DrawOp[][]): number[][] {
  return pages.map((ops) => ops.flatMap((op) => (op.op === 'text' ? [op.y] : [])));
}

describe('paginate', () => {
  it('moves a unit that does not fit to a new page and never cuts it', () => {
    const pages = paginate([labelled('a', 60), labelled('b', 60), labelled('c', 30)], SMALL);
    expect(names(pages)).toEqual([['a'], ['b', 'c']]);
    for (const page of tops(pages)) for (const y of page) expect(y).toBeLessThan(150);
  });

  it('drops the space before a unit at the top of a page', () => {
    const pages = paginate([labelled('a', 90), labelled('b', 20, { spaceBefore: 15 })], SMALL);
    expect(tops(pages)).toEqual([[50], [50]]);
  });

  it('never ends a page with a heading: it moves on with its first line', () => {
    const pages = paginate(
      [labelled('text', 80), labelled('heading', 15, { keepWithNext: true }), labelled('line', 10)],
      SMALL,
    );
    expect(names(pages)).toEqual([['text'], ['heading', 'line']]);
  });

  it('keeps a chain together (title, heading, first line)', () => {
    const pages = paginate(
      [
        labelled('filler', 60),
        labelled('h1', 15, { keepWithNext: true }),
        labelled('h2', 15, { keepWithNext: true }),
        labelled('line', 15),
      ],
      SMALL,
    );
    expect(names(pages)).toEqual([['filler'], ['h1', 'h2', 'line']]);
  });

  it('does not loop or lose a keep-with-next chain taller than a page', () => {
    const units = Array.from({ length: 12 }, (_, i) =>
      labelled(`k${i}`, 15, { keepWithNext: true }),
    );
    const pages = paginate(units, SMALL);
    expect(names(pages).flat()).toEqual(units.map((_, i) => `k${i}`));
  });

  it('continues a long table on the next page with its header repeated', () => {
    const header = labelled('HEADER', 12, { keepWithNext: true });
    const rows = Array.from({ length: 20 }, (_, i) => ({
      ...labelled(`row${i}`, 12),
      repeatHeader: header,
    }));
    const pages = paginate(
      [labelled('caption', 12, { keepWithNext: true }), header, ...rows],
      SMALL,
    );
    const seen = names(pages);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]?.slice(0, 3)).toEqual(['caption', 'HEADER', 'row0']);
    for (const page of seen.slice(1)) expect(page[0]).toBe('HEADER');
    expect(seen.flat().filter((n) => n.startsWith('row'))).toEqual(rows.map((_, i) => `row${i}`));
  });

  it('starts a section on a new page when the current one is mostly used', () => {
    const pages = paginate(
      [
        labelled('s1', 10, { breakBefore: true }),
        labelled('x', 60),
        labelled('s2', 10, { breakBefore: true }),
      ],
      SMALL,
    );
    expect(names(pages)).toEqual([['s1', 'x'], ['s2']]);
  });

  it('lets a section follow on a page that is mostly empty, instead of leaving a gap page', () => {
    const pages = paginate(
      [
        labelled('s1', 10, { breakBefore: true }),
        labelled('x', 10),
        labelled('s2', 10, { breakBefore: true }),
      ],
      SMALL,
    );
    expect(names(pages)).toEqual([['s1', 'x', 's2']]);
  });
});

describe('paginate: keeps that give way', () => {
  const rows = (n: number, h: number) =>
    Array.from({ length: n }, (_, i) =>
      labelled(`r${i}`, h, {
        keepWithNext: i < n - 1,
        softKeep: i > 0 && i < n - 2,
      }),
    );

  it('splits a short table rather than leave more than a third of the page blank', () => {
    // 40 pt used, 60 pt free (more than a third of 100): six rows of 12 do not fit whole. Rows
    // follow one by one until less than a third is left; the rest moves on together.
    const pages = paginate([labelled('filler', 40), ...rows(6, 12)], SMALL);
    expect(names(pages)).toEqual([
      ['filler', 'r0', 'r1', 'r2'],
      ['r3', 'r4', 'r5'],
    ]);
    expect(MAX_BLANK).toBeCloseTo(1 / 3);
  });

  it('moves a short table whole when little of the page is left', () => {
    const pages = paginate([labelled('filler', 75), ...rows(4, 12)], SMALL);
    expect(names(pages)).toEqual([['filler'], ['r0', 'r1', 'r2', 'r3']]);
  });

  it('keeps the first two rows and the last two rows together when a table splits', () => {
    for (let filler = 10; filler < 95; filler += 3) {
      const pages = names(paginate([labelled('filler', filler), ...rows(8, 12)], SMALL));
      for (const page of pages) {
        expect(page.at(-1)).not.toBe('r0');
        expect(page.at(-1)).not.toBe('r6');
      }
    }
  });

  it('keeps a heading with the unit after it even when the chain is taller than a page', () => {
    const pages = paginate(
      [
        labelled('filler', 80),
        labelled('heading', 10, { keepWithNext: true }),
        ...Array.from({ length: 12 }, (_, i) => labelled(`k${i}`, 15, { keepWithNext: true })),
      ],
      SMALL,
    );
    expect(names(pages)[0]).toEqual(['filler']);
    expect(names(pages)[1]?.slice(0, 2)).toEqual(['heading', 'k0']);
  });
});

describe('text helpers', () => {
  it('wraps to the width and caps the line count with an ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten';
    const lines = wrapLines(text, 50, BODY, fakeMeasurer);
    for (const l of lines) expect(fakeMeasurer.width(l, BODY)).toBeLessThanOrEqual(50);
    const capped = wrapLines(text, 50, BODY, fakeMeasurer, 2);
    expect(capped).toHaveLength(2);
    expect(capped[1]?.endsWith('…')).toBe(true);
    expect(fakeMeasurer.width(capped[1] ?? '', BODY)).toBeLessThanOrEqual(50);
  });

  it('fits text to a width with an ellipsis, or leaves it whole', () => {
    expect(fitToWidth('short', 100, BODY, fakeMeasurer)).toBe('short');
    const fitted = fitToWidth('a much longer company name', 60, BODY, fakeMeasurer);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fakeMeasurer.width(fitted, BODY)).toBeLessThanOrEqual(60);
  });
});

describe('layoutReport', () => {
  const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.op === 'text' ? [op] : []));

  it.each(['letter', 'a4'] as const)(
    'numbers every %s page "Page n of m" and keeps text inside the margins',
    (paper) => {
      const g = geometryFor(paper);
      const pages = layoutReport(buildReportModel(sampleInput()), g, fakeMeasurer);
      expect(pages.length).toBeGreaterThanOrEqual(5);
      pages.forEach((ops, i) => {
        const t = texts(ops);
        expect(t.map((o) => o.text)).toContain(`Page ${i + 1} of ${pages.length}`);
        for (const o of t) {
          expect(o.y).toBeGreaterThan(0);
          expect(o.y).toBeLessThan(g.height);
          const w = fakeMeasurer.width(o.text, o.font);
          const left = o.align === 'right' ? o.x - w : o.align === 'center' ? o.x - w / 2 : o.x;
          expect(left).toBeGreaterThanOrEqual(g.margin.left - 0.01);
          expect(left + w).toBeLessThanOrEqual(g.width - g.margin.right + 0.01);
        }
      });
    },
  );

  it('has no empty page and keeps body text between the header and the footer', () => {
    const g = geometryFor('letter');
    const pages = layoutReport(
      buildReportModel(sampleInput({ notes: { 'gv-security-owner': 'word '.repeat(3000) } })),
      g,
      fakeMeasurer,
    );
    for (const ops of pages.slice(1)) {
      const body = texts(ops).filter((o) => o.y > 50 && o.y < g.height - 50);
      expect(body.length).toBeGreaterThan(0);
      for (const o of body) expect(o.y).toBeLessThanOrEqual(g.height - g.margin.bottom + 1);
    }
    expect(bodyHeight(g)).toBeGreaterThan(600);
  });

  it('prints the demo note on the cover, above the key facts, within the margins', () => {
    const g = geometryFor('letter');
    const [cover] = layoutReport(
      buildReportModel(sampleInput({ source: 'demo' })),
      g,
      fakeMeasurer,
    );
    const lines = texts(cover ?? []);
    const note = lines.findIndex((o) => o.text.startsWith('Demo: example prices and contact'));
    const readiness = lines.findIndex((o) => o.text === 'Security readiness');
    expect(note).toBeGreaterThan(-1);
    expect(lines[note]!.y).toBeLessThan(lines[readiness]!.y);
    const [plain] = layoutReport(buildReportModel(sampleInput()), g, fakeMeasurer);
    expect(texts(plain ?? []).some((o) => o.text.startsWith('Demo:'))).toBe(false);
  });

  it('caps a very long company name on the cover at three lines ending in an ellipsis', () => {
    const g = geometryFor('letter');
    const [cover] = layoutReport(
      buildReportModel(sampleInput({ companyName: 'Northwind '.repeat(40) })),
      g,
      fakeMeasurer,
    );
    const big = texts(cover ?? []).filter((o) => o.font.size === 22);
    expect(big).toHaveLength(3);
    expect(big.at(-1)?.text.endsWith('…')).toBe(true);
  });
});

describe('layoutReport: tables and headings across pages', () => {
  const g = geometryFor('letter');
  const bodyTexts = (ops: DrawOp[]) =>
    ops.flatMap((op) => (op.op === 'text' && op.y > 60 && op.y < g.height - 60 ? [op] : []));

  function modelWith(blocks: ReportModel['sections'][number]['blocks']): ReportModel {
    const base = buildReportModel(sampleInput());
    return { ...base, sections: [{ id: 'test', title: 'Test section', blocks }] };
  }

  it('runs a 60-row table over pages with its header on each, every row whole and once', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      cells: [
        `Row ${i + 1}`,
        `${i}`,
        `A source that wraps onto a second line ${'x '.repeat((i % 3) * 20)}`,
      ],
    }));
    const pages = layoutReport(
      modelWith([
        { kind: 'paragraph', text: 'Intro' },
        {
          kind: 'table',
          caption: 'Long table',
          columns: [
            { label: 'Name', width: 2, align: 'left' },
            { label: 'Value', width: 1, align: 'right' },
            { label: 'Source', width: 4, align: 'left' },
          ],
          rows,
        },
      ]),
      g,
      fakeMeasurer,
    ).slice(1);
    expect(pages.length).toBeGreaterThan(2);
    const seen: string[] = [];
    pages.forEach((ops) => {
      const texts = bodyTexts(ops).map((o) => o.text);
      const firstRow = texts.findIndex((t) => t.startsWith('Row '));
      expect(texts.slice(0, firstRow)).toContain('Name');
      seen.push(...texts.filter((t) => /^Row \d+$/.test(t)));
    });
    expect(seen).toEqual(rows.map((r) => r.cells[0]));
  });

  it('moves a short table whole to the next page', () => {
    const filler = 'word '.repeat(900);
    const rows = Array.from({ length: 6 }, (_, i) => ({ cells: [`Short ${i + 1}`, '1'] }));
    const pages = layoutReport(
      modelWith([
        { kind: 'paragraph', text: filler },
        {
          kind: 'table',
          columns: [
            { label: 'Item', width: 3, align: 'left' },
            { label: 'Amount', width: 1, align: 'right' },
          ],
          rows,
        },
      ]),
      g,
      fakeMeasurer,
    );
    const holding = pages.filter((ops) => bodyTexts(ops).some((o) => o.text.startsWith('Short')));
    expect(holding).toHaveLength(1);
  });

  /** Bold 13 pt is a heading; bold 10 pt is a note's question label. */
  const isLabel = (o: DrawOp | undefined) =>
    o?.op === 'text' && o.font.style === 'bold' && [13, 10].includes(o.font.size);

  it('never ends a page with a heading, wherever the text before it stops', () => {
    for (let words = 300; words < 1_200; words += 17) {
      const pages = layoutReport(
        modelWith([
          { kind: 'paragraph', text: 'word '.repeat(words) },
          { kind: 'heading', text: 'A heading' },
          { kind: 'paragraph', text: 'Its first line. '.repeat(12) },
        ]),
        g,
        fakeMeasurer,
      );
      for (const ops of pages.slice(1)) expect(isLabel(bodyTexts(ops).at(-1))).toBe(false);
    }
  });

  it('never ends a page with a note’s label, whatever the notes', () => {
    const ids = [
      'gv-security-owner',
      'gv-written-policies',
      'gv-risk-strategy',
      'pr-mfa',
      'de-edr',
    ];
    for (let k = 0; k < 40; k++) {
      const notes = Object.fromEntries(
        ids.map((id, i) => [id, `Note ${i}: ${'detail '.repeat(20 + ((k * 23 + i * 37) % 160))}`]),
      );
      const pages = layoutReport(buildReportModel(sampleInput({ notes })), g, fakeMeasurer);
      for (const ops of pages.slice(1)) expect(isLabel(bodyTexts(ops).at(-1))).toBe(false);
    }
  });
});

describe('placeReport: page breaks over many reports', () => {
  const ids = ['gv-security-owner', 'gv-written-policies', 'gv-risk-strategy', 'pr-mfa', 'de-edr'];
  const cases = Array.from({ length: 24 }, (_, k) => ({
    paper: k % 2 === 0 ? ('letter' as const) : ('a4' as const),
    notes: Object.fromEntries(
      ids
        .slice(0, k % 6)
        .map((id, i) => [id, `Note ${i}: ${'detail '.repeat(10 + ((k * 31 + i * 17) % 140))}`]),
    ),
  }));

  it.each(cases)(
    'on $paper: no page ends with a heading, caption or a row that keeps with the next, and no page that runs on is a third empty',
    ({ paper, notes }) => {
      const g = geometryFor(paper);
      const body = bodyHeight(g);
      const placed = placeReport(buildReportModel(sampleInput({ notes })), g, fakeMeasurer);
      const pages = Math.max(...placed.map((p) => p.page)) + 1;
      for (let page = 0; page < pages - 1; page++) {
        const on = placed.filter((p) => p.page === page);
        const last = on.at(-1)!;
        const next = placed.find((p) => p.page === page + 1)!;
        // A hard keep never ends a page (a heading, a caption, a table header, a first line).
        expect(last.unit.keepWithNext && !last.unit.softKeep, `page ${page + 1}`).toBe(false);
        // A page whose section runs on to the next page is at least two-thirds full.
        if (!next.unit.breakBefore) {
          const fill = (last.y + last.unit.height - g.margin.top) / body;
          expect(
            fill,
            `page ${page + 1} is ${Math.round(fill * 100)}% full`,
          ).toBeGreaterThanOrEqual(1 - MAX_BLANK - 0.02);
        }
      }
    },
  );
});
