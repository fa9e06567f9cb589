import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../core/demo-config';
import { coverPage } from '../../report/cover-page';
import { fakeMeasurer } from '../../report/fake-measurer';
import { geometryFor } from '../../report/layout';
import { newLayoutContext } from '../../report/layout-context';
import { buildReportModel } from '../../report/report-model';
import { coverDrawing } from './cover-preview';
import { SAMPLE_COMPANY, sampleResult } from './sample-prospect';

const msp = {
  ...demoConfig,
  brand: { ...demoConfig.brand, name: 'Harbor Point IT', primaryColor: '#facc15' },
  contact: { label: 'Book a call', url: 'https://harborpoint.example/book' },
  locale: 'en-GB',
  currency: 'GBP',
};

describe('coverDrawing', () => {
  const result = sampleResult(msp);
  const drawing = coverDrawing(msp, result, fakeMeasurer, '2026-12-06');

  it('is the report’s own cover: the same operations, as shapes', () => {
    const model = buildReportModel({
      result,
      config: msp,
      source: 'configured',
      companyName: SAMPLE_COMPANY,
      date: '2026-12-06',
    });
    const ops = coverPage(model, newLayoutContext(model, geometryFor('a4'), fakeMeasurer));
    expect(drawing.shapes).toHaveLength(ops.length);
    expect(drawing.text).toEqual(ops.flatMap((op) => (op.op === 'text' ? [op.text] : [])));
  });

  it('shows the MSP, its call to action and its prices, on the locale’s paper', () => {
    expect(drawing.width).toBeCloseTo(595.28);
    expect(drawing.text).toContain('Prepared by Harbor Point IT');
    expect(drawing.text.join(' ')).toContain('Book a call: https://harborpoint.example/book');
    expect(drawing.text.join(' ')).toContain('£');
  });

  it('draws the band in the colour as configured, and text on it that reads', () => {
    const band = drawing.shapes[0];
    expect(band).toMatchObject({ kind: 'rect', x: 0, y: 0, fill: '#facc15' });
    const prepared = drawing.shapes.find((s) => s.kind === 'text' && s.text.startsWith('Prepared'));
    // Yellow takes black text (brandPalette's onFill), never white.
    expect(prepared).toMatchObject({ fill: '#000000' });
  });
});
