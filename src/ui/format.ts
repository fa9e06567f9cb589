/** Display formatting: whole-number scores and locale-aware money, never NaN or exponents. */
import { formatMoney } from '../core/locale-format';
import { wholeScore } from '../core/scoring';
import type { Config } from '../core/types';

/** A 0–100 score as a whole number, by the engine's one rounding rule (core's wholeScore). */
export function formatScore(value: number): string {
  return String(wholeScore(value));
}

/** Money in the configured currency and locale, without cents. */
export function money(amount: number, config: Config): string {
  return formatMoney(amount, config);
}
