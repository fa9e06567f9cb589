/** Display formatting: whole-number scores and locale-aware money, never NaN or exponents. */
import { formatMoney } from '../core/locale-format';
import type { Config } from '../core/types';

/** A 0–100 score as a whole number. */
export function formatScore(value: number): string {
  return String(Math.round(value));
}

/** The gap beside a rounded readiness score, so the two always add up to 100 on screen. */
export function formatGap(readiness: number): string {
  return String(100 - Math.round(readiness));
}

/** Money in the configured currency and locale, without cents. */
export function money(amount: number, config: Config): string {
  return formatMoney(amount, config);
}
