import type { Config } from './types';

/**
 * The demo MSP, Northwind Managed IT (fictional). Tier fees are midpoints of published vCISO
 * pricing by company size [33]; the open tier is our assumption inside $5K–$20K a month [32].
 */
export const demoConfig: Config = {
  brand: {
    name: 'Northwind Managed IT',
    logoUrl: null,
    primaryColor: '#1d4ed8',
    accentColor: '#0f766e',
  },
  contact: { label: 'Book a 30-minute review', url: 'mailto:advisory@northwind.example' },
  locale: 'en-US',
  currency: 'USD',
  pricing: {
    retainerTiers: [
      { maxEmployees: 25, monthlyFee: 3_250, hours: { min: 5, max: 10 } },
      { maxEmployees: 75, monthlyFee: 5_250, hours: { min: 10, max: 15 } },
      { maxEmployees: 250, monthlyFee: 8_250, hours: { min: 15, max: 25 } },
      { maxEmployees: null, monthlyFee: 12_000, hours: { min: 20, max: 30 } },
    ],
    vcisoOnboardingFee: 5_000,
    fractionalCioMonthly: 3_000,
    // Published MSP virtual-CIO packages run $1,500–$5,000 a month [48][49]: by size.
    fractionalCioTiers: [
      { maxEmployees: 25, monthlyFee: 1_500 },
      { maxEmployees: 75, monthlyFee: 2_500 },
      { maxEmployees: 250, monthlyFee: 4_000 },
      { maxEmployees: null, monthlyFee: 5_000 },
    ],
    hourlyRate: 300,
  },
  offers: [
    'msp-only',
    'vciso-retainer',
    'vciso-project',
    'fractional-cio',
    'vciso-and-fractional-cio',
    'incident-response',
    'vciso-project-and-fractional-cio',
    'keep-security-leader',
    'strategy-reviews',
  ],
  lead: {
    placement: 'after-results',
    webhookUrl: null,
    consentText:
      'Northwind Managed IT may contact me about this assessment and keep my answers to ' +
      'prepare for the conversation. I can ask for them to be deleted at any time.',
    consentVersion: '2026-11',
    includeResults: false,
  },
};
