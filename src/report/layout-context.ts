/**
 * What the report's layout shares: its fonts and the context each block is laid out in (page
 * geometry, brand theme, the text measurer, and the structure tree the blocks are tagged into).
 */
import { themeFor, type Theme } from './colors';
import {
  contentWidth,
  type Font,
  type PageGeometry,
  type StructNode,
  type StructRole,
  type TextMeasurer,
} from './layout';
import type { ReportModel } from './report-types';

/** The report's type scale: every font the body, tables, header and footer use. */
export const FONT = {
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

/** What laying out a block needs: the page, the theme, the measurer and where it is tagged. */
export interface LayoutContext {
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
export function node(
  ctx: LayoutContext,
  role: StructRole,
  extra: Partial<StructNode> = {},
  under: readonly StructNode[] = ctx.parent,
): StructNode[] {
  ctx.count.n += 1;
  return [...under, { id: `${role.toLowerCase()}${ctx.count.n}`, role, ...extra }];
}

/** A fresh context for one report, at the top of the structure tree. */
export function newLayoutContext(
  model: ReportModel,
  g: PageGeometry,
  measure: TextMeasurer,
): LayoutContext {
  return {
    g,
    width: contentWidth(g),
    theme: themeFor(model.brand),
    measure,
    parent: [],
    count: { n: 0 },
  };
}
