import { afterEach, describe, expect, it, vi } from 'vitest';
import { assumptionsFor, defaultAssumptions } from '../../core/assumptions';
import { demoConfig } from '../../core/config';
import type { OpenAssessment } from '../../flow/flow-types';
import { assumptionsUsed, downloadPdf, localIsoDate, releaseLater } from './pdf-download';

/** Just enough of a document for downloadPdf: an <a> that records its click. */
function fakeDocument(click: () => void) {
  const link = { href: '', download: '', rel: '', style: { display: '' }, click, remove: vi.fn() };
  const doc = { createElement: vi.fn(() => link), body: { append: vi.fn() } };
  return { doc: doc as unknown as Document, link };
}

afterEach(() => vi.restoreAllMocks());

describe('downloadPdf', () => {
  it('clicks a temporary download link for a PDF blob and removes it', async () => {
    const { doc, link } = fakeDocument(vi.fn());
    const outcome = downloadPdf(new Uint8Array([37, 80, 68, 70]), 'Acme-readiness.pdf', doc);
    expect(outcome.clicked).toBe(true);
    expect(link.download).toBe('Acme-readiness.pdf');
    expect(link.href).toBe(outcome.url);
    expect(outcome.url).toMatch(/^blob:/);
    expect(link.remove).toHaveBeenCalled();
    const blob = await (await fetch(outcome.url)).blob();
    expect(blob.type).toBe('application/pdf');
    outcome.release();
  });

  it('reports a refused click and still offers the blob URL', () => {
    const { doc } = fakeDocument(() => {
      throw new Error('Download is disallowed');
    });
    const outcome = downloadPdf(new Uint8Array([1]), 'x.pdf', doc);
    expect(outcome.clicked).toBe(false);
    expect(outcome.url).toMatch(/^blob:/);
    outcome.release();
  });

  it('revokes the URL once, later, and tells the caller to hide the link', () => {
    vi.useFakeTimers();
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const outcome = downloadPdf(new Uint8Array([1]), 'x.pdf', fakeDocument(vi.fn()).doc);
    const hidden = vi.fn();
    releaseLater(outcome, hidden, 1_000);
    vi.advanceTimersByTime(999);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith(outcome.url);
    expect(hidden).toHaveBeenCalled();
    outcome.release();
    expect(revoke).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

describe('localIsoDate', () => {
  it('uses the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('assumptionsUsed', () => {
  const open = (assumptions: OpenAssessment['assumptions']): OpenAssessment => ({
    id: 'a',
    companyName: 'Acme',
    createdAt: '2026-11-23T00:00:00Z',
    answers: { employees: 10 },
    notes: {},
    assumptions,
    scenario: null,
    cursor: null,
  });

  it('takes saved edits that pass, as the results page does', () => {
    const edited = { ...defaultAssumptions, horizonMonths: 60 as const };
    expect(assumptionsUsed(open(edited), demoConfig)).toEqual(edited);
  });

  it('falls back to the defaults for saved edits that no longer pass', () => {
    const bad = { ...defaultAssumptions, benefitsLoad: 99 };
    expect(assumptionsUsed(open(bad), demoConfig)).toEqual(assumptionsFor(10, demoConfig));
    expect(assumptionsUsed(open(null), demoConfig)).toEqual(assumptionsFor(10, demoConfig));
  });
});
