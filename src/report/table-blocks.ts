/**
 * Tables and figure boxes laid out as units: a table keeps its header with its first rows and
 * repeats it over a page break; figures sit side by side in one row of boxes.
 */
import { INK, MUTED, PANEL, RULE } from './colors';
import {
  bodyHeight,
  lineHeight,
  tagOps,
  textLines,
  unit,
  wrapLines,
  type DrawOp,
  type Font,
  type StructNode,
  type Unit,
} from './layout';
import { FONT, node, type LayoutContext } from './layout-context';
import type { TableColumn, TableRow } from './report-types';

const CELL_PAD_X = 5;
const CELL_PAD_Y = 4;

function columnEdges(columns: readonly TableColumn[], width: number): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const edges = [0];
  let acc = 0;
  for (const c of columns) {
    acc += (c.width / total) * width;
    edges.push(acc);
  }
  return edges;
}

function rowUnit(
  cells: readonly string[],
  columns: readonly TableColumn[],
  font: Font,
  ctx: LayoutContext,
  kind: 'head' | 'body',
  row: readonly StructNode[],
): Unit {
  const edges = columnEdges(columns, ctx.width);
  const cellTags = columns.map(() => ({
    path: node(ctx, kind === 'head' ? 'TH' : 'TD', kind === 'head' ? { scope: 'Column' } : {}, row),
  }));
  // A row never runs over a page, so a freakishly long cell is cut with "…" to fit one.
  const maxLines = Math.floor((bodyHeight(ctx.g) / 2 - 2 * CELL_PAD_Y) / lineHeight(font));
  const wrapped = columns.map((_, i) =>
    wrapLines(
      cells[i] ?? '',
      (edges[i + 1] ?? 0) - (edges[i] ?? 0) - 2 * CELL_PAD_X,
      font,
      ctx.measure,
      maxLines,
    ),
  );
  const lines = Math.max(1, ...wrapped.map((w) => w.length));
  const h = lines * lineHeight(font) + 2 * CELL_PAD_Y;
  return unit(
    h,
    (x, y, w) => {
      const ops: DrawOp[] = [];
      if (kind === 'head') ops.push({ op: 'rect', x, y, w, h, fill: PANEL, stroke: null });
      columns.forEach((col, i) => {
        const left = x + (edges[i] ?? 0) + CELL_PAD_X;
        const right = x + (edges[i + 1] ?? 0) - CELL_PAD_X;
        const color = kind === 'head' ? INK : INK;
        ops.push(
          ...tagOps(
            textLines(
              wrapped[i] ?? [],
              col.align === 'right' ? right : left,
              y + CELL_PAD_Y,
              font,
              color,
              col.align,
            ),
            cellTags[i] ?? { path: row },
          ),
        );
      });
      ops.push({
        op: 'path',
        points: [
          [x, y + h],
          [x + w, y + h],
        ],
        color: kind === 'head' ? MUTED : RULE,
        width: kind === 'head' ? 0.8 : 0.5,
      });
      return ops;
    },
    { keepWithNext: kind === 'head' },
  );
}

const SHORT_TABLE_ROWS = 12;

export function tableUnits(
  block: { caption?: string; columns: TableColumn[]; rows: TableRow[] },
  ctx: LayoutContext,
): Unit[] {
  const units: Unit[] = [];
  const table = node(ctx, 'Table');
  const head = node(ctx, 'THead', {}, table);
  const bodyGroup = node(ctx, 'TBody', {}, table);
  if (block.caption) {
    const lines = wrapLines(block.caption, ctx.width, FONT.caption, ctx.measure, 2);
    const caption = { path: node(ctx, 'Caption', {}, table) };
    units.push(
      unit(
        lines.length * lineHeight(FONT.caption) + 3,
        (x, y) => tagOps(textLines(lines, x, y, FONT.caption, INK), caption),
        {
          spaceBefore: 14,
          keepWithNext: true,
        },
      ),
    );
  }
  const header = rowUnit(
    block.columns.map((c) => c.label),
    block.columns,
    FONT.tableHead,
    ctx,
    'head',
    node(ctx, 'TR', {}, head),
  );
  units.push({ ...header, spaceBefore: block.caption ? 0 : 10 });
  // A short table moves to the next page whole (when it fits one) rather than split, unless
  // that would leave much of this page blank: then it splits with its header repeated. Any
  // table keeps its first two rows with the header and never leaves its last row alone.
  const keepWhole = block.rows.length <= SHORT_TABLE_ROWS;
  const last = block.rows.length - 1;
  block.rows.forEach((row, i) => {
    const font = row.emphasis ? FONT.tableStrong : FONT.tableCell;
    const hard = i === 0 || i === last - 1;
    units.push({
      ...rowUnit(row.cells, block.columns, font, ctx, 'body', node(ctx, 'TR', {}, bodyGroup)),
      repeatHeader: header,
      keepWithNext: i < last && (hard || keepWhole),
      ...(i < last && !hard && keepWhole ? { softKeep: true } : {}),
    });
  });
  return units;
}

export function figuresUnits(
  items: { label: string; value: string }[],
  ctx: LayoutContext,
): Unit[] {
  const gap = 10;
  const n = Math.max(1, items.length);
  const boxW = (ctx.width - gap * (n - 1)) / n;
  const inner = boxW - 20;
  const laid = items.map((it) => ({
    label: wrapLines(it.label, inner, FONT.figureLabel, ctx.measure, 2),
    value: wrapLines(it.value, inner, FONT.figureValue, ctx.measure, 3),
  }));
  const labelH = Math.max(...laid.map((l) => l.label.length)) * lineHeight(FONT.figureLabel);
  const valueH = Math.max(...laid.map((l) => l.value.length)) * lineHeight(FONT.figureValue, 1.2);
  const h = 12 + labelH + 4 + valueH + 12;
  // Each box reads as one paragraph, its label next to its value.
  const tags = laid.map(() => ({ path: node(ctx, 'P') }));
  return [
    unit(
      h,
      (x, y) =>
        laid.flatMap((l, i) => {
          const bx = x + i * (boxW + gap);
          return [
            { op: 'rect', x: bx, y, w: boxW, h, fill: PANEL, stroke: null } as DrawOp,
            { op: 'rect', x: bx, y, w: 3, h, fill: ctx.theme.brand, stroke: null } as DrawOp,
            ...tagOps(
              [
                ...textLines(l.label, bx + 12, y + 12, FONT.figureLabel, MUTED),
                ...textLines(
                  l.value,
                  bx + 12,
                  y + 12 + labelH + 4,
                  FONT.figureValue,
                  INK,
                  'left',
                  1.2,
                ),
              ],
              tags[i] ?? { path: ctx.parent },
            ),
          ];
        }),
      { spaceBefore: 4 },
    ),
  ];
}
