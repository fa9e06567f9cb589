import type { Page } from '@playwright/test';

/** One Tab stop whose focused element was partly or wholly under a sticky bar. */
export interface Obscured {
  element: string;
  /** Share of the element's box under the bar (1 = wholly hidden, a 2.4.11 failure). */
  covered: number;
}

/**
 * Presses Tab `stops` times and, after each, measures the focused element against every sticky
 * or fixed element on the page that does not contain it (WCAG 2.4.11 Focus Not Obscured).
 * Returns the stops at which any part of the focused element was covered.
 */
export async function tabAndMeasure(page: Page, stops: number): Promise<Obscured[]> {
  const found: Obscured[] = [];
  // The sticky and fixed elements, found once (walking every element's style at each of a
  // hundred stops is slow on a loaded machine).
  await page.evaluate(() => {
    (window as unknown as { __bars: Element[] }).__bars = [
      ...document.querySelectorAll('body *'),
    ].filter((b) => ['sticky', 'fixed'].includes(getComputedStyle(b).position));
  });
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    // The page may move the focused element into view on the next frame.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const hit = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      const area = box.width * box.height;
      if (area === 0) return null;
      const bars = (window as unknown as { __bars: Element[] }).__bars.filter(
        (b) => b.isConnected && !b.contains(el),
      );
      let covered = 0;
      for (const bar of bars) {
        const r = bar.getBoundingClientRect();
        const w = Math.min(box.right, r.right) - Math.max(box.left, r.left);
        const h = Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top);
        if (w > 0.5 && h > 0.5) covered = Math.max(covered, (w * h) / area);
      }
      const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      return covered > 0 ? { element: name, covered } : null;
    });
    if (hit) found.push(hit);
  }
  return found;
}
