/**
 * The assumptions form's state: what is in each box (kept exactly as typed, valid or not) and the
 * horizon, with the draft read from them. The editor sends `draft.assumptions` when it is valid.
 */
import type { Assumptions, HorizonMonths } from '../../core/types';
import { readDraft, textsFor, type Draft, type FieldTexts } from './assumption-fields';

export class AssumptionsDraft {
  texts: FieldTexts = $state() as FieldTexts;
  horizon: HorizonMonths = $state(36);
  readonly #locale: string;
  /** The form read as a whole; its `assumptions` are non-null only when every box is valid. */
  readonly draft: Draft;

  constructor(start: Assumptions, locale: string) {
    this.#locale = locale;
    this.draft = $derived(readDraft(this.texts, this.horizon, this.#locale));
    this.load(start);
  }

  /** Fills every box from these values (the start, or the defaults after a reset). */
  load(values: Assumptions): void {
    this.texts = textsFor(values, this.#locale);
    this.horizon = values.horizonMonths;
  }
}
