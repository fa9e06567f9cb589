/**
 * Where each cost input in the report comes from: the published or assumed default, the MSP's
 * own price list, or the prospect's own edit.
 */
import { defaultAssumptionSources, defaultAssumptions } from './assumptions';
import type { AssumptionSource, AssumptionSources, Assumptions, Config } from './types';

/** The inputs the MSP's configuration prices (see assumptionsFor in core/assumptions.ts). */
const MSP_PRICED: ReadonlySet<keyof Assumptions> = new Set([
  'vcisoMonthlyRetainer',
  'vcisoOnboardingFee',
  'onDemandHourlyRate',
  'fractionalCioMonthly',
]);

const KEYS = Object.keys(defaultAssumptions) as (keyof Assumptions)[];

/**
 * The source of every input: "your figure" when the prospect changed it from the baseline
 * (the defaults with the MSP's prices), the MSP's price list when its price differs from the
 * published default, else the default's own source (marked when it is our assumption).
 */
export function assumptionSourcesFor(
  assumptions: Assumptions,
  baseline: Assumptions,
  config: Pick<Config, 'brand'>,
): AssumptionSources {
  const entries = KEYS.map((key): [keyof Assumptions, AssumptionSource] => {
    if (assumptions[key] !== baseline[key]) {
      return [key, { source: 'Your own figure, changed in this assessment', isAssumption: false }];
    }
    // The MSP's price is the MSP's price, whether or not it happens to equal a published default.
    if (MSP_PRICED.has(key)) {
      return [
        key,
        { source: `${config.brand.name}’s price for a business of your size`, isAssumption: false },
      ];
    }
    return [key, defaultAssumptionSources[key]];
  });
  return Object.fromEntries(entries) as AssumptionSources;
}
