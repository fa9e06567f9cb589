/**
 * The configurator's form as data: every setting of the configuration as the marketer types it
 * (numbers as text, empty optional fields as ''), and the way back to a candidate for
 * parseConfig, which checks it and names each issue by the same path the form's fields carry.
 */
import { parseNumberInput } from '../../core/number-input';
import {
  ENGAGEMENT_MODELS,
  type Config,
  type EngagementModel,
  type LeadPlacement,
  type RepToolsSetting,
} from '../../core/types';

/** A size band as typed (a type, not an interface, so the form can index it by column). */
export type TierDraft = {
  /** '' on the last tier: no upper bound. */
  maxEmployees: string;
  monthlyFee: string;
  hoursMin: string;
  hoursMax: string;
};

export type FeeTierDraft = {
  maxEmployees: string;
  monthlyFee: string;
};

export interface ConfigDraft {
  brand: { name: string; logoUrl: string; primaryColor: string; accentColor: string };
  contact: { label: string; url: string };
  welcome: { heading: string; intro: string };
  locale: string;
  currency: string;
  pricing: {
    retainerTiers: TierDraft[];
    vcisoOnboardingFee: string;
    fractionalCioMonthly: string;
    /** Whether the fractional CIO is priced by size (the tiers below) or at one fee. */
    cioBySize: boolean;
    fractionalCioTiers: FeeTierDraft[];
    hourlyRate: string;
  };
  offers: EngagementModel[];
  /** '' leaves it out: the page offers the switch, the widget hides the tools. */
  repTools: RepToolsSetting | '';
  lead: {
    placement: LeadPlacement;
    webhookUrl: string;
    consentText: string;
    consentVersion: string;
    includeResults: boolean;
  };
}

/** Amounts as the form shows them: plain digits, no grouping, so they read back the same. */
const amount = (n: number): string => String(n);
const bound = (n: number | null): string => (n === null ? '' : String(n));

/** The form for a validated configuration. */
export function draftFrom(config: Config): ConfigDraft {
  const { pricing } = config;
  return {
    brand: {
      name: config.brand.name,
      logoUrl: config.brand.logoUrl ?? '',
      primaryColor: config.brand.primaryColor,
      accentColor: config.brand.accentColor,
    },
    contact: { ...config.contact },
    welcome: { heading: config.welcome?.heading ?? '', intro: config.welcome?.intro ?? '' },
    locale: config.locale,
    currency: config.currency,
    pricing: {
      retainerTiers: pricing.retainerTiers.map((t) => ({
        maxEmployees: bound(t.maxEmployees),
        monthlyFee: amount(t.monthlyFee),
        hoursMin: amount(t.hours.min),
        hoursMax: amount(t.hours.max),
      })),
      vcisoOnboardingFee: amount(pricing.vcisoOnboardingFee),
      fractionalCioMonthly: amount(pricing.fractionalCioMonthly),
      cioBySize: pricing.fractionalCioTiers !== undefined,
      fractionalCioTiers: (pricing.fractionalCioTiers ?? []).map((t) => ({
        maxEmployees: bound(t.maxEmployees),
        monthlyFee: amount(t.monthlyFee),
      })),
      hourlyRate: amount(pricing.hourlyRate),
    },
    offers: ENGAGEMENT_MODELS.filter((m) => config.offers.includes(m)),
    repTools: config.repTools ?? '',
    lead: {
      placement: config.lead.placement,
      webhookUrl: config.lead.webhookUrl ?? '',
      consentText: config.lead.consentText,
      consentVersion: config.lead.consentVersion,
      includeResults: config.lead.includeResults,
    },
  };
}

/**
 * A typed amount: a number when it reads as one (3900, 3,900 or 3900.50), else the text itself
 * so that parseConfig names the field; empty is left out, so parseConfig says it is required.
 */
function number(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const read = parseNumberInput(text, 'en-US');
  return read.ok ? read.value : text;
}

/** A tier's staff bound: the last tier has none (null); an empty earlier one is left out. */
function tierBound(text: string, last: boolean): number | string | null | undefined {
  if (last && text.trim() === '') return null;
  return number(text);
}

/**
 * The candidate configuration for parseConfig. Optional settings left empty are left out (the
 * logo, the welcome wording, the rep tools); a cleared webhook is null (leads stay on the device).
 */
export function candidateFrom(draft: ConfigDraft): unknown {
  const { pricing, welcome } = draft;
  const last = (i: number, all: readonly unknown[]) => i === all.length - 1;
  const wording = {
    ...(welcome.heading.trim() ? { heading: welcome.heading } : {}),
    ...(welcome.intro.trim() ? { intro: welcome.intro } : {}),
  };
  return {
    brand: {
      name: draft.brand.name,
      logoUrl: draft.brand.logoUrl.trim() === '' ? null : draft.brand.logoUrl,
      primaryColor: draft.brand.primaryColor,
      accentColor: draft.brand.accentColor,
    },
    contact: { ...draft.contact },
    ...(Object.keys(wording).length > 0 ? { welcome: wording } : {}),
    locale: draft.locale,
    currency: draft.currency,
    pricing: {
      retainerTiers: pricing.retainerTiers.map((t, i, all) => ({
        maxEmployees: tierBound(t.maxEmployees, last(i, all)),
        monthlyFee: number(t.monthlyFee),
        hours: { min: number(t.hoursMin), max: number(t.hoursMax) },
      })),
      vcisoOnboardingFee: number(pricing.vcisoOnboardingFee),
      fractionalCioMonthly: number(pricing.fractionalCioMonthly),
      ...(pricing.cioBySize
        ? {
            fractionalCioTiers: pricing.fractionalCioTiers.map((t, i, all) => ({
              maxEmployees: tierBound(t.maxEmployees, last(i, all)),
              monthlyFee: number(t.monthlyFee),
            })),
          }
        : {}),
      hourlyRate: number(pricing.hourlyRate),
    },
    offers: ENGAGEMENT_MODELS.filter((m) => draft.offers.includes(m)),
    ...(draft.repTools === '' ? {} : { repTools: draft.repTools }),
    lead: {
      placement: draft.lead.placement,
      webhookUrl: draft.lead.webhookUrl.trim() === '' ? null : draft.lead.webhookUrl,
      consentText: draft.lead.consentText,
      consentVersion: draft.lead.consentVersion,
      includeResults: draft.lead.includeResults,
    },
  };
}

/**
 * The id of the form field for a setting's path, so an issue finds its field:
 * "pricing.retainerTiers[1].hours.min" → "cfg-pricing-retainerTiers-1-hours-min".
 */
export function fieldId(path: string): string {
  return `cfg-${path.replace(/\[(\d+)\]/g, '.$1').replaceAll('.', '-')}`;
}
