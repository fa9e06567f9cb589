import { expect, test, type Frame, type Page } from '@playwright/test';
import { HOST, FRAME_TITLE, h1, start, widgetFrame } from './fixtures/frame-journey';

// Light brand colours (the yellow among them) and dark ones.
const COLOURS = ['#facc15', '#fde047', '#a3e635', '#ffffff', '#111827', '#1d4ed8', '#7c2d12'];

interface Pair {
  what: string;
  ratio: number;
  min: number;
}

/** Opens the host page with the widget in `colour`, answers the first question, picks a choice. */
async function openQuestion(page: Page, colour: string): Promise<Frame> {
  const hex = colour.slice(1);
  await page.goto(`${HOST}/host.html?key=contrast&primary=${hex}&accent=${hex}`);
  const scope = widgetFrame(page);
  await start(scope, 'Contrast Co');
  await scope.getByRole('textbox', { name: /^Number/ }).fill('40');
  await page.keyboard.press('Enter');
  await expect(h1(scope)).not.toContainText('How many people');
  await scope.locator('fieldset label').first().click();
  await scope.getByText('Why we ask').click();
  const frame = page.frames().find((f) => f.name() !== '' || f.url().includes('frame'));
  const el = await page.locator(`iframe[title="${FRAME_TITLE}"]`).elementHandle();
  return (await el!.contentFrame()) ?? frame!;
}

/** Contrast of every text and of the brand's lines against what they sit on, in the frame. */
function measure(frame: Frame): Promise<Pair[]> {
  return frame.evaluate(() => {
    const parse = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      const [r = 0, g = 0, b = 0, a = 1] = (m?.[1] ?? '0,0,0,0')
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, m?.[1]?.split(/[ ,/]+/).filter(Boolean).length === 4 ? a : 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const backdrop = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0.5) return bg;
      }
      return [255, 255, 255];
    };
    const pairs: { what: string; ratio: number; min: number }[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      const name = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
      if (ownText && style.opacity === '1') {
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        pairs.push({
          what: `text ${name}`,
          ratio: ratio(parse(style.color), backdrop(el)),
          min: large ? 3 : 4.5,
        });
      }
    }
    // The brand's non-text marks: the progress bar's fill and the chosen card's border.
    const fill = document.querySelector('.fill');
    if (fill) {
      pairs.push({
        what: 'progress fill',
        ratio: ratio(parse(getComputedStyle(fill).backgroundColor), backdrop(fill.parentElement)),
        min: 3,
      });
    }
    const chosen = document.querySelector('.choice.selected');
    if (chosen) {
      pairs.push({
        what: 'chosen card border',
        ratio: ratio(
          parse(getComputedStyle(chosen).borderTopColor),
          backdrop(chosen.parentElement),
        ),
        min: 3,
      });
    }
    return pairs;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const colour of COLOURS) {
    test(`brand ${colour} on the ${scheme} scheme: text 4.5:1, lines 3:1`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const frame = await openQuestion(page, colour);
      const pairs = await measure(frame);
      const brandText = pairs.filter((p) => /summary|section/.test(p.what));
      expect(brandText.length, 'the brand-coloured texts were found').toBeGreaterThanOrEqual(2);
      expect(pairs.some((p) => p.what === 'progress fill')).toBe(true);
      expect(pairs.some((p) => p.what === 'chosen card border')).toBe(true);
      const failing = pairs
        .filter((p) => p.ratio < p.min)
        .map((p) => `${p.what}: ${p.ratio.toFixed(2)}:1`);
      test.info().annotations.push({
        type: 'lowest ratios',
        description: brandText
          .concat(pairs.filter((p) => !p.what.startsWith('text')))
          .map((p) => `${p.what.slice(0, 40)} ${p.ratio.toFixed(2)}`)
          .join('; '),
      });
      expect(failing).toEqual([]);
    });
  }
}
