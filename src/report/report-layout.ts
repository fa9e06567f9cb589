/**
 * Lays the report model out on pages: a cover, then each section from a new page, with a
 * header (brand, company) and a footer ("Page n of m") on every page. Pure: the measurer is
 * passed in, so the same layout is tested without jsPDF.
 */
import { costChartBox, gapChartBox } from './chart-layout';
import { INK, MUTED, PANEL, RULE, WARNING, themeFor, type Rgb, type Theme } from './colors';
import {
  bodyHeight,
  contentWidth,
  fitToWidth,
  lineHeight,
  paginate,
  placeUnits,
  tagOps,
  textLines,
  unit,
  wrapLines,
  type DrawOp,
  type Font,
  type PageGeometry,
  type Placement,
  type StructNode,
  type StructRole,
  type TextMeasurer,
  type Unit,
} from './layout';
import type {
  Block,
  ListItem,
  ReportModel,
  TableColumn,
  TableRow,
  TextStyle,
} from './report-types';

const F = {
  sectionTitle: { style: 'bold', size: 20 },
  heading: { style: 'bold', size: 13 },
  body: { style: 'normal', size: 10 },
  lead: { style: 'normal', size: 11.5 },
  headline: { style: 'bold', size: 17 },
  strong: { style: 'bold', size: 10 },
  muted: { style: 'normal', size: 9.5 },
  small: { style: 'normal', size: 8.5 },
  note: { style: 'normal', size: 8.5 },
  tableHead: { style: 'bold', size: 8.5 },
  tableCell: { style: 'normal', size: 9 },
  tableStrong: { style: 'bold', size: 9 },
  caption: { style: 'bold', size: 10 },
  figureLabel: { style: 'normal', size: 8.5 },
  figureValue: { style: 'bold', size: 12.5 },
  header: { style: 'normal', size: 8.5 },
  headerBrand: { style: 'bold', size: 8.5 },
  footer: { style: 'normal', size: 8 },
} satisfies Record<string, Font>;

interface Ctx {
  g: PageGeometry;
  width: number;
  theme: Theme;
  measure: TextMeasurer;
  /** The structure element the blocks being laid out belong to (their section). */
  parent: readonly StructNode[];
  /** Numbers the structure elements, so each has an id of its own. */
  count: { n: number };
}

/** A new structure element under `ctx.parent` (or under `under`). */
function node(
  ctx: Ctx,
  role: StructRole,
  extra: Partial<StructNode> = {},
  under: readonly StructNode[] = ctx.parent,
): StructNode[] {
  ctx.count.n += 1;
  return [...under, { id: `${role.toLowerCase()}${ctx.count.n}`, role, ...extra }];
}

function newCtx(model: ReportModel, g: PageGeometry, measure: TextMeasurer): Ctx {
  return {
    g,
    width: contentWidth(g),
    theme: themeFor(model.brand),
    measure,
    parent: [],
    count: { n: 0 },
  };
}

const STYLE_FONT: Record<TextStyle, Font> = {
  body: F.body,
  lead: F.lead,
  headline: F.headline,
  strong: F.strong,
  muted: F.muted,
  small: F.small,
};

function styleColor(style: TextStyle, theme: Theme): Rgb {
  if (style === 'headline') return theme.brandText;
  return style === 'muted' || style === 'small' ? MUTED : INK;
}

/**
 * One unit per line, so long text can run over a page; the first two and the last two lines
 * stay together (no single orphan or widow line).
 */
function lineUnits(
  lines: readonly string[],
  font: Font,
  color: Rgb,
  opts: {
    indent?: number;
    spaceBefore?: number;
    keepLastWithNext?: boolean;
    factor?: number;
    path?: readonly StructNode[];
    link?: string;
  },
): Unit[] {
  const lh = lineHeight(font, opts.factor);
  const indent = opts.indent ?? 0;
  const tag = opts.path ? { path: opts.path, ...(opts.link ? { link: opts.link } : {}) } : null;
  const drawn = (ops: DrawOp[]) => (tag ? tagOps(ops, tag) : ops);
  return lines.map((text, i) =>
    unit(lh, (x, y) => drawn(textLines([text], x + indent, y, font, color, 'left', opts.factor)), {
      spaceBefore: i === 0 ? (opts.spaceBefore ?? 0) : 0,
      keepWithNext:
        (i === 0 && lines.length > 1) ||
        (i === lines.length - 2 && lines.length > 2) ||
        (i === lines.length - 1 && (opts.keepLastWithNext ?? false)),
    }),
  );
}

function paragraphUnits(
  text: string,
  style: TextStyle,
  ctx: Ctx,
  keepWithNext: boolean,
  link?: string,
): Unit[] {
  const font = STYLE_FONT[style];
  const lines = ctx.measure.split(text, ctx.width, font);
  const spaceBefore = style === 'headline' ? 4 : style === 'small' ? 4 : 8;
  const factor = style === 'headline' ? 1.25 : 1.35;
  return lineUnits(lines, font, styleColor(style, ctx.theme), {
    spaceBefore,
    keepLastWithNext: keepWithNext,
    factor,
    path: node(ctx, 'P'),
    ...(link ? { link } : {}),
  });
}

function headingUnits(text: string, ctx: Ctx): Unit[] {
  const lines = wrapLines(text, ctx.width, F.heading, ctx.measure, 3);
  const h = lines.length * lineHeight(F.heading, 1.25);
  const tag = { path: node(ctx, 'H3') };
  return [
    unit(h, (x, y) => tagOps(textLines(lines, x, y, F.heading, INK, 'left', 1.25), tag), {
      spaceBefore: 18,
      keepWithNext: true,
    }),
  ];
}

function sectionTitleUnits(text: string, ctx: Ctx): Unit[] {
  const lines = wrapLines(text, ctx.width, F.sectionTitle, ctx.measure, 2);
  const lh = lineHeight(F.sectionTitle, 1.2);
  const h = lines.length * lh + 12;
  const tag = { path: node(ctx, 'H2') };
  return [
    unit(
      h,
      (x, y, w) => [
        ...tagOps(textLines(lines, x, y, F.sectionTitle, ctx.theme.brandText, 'left', 1.2), tag),
        {
          op: 'rect',
          x,
          y: y + lines.length * lh + 5,
          w: Math.min(72, w),
          h: 3,
          fill: ctx.theme.brand,
          stroke: null,
        },
      ],
      { breakBefore: true, keepWithNext: true },
    ),
  ];
}

const MARKER_W = 16;

function listItemUnits(
  item: ListItem,
  marker: 'bullet' | 'warning',
  ctx: Ctx,
  list: readonly StructNode[],
): Unit[] {
  const w = ctx.width - MARKER_W;
  const li = node(ctx, 'LI', {}, list);
  const lbl = { path: node(ctx, 'Lbl', {}, li) };
  const body = node(ctx, 'LBody', {}, li);
  const textLinesOf = ctx.measure.split(item.text, w, F.body);
  const noteLines = item.note ? ctx.measure.split(item.note, w, F.note) : [];
  const textH = textLinesOf.length * lineHeight(F.body);
  const noteH = noteLines.length * lineHeight(F.note, 1.3);
  const markerOp = (x: number, y: number): DrawOp => ({ ...markerShape(x, y), tag: lbl });
  const markerShape = (x: number, y: number): DrawOp =>
    marker === 'warning'
      ? {
          op: 'text',
          x,
          y: y + 10,
          text: '!',
          font: { style: 'bold', size: 11 },
          color: WARNING,
          align: 'left',
        }
      : {
          op: 'text',
          x: x + 2,
          y: y + 10,
          text: '•',
          font: F.body,
          color: ctx.theme.brandText,
          align: 'left',
        };
  const total = textH + noteH + (noteLines.length ? 1 : 0);
  // An ordinary item stays whole; a very long one (a pasted note) may run over a page.
  if (total <= bodyHeight(ctx.g) / 3) {
    return [
      unit(
        total,
        (x, y) => [
          markerOp(x, y),
          ...tagOps(
            [
              ...textLines(textLinesOf, x + MARKER_W, y, F.body, INK),
              ...textLines(noteLines, x + MARKER_W, y + textH + 1, F.note, MUTED, 'left', 1.3),
            ],
            { path: body },
          ),
        ],
        { spaceBefore: 7 },
      ),
    ];
  }
  const [first, ...rest] = lineUnits(textLinesOf, F.body, INK, {
    indent: MARKER_W,
    spaceBefore: 7,
    path: body,
  });
  const head: Unit[] = first
    ? [{ ...first, draw: (x, y, width) => [markerOp(x, y), ...first.draw(x, y, width)] }]
    : [];
  return [
    ...head,
    ...rest,
    ...lineUnits(noteLines, F.note, MUTED, { indent: MARKER_W, factor: 1.3, path: body }),
  ];
}

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
  ctx: Ctx,
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

function tableUnits(
  block: { caption?: string; columns: TableColumn[]; rows: TableRow[] },
  ctx: Ctx,
): Unit[] {
  const units: Unit[] = [];
  const table = node(ctx, 'Table');
  const head = node(ctx, 'THead', {}, table);
  const bodyGroup = node(ctx, 'TBody', {}, table);
  if (block.caption) {
    const lines = wrapLines(block.caption, ctx.width, F.caption, ctx.measure, 2);
    const caption = { path: node(ctx, 'Caption', {}, table) };
    units.push(
      unit(
        lines.length * lineHeight(F.caption) + 3,
        (x, y) => tagOps(textLines(lines, x, y, F.caption, INK), caption),
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
    F.tableHead,
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
    const font = row.emphasis ? F.tableStrong : F.tableCell;
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

function figuresUnits(items: { label: string; value: string }[], ctx: Ctx): Unit[] {
  const gap = 10;
  const n = Math.max(1, items.length);
  const boxW = (ctx.width - gap * (n - 1)) / n;
  const inner = boxW - 20;
  const laid = items.map((it) => ({
    label: wrapLines(it.label, inner, F.figureLabel, ctx.measure, 2),
    value: wrapLines(it.value, inner, F.figureValue, ctx.measure, 3),
  }));
  const labelH = Math.max(...laid.map((l) => l.label.length)) * lineHeight(F.figureLabel);
  const valueH = Math.max(...laid.map((l) => l.value.length)) * lineHeight(F.figureValue, 1.2);
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
                ...textLines(l.label, bx + 12, y + 12, F.figureLabel, MUTED),
                ...textLines(
                  l.value,
                  bx + 12,
                  y + 12 + labelH + 4,
                  F.figureValue,
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

function blockUnits(block: Block, ctx: Ctx): Unit[] {
  switch (block.kind) {
    case 'heading':
      return headingUnits(block.text, ctx);
    case 'paragraph':
      return paragraphUnits(
        block.text,
        block.style ?? 'body',
        ctx,
        block.keepWithNext ?? false,
        block.link,
      );
    case 'list': {
      const list = node(ctx, 'L');
      return block.items.flatMap((item) => listItemUnits(item, block.marker, ctx, list));
    }
    case 'table':
      return tableUnits(block, ctx);
    case 'figures':
      return figuresUnits(block.items, ctx);
    case 'gap-chart': {
      const box = gapChartBox(block.chart, ctx.width, ctx.theme, ctx.measure);
      const figure = { path: node(ctx, 'Figure', { alt: block.chart.description }) };
      return [
        unit(box.height, (x, y) => tagOps(box.draw(x, y), figure, true), { spaceBefore: 12 }),
      ];
    }
    case 'cost-chart': {
      const box = costChartBox(block.chart, ctx.width, ctx.theme, ctx.measure);
      const figure = { path: node(ctx, 'Figure', { alt: block.chart.description }) };
      return [
        unit(box.height, (x, y) => tagOps(box.draw(x, y), figure, true), { spaceBefore: 12 }),
      ];
    }
  }
}

/** Lines of an introduction that a heading takes along with what follows it. */
const SHORT_INTRO_LINES = 6;

/**
 * The units of every section. A heading keeps with what follows it: with a short introduction,
 * that is the introduction and the start of the block after it (a chart, a table), so a
 * heading never ends a page with its introduction while its chart starts the next.
 */
export function reportUnits(model: ReportModel, ctx: Ctx): Unit[] {
  return model.sections.flatMap((s) => {
    let afterHeading = true;
    ctx.parent = [];
    ctx.parent = node(ctx, 'Sect');
    const units = sectionTitleUnits(s.title, ctx);
    s.blocks.forEach((b, i) => {
      let laid = blockUnits(b, ctx);
      const next = s.blocks[i + 1];
      if (afterHeading && b.kind === 'paragraph' && next && laid.length <= SHORT_INTRO_LINES) {
        laid = laid.map((u, j) => (j === laid.length - 1 ? { ...u, keepWithNext: true } : u));
      }
      afterHeading = b.kind === 'heading';
      units.push(...laid);
    });
    return units;
  });
}

const COVER = {
  preparedBy: { style: 'normal', size: 11 } as Font,
  title: { style: 'bold', size: 28 } as Font,
  for: { style: 'normal', size: 10 } as Font,
  company: { style: 'bold', size: 22 } as Font,
  date: { style: 'normal', size: 11 } as Font,
  hlLabel: { style: 'normal', size: 9 } as Font,
  hlValue: { style: 'bold', size: 13 } as Font,
  contact: { style: 'bold', size: 10.5 } as Font,
};

/** The cover: brand band with the title, the prospect's name (at most three lines), key facts. */
export function coverPage(model: ReportModel, ctx: Ctx): DrawOp[] {
  const { g, theme, measure, width } = ctx;
  ctx.parent = [];
  const p = () => ({ path: node(ctx, 'P') });
  const x = g.margin.left;
  const title = wrapLines(model.cover.title, width, COVER.title, measure, 3);
  const band = 88 + title.length * lineHeight(COVER.title, 1.15) + 44;
  const ops: DrawOp[] = [
    { op: 'rect', x: 0, y: 0, w: g.width, h: band, fill: theme.band, stroke: null },
  ];
  const prepared = fitToWidth(
    `Prepared by ${model.cover.preparedBy}`,
    width,
    COVER.preparedBy,
    measure,
  );
  ops.push(...tagOps(textLines([prepared], x, 64, COVER.preparedBy, theme.onBrand), p()));
  ops.push(
    ...tagOps(textLines(title, x, 88, COVER.title, theme.onBrand, 'left', 1.15), {
      path: node(ctx, 'H1'),
    }),
  );

  let y = band + 44;
  // "Prepared for", the company and the date read as one paragraph.
  const preparedFor = p();
  ops.push(...tagOps(textLines(['Prepared for'], x, y, COVER.for, MUTED), preparedFor));
  y += lineHeight(COVER.for) + 2;
  const company = wrapLines(model.cover.company, width, COVER.company, measure, 3);
  ops.push(...tagOps(textLines(company, x, y, COVER.company, INK, 'left', 1.2), preparedFor));
  y += company.length * lineHeight(COVER.company, 1.2) + 6;
  ops.push(...tagOps(textLines([model.cover.dateLabel], x, y, COVER.date, MUTED), preparedFor));
  y += lineHeight(COVER.date) + 28;

  for (const hl of model.cover.highlights) {
    const value = wrapLines(hl.value, width - 16, COVER.hlValue, measure, 2);
    const h = lineHeight(COVER.hlLabel) + value.length * lineHeight(COVER.hlValue, 1.2) + 4;
    ops.push({ op: 'rect', x, y, w: 3, h, fill: theme.brand, stroke: null });
    // Each highlight reads as one paragraph: its label next to its value.
    const highlight = p();
    ops.push(...tagOps(textLines([hl.label], x + 14, y, COVER.hlLabel, MUTED), highlight));
    ops.push(
      ...tagOps(
        textLines(
          value,
          x + 14,
          y + lineHeight(COVER.hlLabel) + 2,
          COVER.hlValue,
          INK,
          'left',
          1.2,
        ),
        highlight,
      ),
    );
    y += h + 16;
  }
  const contact = wrapLines(model.cover.contact, width, COVER.contact, measure, 2);
  const contactY = Math.max(
    y + 8,
    g.height - g.margin.bottom - contact.length * lineHeight(COVER.contact) - 8,
  );
  ops.push({
    op: 'path',
    points: [
      [x, contactY - 10],
      [x + width, contactY - 10],
    ],
    color: RULE,
    width: 0.5,
  });
  ops.push(
    ...tagOps(textLines(contact, x, contactY, COVER.contact, theme.brandText), {
      path: node(ctx, 'P'),
      link: model.cover.contactUrl,
    }),
  );
  return ops;
}

/** Header and footer of one page; the cover gets only the footer. */
export function pageFurniture(model: ReportModel, ctx: Ctx, page: number, pages: number): DrawOp[] {
  const { g, theme, measure, width } = ctx;
  const left = g.margin.left;
  const right = g.width - g.margin.right;
  const ops: DrawOp[] = [];
  if (page > 1) {
    const brand = fitToWidth(model.brand.name, width * 0.45, F.headerBrand, measure);
    const company = fitToWidth(model.companyName, width * 0.5, F.header, measure);
    ops.push({
      op: 'text',
      x: left,
      y: 40,
      text: brand,
      font: F.headerBrand,
      color: theme.brandText,
      align: 'left',
    });
    ops.push({
      op: 'text',
      x: right,
      y: 40,
      text: company,
      font: F.header,
      color: MUTED,
      align: 'right',
    });
    ops.push({
      op: 'path',
      points: [
        [left, 48],
        [right, 48],
      ],
      color: RULE,
      width: 0.5,
    });
  }
  const fy = g.height - 42;
  ops.push({
    op: 'path',
    points: [
      [left, fy - 10],
      [right, fy - 10],
    ],
    color: RULE,
    width: 0.5,
  });
  const pageLabel = `Page ${page} of ${pages}`;
  const labelW = measure.width(pageLabel, F.footer) + 16;
  const title = fitToWidth(
    `${model.title} · ${model.dateLabel}`,
    width - labelW,
    F.footer,
    measure,
  );
  ops.push({
    op: 'text',
    x: left,
    y: fy,
    text: title,
    font: F.footer,
    color: MUTED,
    align: 'left',
  });
  ops.push({
    op: 'text',
    x: left,
    y: fy + 11,
    text: fitToWidth(model.footerNote, width - labelW, F.footer, measure),
    font: F.footer,
    color: MUTED,
    align: 'left',
  });
  ops.push({
    op: 'text',
    x: right,
    y: fy,
    text: pageLabel,
    font: F.footer,
    color: MUTED,
    align: 'right',
  });
  return ops;
}

/** Where each unit of the report's body lands (for tests of the page breaks). */
export function placeReport(
  model: ReportModel,
  g: PageGeometry,
  measure: TextMeasurer,
): Placement[] {
  const ctx = newCtx(model, g, measure);
  return placeUnits(reportUnits(model, ctx), g);
}

/** Every page of the report as drawing operations, cover first, furniture included. */
export function layoutReport(
  model: ReportModel,
  g: PageGeometry,
  measure: TextMeasurer,
): DrawOp[][] {
  const ctx = newCtx(model, g, measure);
  const body = paginate(reportUnits(model, ctx), g).filter((ops) => ops.length > 0);
  const pages = [coverPage(model, ctx), ...body];
  return pages.map((ops, i) => [...ops, ...pageFurniture(model, ctx, i + 1, pages.length)]);
}
