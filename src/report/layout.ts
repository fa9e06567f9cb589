/**
 * Page layout as data. Blocks become units of fixed height; `paginate` places them on pages so
 * that no unit is cut (a table row stays whole), a heading never ends a page, and a table that
 * runs on repeats its header. The result is a list of drawing operations per page, which the
 * jsPDF renderer replays; nothing here touches jsPDF, so it is tested with a fake measurer.
 */
import type { Rgb } from './colors';

/** Helvetica's three faces used by the report. */
export type FontStyle = 'normal' | 'bold' | 'italic';

export interface Font {
  style: FontStyle;
  /** Size in points. */
  size: number;
}

/** The standard structure types the report uses (PDF 1.7, 14.8.4). */
export type StructRole =
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'Caption'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

/** One structure element: an id unique in the document, its type, and what it needs. */
export interface StructNode {
  id: string;
  role: StructRole;
  /** A figure's alternative text. */
  alt?: string;
  /** A header cell's scope. */
  scope?: 'Column' | 'Row';
}

/**
 * Where an operation belongs in the document's structure: the path of elements from the top
 * down to the one whose content it is. Operations without one are artifacts (rules, panels,
 * the running header and footer).
 */
export interface StructTag {
  path: readonly StructNode[];
  /** A live link over this text (the contact's e-mail or web address). */
  link?: string;
}

export type DrawOp = (
  | {
      op: 'text';
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      font: Font;
      color: Rgb;
      align: 'left' | 'right' | 'center';
    }
  | {
      op: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: Rgb | null;
      stroke: Rgb | null;
      lineWidth?: number;
    }
  | {
      op: 'path';
      points: readonly (readonly [number, number])[];
      color: Rgb;
      width: number;
      dash?: readonly number[];
    }
) & { tag?: StructTag };

/** The operations with `tag` on each that has none (text only, unless `all`). */
export function tagOps(ops: readonly DrawOp[], tag: StructTag, all = false): DrawOp[] {
  return ops.map((op) => (op.tag || (!all && op.op !== 'text') ? op : { ...op, tag }));
}

/** The operations as artifacts: a table header repeated on a new page, say. */
export function untagged(ops: readonly DrawOp[]): DrawOp[] {
  return ops.map((op) => {
    if (!op.tag) return op;
    const { tag: _tag, ...rest } = op;
    return rest as DrawOp;
  });
}

/** Text measuring, backed by jsPDF's font metrics in the renderer and by a fake in tests. */
export interface TextMeasurer {
  /** Width of one line of text in points. */
  width(text: string, font: Font): number;
  /** Wraps text (honouring line breaks) into lines no wider than maxWidth. */
  split(text: string, maxWidth: number, font: Font): string[];
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Paper sizes in points (1/72 inch). */
export const PAPER = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;

export type PaperSize = keyof typeof PAPER;

/** The report's page: 0.75-inch side margins, room for a header and a footer. */
export function geometryFor(paper: PaperSize): PageGeometry {
  return { ...PAPER[paper], margin: { top: 72, right: 54, bottom: 68, left: 54 } };
}

export function contentWidth(g: PageGeometry): number {
  return g.width - g.margin.left - g.margin.right;
}

export function bodyHeight(g: PageGeometry): number {
  return g.height - g.margin.top - g.margin.bottom;
}

/** One unbreakable piece of a page: a line, a table row, a chart. */
export interface Unit {
  height: number;
  /** Space above the unit, dropped at the top of a page. */
  spaceBefore: number;
  /** Must share a page with the unit after it (headings, captions, table headers). */
  keepWithNext: boolean;
  /**
   * Starts a section: on a new page when the current one is already more than
   * SECTION_FLOW_LIMIT full, else after a SECTION_GAP on the same page (no near-empty pages).
   */
  breakBefore: boolean;
  /**
   * A keep that gives way when honouring it would leave more than MAX_BLANK of a page empty
   * (the rows of a short table, which would rather split than move whole).
   */
  softKeep?: boolean;
  /** For table rows: the header row to repeat when the table continues on a new page. */
  repeatHeader?: Unit;
  /** Draws the unit with its top-left corner at (x, y), `width` wide. */
  draw(x: number, y: number, width: number): DrawOp[];
}

/** Share of a page in use above which a new section starts on the next page. */
export const SECTION_FLOW_LIMIT = 0.6;
/** The most of a page left blank so that a table can move to the next page whole. */
export const MAX_BLANK = 1 / 3;
/** Space above a section that continues on a page already in use. */
export const SECTION_GAP = 28;

/** A unit with defaults for the optional fields. */
export function unit(
  height: number,
  draw: Unit['draw'],
  opts: Partial<Omit<Unit, 'height' | 'draw'>> = {},
): Unit {
  return {
    height,
    draw,
    spaceBefore: opts.spaceBefore ?? 0,
    keepWithNext: opts.keepWithNext ?? false,
    breakBefore: opts.breakBefore ?? false,
    ...(opts.softKeep ? { softKeep: true } : {}),
    ...(opts.repeatHeader ? { repeatHeader: opts.repeatHeader } : {}),
  };
}

/** How far a chain of units kept together runs from `i`: the index of its last unit. */
function chainEnd(units: readonly Unit[], i: number, hardOnly: boolean): number {
  let j = i;
  while (
    units[j]?.keepWithNext &&
    !(hardOnly && units[j]?.softKeep) &&
    j + 1 < units.length &&
    !units[j + 1]?.breakBefore
  ) {
    j += 1;
  }
  return j;
}

/** Height from unit `i` to unit `end`, with the space between them. */
function spanHeight(units: readonly Unit[], i: number, end: number): number {
  let total = units[i]?.height ?? 0;
  for (let j = i + 1; j <= end; j++)
    total += (units[j]?.spaceBefore ?? 0) + (units[j]?.height ?? 0);
  return total;
}

/** Where a unit landed: its page (0-based among body pages) and the top of its box. */
export interface Placement {
  unit: Unit;
  page: number;
  y: number;
  /** A table header repeated at the top of a page: drawn, but not content a second time. */
  repeat?: boolean;
}

/**
 * Places units on pages. A unit moves to a new page when it does not fit; a unit that keeps
 * with the next moves along with it (when the pair fits on an empty page at all); a table row
 * that starts a page brings its header. A soft keep (a short table's rows) gives way rather
 * than leave more than MAX_BLANK of a page empty: the table then splits, header repeated.
 */
export function placeUnits(units: readonly Unit[], g: PageGeometry): Placement[] {
  const top = g.margin.top;
  const bottom = g.height - g.margin.bottom;
  const body = bottom - top;
  const placed: Placement[] = [];
  let page = 0;
  let y = top;
  let empty = true;

  const newPage = () => {
    page += 1;
    y = top;
    empty = true;
  };
  const place = (u: Unit, repeat = false) => {
    if (!empty) y += u.spaceBefore;
    placed.push({ unit: u, page, y, ...(repeat ? { repeat } : {}) });
    y += u.height;
    empty = false;
  };
  /** The chain from `i` fits a fresh page (with a repeated table header). */
  const fitsAPage = (i: number, end: number) =>
    spanHeight(units, i, end) + (units[i]?.repeatHeader?.height ?? 0) <= body;

  // The last unit of a chain already found to fit on this page: the units up to it follow
  // without a second look (else the rest of a chain could move on alone).
  let settled = -1;
  units.forEach((u, i) => {
    if (u.breakBefore && !empty) {
      if (y - top > body * SECTION_FLOW_LIMIT) newPage();
      else y += SECTION_GAP;
    }
    if (!empty && i <= settled && u.spaceBefore + u.height <= bottom - y) {
      place(u);
      return;
    }
    if (!empty) {
      const room = bottom - (y + u.spaceBefore);
      let end = chainEnd(units, i, false);
      // Moving the whole chain would leave too much of this page blank: keep only what must
      // stay together (a header with its first rows, the last two rows).
      if (spanHeight(units, i, end) > room && room > body * MAX_BLANK)
        end = chainEnd(units, i, true);
      // A chain taller than a page cannot move whole: then at least the unit and the one it
      // keeps with (a heading and its first line) stay together.
      if (!fitsAPage(i, end)) end = u.keepWithNext ? Math.min(i + 1, units.length - 1) : i;
      if (spanHeight(units, i, end) > room && fitsAPage(i, end)) newPage();
      else if (u.height > room) newPage();
      settled = end;
    } else settled = chainEnd(units, i, false);
    if (empty && u.repeatHeader) place(u.repeatHeader, true);
    place(u);
  });
  return placed;
}

/** Each page's drawing operations, from the placed units. */
export function paginate(units: readonly Unit[], g: PageGeometry): DrawOp[][] {
  const pages: DrawOp[][] = [[]];
  const width = contentWidth(g);
  for (const { unit: u, page, y, repeat } of placeUnits(units, g)) {
    while (pages.length <= page) pages.push([]);
    const ops = u.draw(g.margin.left, y, width);
    pages[page]?.push(...(repeat ? untagged(ops) : ops));
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

/** Line height for a font size: 1.35 for body text. */
export function lineHeight(font: Font, factor = 1.35): number {
  return font.size * factor;
}

/** Baseline offset of a line inside its line box (Helvetica ascends about 0.72 em). */
export function baselineOffset(font: Font, factor = 1.35): number {
  return (lineHeight(font, factor) - font.size) / 2 + font.size * 0.78;
}

/** Text shortened with "…" until it fits maxWidth (whole text when it already fits). */
export function fitToWidth(
  text: string,
  maxWidth: number,
  font: Font,
  measure: TextMeasurer,
): string {
  if (measure.width(text, font) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = `${chars.slice(0, mid).join('').trimEnd()}…`;
    if (measure.width(candidate, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Wraps text into at most maxLines lines; the last kept line ends with "…" if text was cut. */
export function wrapLines(
  text: string,
  maxWidth: number,
  font: Font,
  measure: TextMeasurer,
  maxLines = Infinity,
): string[] {
  const lines = measure.split(text, maxWidth, font);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = fitToWidth(`${kept[last] ?? ''}…`, maxWidth, font, measure);
  return kept;
}

/** Text operations for wrapped lines, the first line box starting at y. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  font: Font,
  color: Rgb,
  align: 'left' | 'right' | 'center' = 'left',
  factor = 1.35,
): DrawOp[] {
  const lh = lineHeight(font, factor);
  const base = baselineOffset(font, factor);
  return lines.map((text, i) => ({
    op: 'text' as const,
    x,
    y: y + i * lh + base,
    text,
    font,
    color,
    align,
  }));
}
