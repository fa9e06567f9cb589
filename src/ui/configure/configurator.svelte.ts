/**
 * The configurator's state: the form's draft, the configuration it makes (checked by
 * parseConfig, issues by path), the last complete one for the preview, and the hosting answers
 * for the embed code. Handed down by context; the sections bind to `draft`.
 */
import { getContext, setContext } from 'svelte';
import { parseConfig } from '../../core/config';
import { readConfigFile } from '../../core/config-file';
import { demoConfig } from '../../core/demo-config';
import type { Config, FieldIssue } from '../../core/types';
import { candidateFrom, draftFrom, type ConfigDraft } from './config-draft';
import { parseHosting } from './embed-code';

/** What of a configuration is still the demo company's. */
export type DemoPart = 'name' | 'contact' | 'prices' | 'consent';

export class Configurator {
  draft: ConfigDraft = $state(draftFrom(demoConfig));
  /** The hosting address (default: where this page is served) and the sites that show it. */
  hosting = $state('');
  sites = $state('');

  readonly parsed = $derived(parseConfig(candidateFrom(this.draft)));
  readonly issues: FieldIssue[] = $derived(this.parsed.ok ? [] : this.parsed.issues);
  readonly config: Config | null = $derived(this.parsed.ok ? this.parsed.value : null);
  /** The last complete configuration: the preview keeps showing it while a field is wrong. */
  readonly preview: Config = $derived.by(() => {
    if (this.parsed.ok) this.#lastValid = this.parsed.value;
    return this.#lastValid;
  });
  readonly plan = $derived(parseHosting(this.hosting, this.sites));
  readonly stillDemo: DemoPart[] = $derived(this.config ? demoPartsOf(this.config) : []);
  #lastValid: Config = demoConfig;

  constructor(hosting: string) {
    this.hosting = hosting;
  }

  /** The issues at one path (a field), or under it when `within` (a group such as a tier). */
  issuesAt(path: string, within = false): FieldIssue[] {
    return this.issues.filter(
      (i) =>
        i.field === path ||
        (within && (i.field.startsWith(`${path}.`) || i.field.startsWith(`${path}[`))),
    );
  }

  /** Replaces the form with an imported file; returns its issues when it is not a configuration. */
  importText(text: string): FieldIssue[] {
    const read = readConfigFile(text);
    if (!read.ok) return read.issues;
    this.draft = draftFrom(read.value);
    return [];
  }
}

function demoPartsOf(config: Config): DemoPart[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const parts: [DemoPart, boolean][] = [
    ['name', config.brand.name === demoConfig.brand.name],
    ['contact', config.contact.url === demoConfig.contact.url],
    ['prices', same(config.pricing.retainerTiers, demoConfig.pricing.retainerTiers)],
    ['consent', config.lead.consentText === demoConfig.lead.consentText],
  ];
  return parts.filter(([, still]) => still).map(([part]) => part);
}

const KEY = Symbol('configurator');

export function provideConfigurator(c: Configurator): void {
  setContext(KEY, c);
}

export function useConfigurator(): Configurator {
  const c = getContext<Configurator | undefined>(KEY);
  if (!c) throw new Error('useConfigurator() called outside the configurator.');
  return c;
}
