/**
 * The widget's configuration, in iframe and inline mode alike: the config.json its
 * `data-config` names (on the widget's origin), with the embed code's attributes over single
 * settings; without `data-config`, the labelled demo's. Anything wrong (an address elsewhere, no
 * file, a file that is not a whole configuration, a bad attribute) stops the widget with every
 * issue and where to fix it: it never starts on half a configuration or the demo's contact.
 */
import { readConfigFile } from '../../core/config-file';
import { demoConfig } from '../../core/demo-config';
import type { ConfigStart, FieldIssue } from '../../core/types';
import { configUrlOf, parseEmbedAttributes, type EmbedOptions } from '../../embed/attributes';
import { en } from '../messages/en';
import { fetchConfigFile } from '../served-config';

export type WidgetSetup =
  | { ok: true; start: ConfigStart; options: EmbedOptions }
  /** `lead` says where to fix the issues: the embed code, or the file. */
  | { ok: false; lead: string; issues: FieldIssue[] };

const onEmbedCode = (issues: FieldIssue[]): WidgetSetup => ({
  ok: false,
  lead: en.embed.errorLead,
  issues,
});

/** Reads the widget's setup from its element's attributes (and the file they name). */
export async function widgetSetup(
  attrs: Readonly<Record<string, string>>,
  widgetOrigin: string,
  fetch?: (input: string, init?: RequestInit) => Promise<Response>,
): Promise<WidgetSetup> {
  const url = configUrlOf(attrs, widgetOrigin);
  if (!url.ok) return onEmbedCode(url.issues);
  let base: ConfigStart = { config: demoConfig, source: 'demo' };
  if (url.value !== null) {
    // No cookies: the file is public, and in inline mode the page around it is not ours.
    const file = await fetchConfigFile(url.value, {
      credentials: 'omit',
      ...(fetch ? { fetch } : {}),
    });
    if (file.kind === 'absent') {
      return onEmbedCode([{ field: 'data-config', message: `finds no file at ${url.value}` }]);
    }
    if (file.kind === 'unreachable') {
      const message = `could not load ${url.value} (${file.reason}): check the address and reload`;
      return onEmbedCode([{ field: 'data-config', message }]);
    }
    const read = readConfigFile(file.text);
    if (!read.ok) return { ok: false, lead: en.embed.fileLead(url.value), issues: read.issues };
    base = { config: read.value, source: 'configured' };
  }
  const parsed = parseEmbedAttributes(attrs, base.config);
  if (!parsed.ok) return onEmbedCode(parsed.issues);
  const { config, options } = parsed.value;
  return { ok: true, start: { config, source: base.source }, options };
}
