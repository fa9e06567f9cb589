/**
 * The lead form's state: what was typed, which fields are wrong once the person tried to send,
 * and the event to send. The id and the start time are fixed when the form appears, so a double
 * click or a resend carries the same idempotency key, and bots that answer instantly show.
 */
import type { FieldIssue } from '../../core/types';
import { validateLeadInput, type LeadInput } from '../../flow/lead-delivery';

export type LeadField = 'name' | 'email' | 'company' | 'phone' | 'consent';

/** One lead form on screen. */
export class LeadFormModel {
  name = $state('');
  email = $state('');
  company = $state('');
  phone = $state('');
  consent = $state(false);
  /** The visually hidden field: people leave it empty. */
  honeypot = $state('');
  tried = $state(false);
  readonly leadId: string;
  readonly #shownAt: number;
  readonly #clock: () => number;

  constructor(opts: { company?: string; newId?: () => string; clock?: () => number } = {}) {
    this.#clock = opts.clock ?? (() => performance.now());
    this.#shownAt = this.#clock();
    this.leadId = (opts.newId ?? (() => crypto.randomUUID()))();
    this.company = opts.company ?? '';
  }

  /** The event payload, as plain data. */
  input(): LeadInput {
    return {
      leadId: this.leadId,
      name: this.name,
      email: this.email,
      company: this.company,
      phone: this.phone,
      consent: this.consent,
      honeypot: this.honeypot,
      fillMs: this.#clock() - this.#shownAt,
    };
  }

  readonly issues: FieldIssue[] = $derived(validateLeadInput(this.input()));

  /** The message for a field, once the person has tried to send. */
  errorFor(field: LeadField): string | null {
    if (!this.tried) return null;
    return this.issues.find((i) => i.field === field)?.message ?? null;
  }

  /** Marks the attempt; returns the event payload when the form is valid. */
  submit(): LeadInput | null {
    this.tried = true;
    return this.issues.length === 0 ? this.input() : null;
  }
}
