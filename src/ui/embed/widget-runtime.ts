/**
 * Starts the app as a widget: its own database, the brand on its own root, and the flow's
 * emitted events turned into ff:* events for the host page (ids only unless the page opted in).
 */
import type { Outcome } from '../../core/outcome';
import type { Config, ConfigSource } from '../../core/types';
import type { EmbedOptions } from '../../embed/attributes';
import { hostEventFor, type HostEvent } from '../../embed/host-events';
import type { FlowEmitted } from '../../flow/flow-types';
import { currentResultsOf } from '../../flow/flow-view';
import type { FlowActor } from '../flow-bridge.svelte';
import { startApp } from '../start-app';

/** How long ff:completed waits for the results it carries before it goes without them. */
const RESULTS_WAIT_MS = 10_000;

/** The widget's IndexedDB database: never the host's, never the standalone app's. */
export const WIDGET_DB = 'fractional-fit-widget';

export interface WidgetStart {
  target: HTMLElement;
  config: Config;
  /** 'configured' with a data-config file; else the labelled demo. */
  source: ConfigSource;
  options: EmbedOptions;
  widgetId: string;
  /** Delivers one event to the host page (postMessage in a frame, a DOM event inline). */
  send: (event: HostEvent) => void;
}

/** The results the flow works out for what was just completed; null if they do not come. */
function resultsOnceWorkedOut(actor: FlowActor): Promise<Outcome | null> {
  return new Promise((resolve) => {
    const now = currentResultsOf(actor.getSnapshot());
    if (now) return resolve(now);
    const timer = setTimeout(() => finish(null), RESULTS_WAIT_MS);
    const sub = actor.subscribe((s) => {
      const outcome = currentResultsOf(s);
      if (outcome) finish(outcome);
    });
    function finish(outcome: Outcome | null) {
      clearTimeout(timer);
      sub.unsubscribe();
      resolve(outcome);
    }
  });
}

/** Mounts the widget and wires its events; resolves with the running actor. */
export function startWidget({ target, config, source, options, widgetId, send }: WidgetStart) {
  const { actor } = startApp({
    target,
    config,
    source,
    dbName: WIDGET_DB,
    brandTarget: target,
    surface: 'widget',
    // Validated with the other attributes: a bad value stopped the widget with its reason.
    prefill: { answers: options.prefill, problems: [] },
    // Listening before the actor starts, so the host hears every event.
    onActor: (actor) =>
      actor.on('*', (emitted) => {
        const e = emitted as FlowEmitted;
        if (e.type === 'assessment.completed' && options.shareResults) {
          // Results go along only on opt-in: the ones the flow works out for the results page.
          void resultsOnceWorkedOut(actor).then((outcome) => {
            const result = () => (outcome?.kind === 'ok' ? outcome.result : null);
            send(hostEventFor(e, { widgetId, shareResults: true, result }));
          });
          return;
        }
        send(hostEventFor(e, { widgetId, shareResults: options.shareResults }));
      }),
  });
  return actor;
}
