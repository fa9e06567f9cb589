/**
 * The page's first Intl object starts ICU: a few hundred milliseconds on a slow phone (measured
 * by the bench, see bench/README.md). The first screen needs none, so ICU is started when the
 * browser is idle after that screen has painted, before the first number is typed or formatted.
 */
let warmed = false;

/** Starts Intl once, in an idle moment after the next frame. */
export function warmIntlWhenIdle(locale: string): void {
  if (warmed) return;
  warmed = true;
  const warm = (): void => {
    new Intl.NumberFormat(locale).format(0);
  };
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 3_000 });
    else setTimeout(warm, 200);
  });
}
