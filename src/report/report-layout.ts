/**
 * Lays the report model out on pages: a cover, then each section from a new page, with a
 * header (brand, company) and a footer ("Page n of m") on every page. Pure: the measurer is
 * passed in, so the same layout is tested without jsPDF.
 */
import { costChartBox, gapChartBox } from './chart-layout';
import { MUTED, RULE } from './colors';
import { coverPage } from './cover-page';
import {
  fitToWidth,
  paginate,
  placeUnits,
  tagOps,
  unit,
  type DrawOp,
  type PageGeometry,
  type Placement,
  type TextMeasurer,
  type Unit,
} from './layout';
import { FONT, newLayoutContext, node, type LayoutContext } from './layout-context';
import type { Block, ReportModel } from './report-types';
import { tableUnits, figuresUnits } from './table-blocks';
import { headingUnits, listItemUnits, paragraphUnits, sectionTitleUnits } from './text-blocks';

function blockUnits(block: Block, ctx: LayoutContext): Unit[] {
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
export function reportUnits(model: ReportModel, ctx: LayoutContext): Unit[] {
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

/** Header and footer of one page; the cover gets only the footer. */
export function pageFurniture(
  model: ReportModel,
  ctx: LayoutContext,
  page: number,
  pages: number,
): DrawOp[] {
  const { g, theme, measure, width } = ctx;
  const left = g.margin.left;
  const right = g.width - g.margin.right;
  const ops: DrawOp[] = [];
  if (page > 1) {
    const brand = fitToWidth(model.brand.name, width * 0.45, FONT.headerBrand, measure);
    const company = fitToWidth(model.companyName, width * 0.5, FONT.header, measure);
    ops.push({
      op: 'text',
      x: left,
      y: 40,
      text: brand,
      font: FONT.headerBrand,
      color: theme.brandText,
      align: 'left',
    });
    ops.push({
      op: 'text',
      x: right,
      y: 40,
      text: company,
      font: FONT.header,
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
  const labelW = measure.width(pageLabel, FONT.footer) + 16;
  const title = fitToWidth(
    `${model.title} · ${model.dateLabel}`,
    width - labelW,
    FONT.footer,
    measure,
  );
  ops.push({
    op: 'text',
    x: left,
    y: fy,
    text: title,
    font: FONT.footer,
    color: MUTED,
    align: 'left',
  });
  ops.push({
    op: 'text',
    x: left,
    y: fy + 11,
    text: fitToWidth(model.footerNote, width - labelW, FONT.footer, measure),
    font: FONT.footer,
    color: MUTED,
    align: 'left',
  });
  ops.push({
    op: 'text',
    x: right,
    y: fy,
    text: pageLabel,
    font: FONT.footer,
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
  const ctx = newLayoutContext(model, g, measure);
  return placeUnits(reportUnits(model, ctx), g);
}

/** Every page of the report as drawing operations, cover first, furniture included. */
export function layoutReport(
  model: ReportModel,
  g: PageGeometry,
  measure: TextMeasurer,
): DrawOp[][] {
  const ctx = newLayoutContext(model, g, measure);
  const body = paginate(reportUnits(model, ctx), g).filter((ops) => ops.length > 0);
  const pages = [coverPage(model, ctx), ...body];
  return pages.map((ops, i) => [...ops, ...pageFurniture(model, ctx, i + 1, pages.length)]);
}
