/**
 * Text blocks laid out as units: paragraphs (one unit a line, no orphan or widow), headings,
 * section titles and list items, each tagged into the structure tree.
 */
import { INK, MUTED, WARNING, type Rgb, type Theme } from './colors';
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
import type { ListItem, TextStyle } from './report-types';

const STYLE_FONT: Record<TextStyle, Font> = {
  body: FONT.body,
  lead: FONT.lead,
  headline: FONT.headline,
  strong: FONT.strong,
  muted: FONT.muted,
  small: FONT.small,
};

function styleColor(style: TextStyle, theme: Theme): Rgb {
  if (style === 'headline') return theme.brandText;
  return style === 'muted' || style === 'small' ? MUTED : INK;
}

/**
 * One unit per line, so long text can run over a page; the first two and the last two lines
 * stay together (no single orphan or widow line).
 */
export function lineUnits(
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

export function paragraphUnits(
  text: string,
  style: TextStyle,
  ctx: LayoutContext,
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

export function headingUnits(text: string, ctx: LayoutContext): Unit[] {
  const lines = wrapLines(text, ctx.width, FONT.heading, ctx.measure, 3);
  const h = lines.length * lineHeight(FONT.heading, 1.25);
  const tag = { path: node(ctx, 'H3') };
  return [
    unit(h, (x, y) => tagOps(textLines(lines, x, y, FONT.heading, INK, 'left', 1.25), tag), {
      spaceBefore: 18,
      keepWithNext: true,
    }),
  ];
}

export function sectionTitleUnits(text: string, ctx: LayoutContext): Unit[] {
  const lines = wrapLines(text, ctx.width, FONT.sectionTitle, ctx.measure, 2);
  const lh = lineHeight(FONT.sectionTitle, 1.2);
  const h = lines.length * lh + 12;
  const tag = { path: node(ctx, 'H2') };
  return [
    unit(
      h,
      (x, y, w) => [
        ...tagOps(textLines(lines, x, y, FONT.sectionTitle, ctx.theme.brandText, 'left', 1.2), tag),
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

export function listItemUnits(
  item: ListItem,
  marker: 'bullet' | 'warning',
  ctx: LayoutContext,
  list: readonly StructNode[],
): Unit[] {
  const w = ctx.width - MARKER_W;
  const li = node(ctx, 'LI', {}, list);
  const lbl = { path: node(ctx, 'Lbl', {}, li) };
  const body = node(ctx, 'LBody', {}, li);
  const textLinesOf = ctx.measure.split(item.text, w, FONT.body);
  const noteLines = item.note ? ctx.measure.split(item.note, w, FONT.note) : [];
  const textH = textLinesOf.length * lineHeight(FONT.body);
  const noteH = noteLines.length * lineHeight(FONT.note, 1.3);
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
          font: FONT.body,
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
              ...textLines(textLinesOf, x + MARKER_W, y, FONT.body, INK),
              ...textLines(noteLines, x + MARKER_W, y + textH + 1, FONT.note, MUTED, 'left', 1.3),
            ],
            { path: body },
          ),
        ],
        { spaceBefore: 7 },
      ),
    ];
  }
  const [first, ...rest] = lineUnits(textLinesOf, FONT.body, INK, {
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
    ...lineUnits(noteLines, FONT.note, MUTED, { indent: MARKER_W, factor: 1.3, path: body }),
  ];
}
