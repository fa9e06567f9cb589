/** The report's cover: the brand band with the title, who it is for, key facts, the contact. */
import { INK, MUTED, RULE, WARNING } from './colors';
import {
  fitToWidth,
  lineHeight,
  tagOps,
  textLines,
  wrapLines,
  type DrawOp,
  type Font,
} from './layout';
import { node, type LayoutContext } from './layout-context';
import type { ReportModel } from './report-types';

const COVER = {
  preparedBy: { style: 'normal', size: 11 } as Font,
  title: { style: 'bold', size: 28 } as Font,
  for: { style: 'normal', size: 10 } as Font,
  company: { style: 'bold', size: 22 } as Font,
  date: { style: 'normal', size: 11 } as Font,
  hlLabel: { style: 'normal', size: 9 } as Font,
  hlValue: { style: 'bold', size: 13 } as Font,
  contact: { style: 'bold', size: 10.5 } as Font,
  demo: { style: 'bold', size: 11 } as Font,
};

/** The cover: brand band with the title, the prospect's name (at most three lines), key facts. */
export function coverPage(model: ReportModel, ctx: LayoutContext): DrawOp[] {
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

  // A report from the unconfigured demo says so before any price: no one mistakes it for an offer.
  if (model.cover.demoNote) {
    const note = wrapLines(model.cover.demoNote, width, COVER.demo, measure, 2);
    ops.push(...tagOps(textLines(note, x, y, COVER.demo, WARNING), p()));
    y += note.length * lineHeight(COVER.demo) + 20;
  }

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
