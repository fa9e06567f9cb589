/** Locale-dependent formatting shared by the screens and the report: paper size and money. */
import type { Config } from './types';

/** CLDR's US-Letter regions; everywhere else prints on A4. */
const LETTER_REGIONS = new Set('US CA MX PH CL CO VE PR GT SV NI CR PA BZ'.split(' '));

/** Letter for the Americas regions that use it (and the Philippines), A4 for everyone else. */
export function paperSizeFor(locale: string): 'letter' | 'a4' {
  try {
    // maximize() fills in the likely region, so a bare 'en' reads as the US.
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}

/** Formats an amount in the MSP's currency and locale; whole units unless cents is true. */
export function formatMoney(
  amount: number,
  config: Pick<Config, 'locale' | 'currency'>,
  opts?: { cents?: boolean },
): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Cannot format ${amount} as money`);
  const digits = opts?.cents ? undefined : 0;
  const format = new Intl.NumberFormat(config.locale, {
    style: 'currency',
    currency: config.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const places = format.resolvedOptions().maximumFractionDigits ?? 0;
  const scale = 10 ** places;
  // Round first so a tiny negative never shows as "-$0".
  const rounded = Math.round(Math.abs(amount) * scale) / scale;
  return format.format(rounded === 0 ? 0 : Math.sign(amount) * rounded);
}
