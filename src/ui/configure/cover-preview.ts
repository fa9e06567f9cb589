/**
 * The PDF's cover page for the configurator's preview: the report's own cover layout (the same
 * model, theme and drawing operations the PDF is made from), measured with the browser's
 * Helvetica or its stand-in and drawn as SVG shapes, so no jsPDF is loaded while typing.
 */
import { coverPage } from '../../report/cover-page';
import { geometryFor, type DrawOp, type Font, type TextMeasurer } from '../../report/layout';
import { newLayoutContext } from '../../report/layout-context';
import { buildReportModel } from '../../report/report-model';
import { paperSizeFor } from '../../core/locale-format';
import type { AssessmentResult, Config } from '../../core/types';
import { SAMPLE_COMPANY } from './sample-prospect';

/** One shape of the cover, ready for an SVG element. */
export type CoverShape =
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold: boolean;
      fill: string;
      anchor: 'start' | 'end' | 'middle';
    }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke: string }
  | { kind: 'line'; points: string; stroke: string; width: number };

export interface CoverDrawing {
  width: number;
  height: number;
  shapes: CoverShape[];
  /** The cover's words in reading order, for those who cannot see the drawing. */
  text: string[];
}

const hex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const ANCHOR = { left: 'start', right: 'end', center: 'middle' } as const;

/** Text measured on a canvas in Helvetica (Arial where it is missing), as the PDF's fonts. */
export function canvasMeasurer(context: CanvasRenderingContext2D): TextMeasurer {
  const width = (text: string, font: Font) => {
    context.font = `${font.style === 'bold' ? 'bold ' : ''}${font.size}px Helvetica, Arial, sans-serif`;
    return context.measureText(text).width;
  };
  return {
    width,
    split(text, maxWidth, font) {
      const lines: string[] = [];
      for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(' ')) {
          const next = line ? `${line} ${word}` : word;
          if (line && width(next, font) > maxWidth) {
            lines.push(line);
            line = word;
          } else line = next;
        }
        lines.push(line);
      }
      return lines;
    },
  };
}

function shapeOf(op: DrawOp): CoverShape {
  switch (op.op) {
    case 'text':
      return {
        kind: 'text',
        x: op.x,
        y: op.y,
        text: op.text,
        size: op.font.size,
        bold: op.font.style === 'bold',
        fill: hex(op.color),
        anchor: ANCHOR[op.align],
      };
    case 'rect':
      return {
        kind: 'rect',
        x: op.x,
        y: op.y,
        w: op.w,
        h: op.h,
        fill: op.fill ? hex(op.fill) : 'none',
        stroke: op.stroke ? hex(op.stroke) : 'none',
      };
    case 'path':
      return {
        kind: 'line',
        points: op.points.map(([x, y]) => `${x},${y}`).join(' '),
        stroke: hex(op.color),
        width: op.width,
      };
  }
}

/** The cover of the sample prospect's report under `config`, on the locale's paper. */
export function coverDrawing(
  config: Config,
  result: AssessmentResult,
  measure: TextMeasurer,
  date: string,
): CoverDrawing {
  const model = buildReportModel({
    result,
    config,
    source: 'configured',
    companyName: SAMPLE_COMPANY,
    date,
  });
  const g = geometryFor(paperSizeFor(config.locale));
  const ops = coverPage(model, newLayoutContext(model, g, measure));
  return {
    width: g.width,
    height: g.height,
    shapes: ops.map(shapeOf),
    text: ops.flatMap((op) => (op.op === 'text' ? [op.text] : [])),
  };
}
