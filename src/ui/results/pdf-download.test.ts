import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadPdf, localIsoDate, releaseLater } from './pdf-download';

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
