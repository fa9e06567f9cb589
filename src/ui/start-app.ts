/** Mounts the app, then starts the assessment actor over the product's IndexedDB store. */
import { hydrate, mount, unmount, type Component } from 'svelte';
import type { StartDecision } from '../core/config-file';
import type { Prefill } from '../core/prefill';
import type { Surface } from './app-context';
import type { Config, ConfigSource, FieldIssue } from '../core/types';
import App from './App.svelte';
import { applyBrand } from './brand';
import SetupError from './components/SetupError.svelte';
import { takeEarlyStart } from './early-start';
import { FlowBridge, type FlowActor } from './flow-bridge.svelte';
import { afterNextFrame } from './lazy-screens';
import { LiveConfig } from './live-config.svelte';
import { en } from './messages/en';

export interface StartOptions {
  target: HTMLElement;
  config: Config;
  /** Whether `config` is the MSP's or the labelled demo's. */
  source: ConfigSource;
  /**
   * The page's config.json served beside it, once read: another configuration to switch to
   * before the flow starts, or issues that stop the app. The widget has read its own already.
   */
  configUpdate?: Promise<StartDecision>;
  /** The widget keeps its own database; the app uses the product's default. */
  dbName?: string;
  /** Where the brand colours are set; default the document root (the widget passes its own). */
  brandTarget?: HTMLElement;
  /** The app's offline notices, loading when idle (src/ui/offline); the widget passes none. */
  offline?: Promise<Component>;
  /** Discovery answers from the page's URL or the widget's data-prefill, validated. */
  prefill?: Prefill;
  /** The page's `#share=` fragment, already taken off the address bar. */
  share?: string;
  /** Called with the actor before it starts, so no emitted event is missed. */
  onActor?: (actor: FlowActor) => void;
  /** Where it runs: the page, or a widget on another site (which hides the rep's tools by default). */
  surface?: Surface;
}

/**
 * Mounts the app at once and starts the flow just after the first screen has painted: the
 * welcome screen needs only Svelte and its own components, while XState, the machine and its
 * storage (about half the script) load and run after the first frame. Events sent meanwhile
 * wait in the bridge; `onActor` sees the actor before it starts (the widget listens there).
 */
export function startApp({
  target,
  config,
  source,
  configUpdate,
  dbName,
  brandTarget,
  offline,
  prefill,
  share,
  onActor,
  surface = 'page',
}: StartOptions) {
  const brandOn = brandTarget ?? document.documentElement;
  applyBrand(brandOn, config);
  const flow = new FlowBridge();
  const live = new LiveConfig({ config, source });
  const props: AppProps = {
    flow,
    get config() {
      return live.config;
    },
    get source() {
      return live.source;
    },
    offline,
    sharing: share !== undefined,
    surface,
  };
  const app = mountApp(target, props, share !== undefined);
  // The flow starts with the configuration it keeps for good: the served one, once read.
  const settled = (configUpdate ?? Promise.resolve<StartDecision>({ kind: 'keep' })).then(
    (decision) => {
      if (decision.kind === 'switch') {
        live.set(decision.start);
        applyBrand(brandOn, decision.start.config);
      } else if (decision.kind === 'refuse') {
        refuse(target, app, decision.issues);
        throw new Error('config.json is not a valid configuration.');
      }
      return live.config;
    },
  );
  const actor = Promise.all([afterFirstFrame(), settled])
    .then(([, config]) => {
      // IndexedDB opens while the flow's code loads and runs, not after it (a Start pressed at
      // once waits for both).
      const storage = openStorage(dbName);
      return import('./start-flow').then((m) => ({ ...m, storage, config }));
    })
    .then(({ createFlowActor, storage, config }) => {
      const actor = createFlowActor({ config, prefill, share, ...storage });
      onActor?.(actor);
      actor.start();
      flow.attach(actor);
      // For the bench (and any profiler): the moment the welcome screen's Start really works.
      performance.mark('ff:flow-started');
      return actor;
    });
  // Without the flow nothing can be saved or answered: say so instead of a dead Start button.
  actor.catch((error: unknown) => flow.fail(error));
  return { actor, app, flow };
}

type AppProps = {
  flow: FlowBridge;
  config: Config;
  source: ConfigSource;
  offline: Promise<Component> | undefined;
  sharing: boolean;
  surface: Surface;
};

/** A bad config.json: the app gives way to the list of its issues and never starts. */
function refuse(target: HTMLElement, app: ReturnType<typeof mount>, issues: FieldIssue[]): void {
  void unmount(app);
  target.replaceChildren();
  const props = { heading: en.setup.errorHeading, lead: en.setup.fileLead('config.json'), issues };
  mount(SetupError, { target, props });
}

/**
 * Mounts App. The build puts the welcome screen into index.html (tools/prerender): where the
 * page will show it, the app takes that markup over (hydrates it); a share link shows something
 * else, so that page starts afresh. A Start pressed on the prerendered page before this script
 * ran (kept by index.html) goes through the form's own handler now, with the name typed, even if
 * the markup had to be redrawn (a proxy that strips comments, an extension that adds nodes).
 */
function mountApp(target: HTMLElement, props: AppProps, sharing: boolean) {
  const early = takeEarlyStart();
  if (target.firstElementChild === null || sharing) {
    target.replaceChildren();
    return mount(App, { target, props });
  }
  const field = () => target.querySelector<HTMLInputElement>('input#company');
  const typed = field()?.value ?? '';
  const app = hydrate(App, { target, props });
  const input = field();
  if (input && input.value !== typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (early) (early.isConnected ? early : input?.form)?.requestSubmit();
  return app;
}

/** The assessments and the lead outbox, in the app's database or the widget's own. */
function openStorage(dbName: string | undefined) {
  const repository = import('../storage/assessment-repository').then((m) =>
    m.openAssessmentRepository(dbName ? { dbName } : {}),
  );
  // Leads share the database, under their own keys.
  const outbox = import('../storage/lead-outbox').then((m) =>
    m.openLeadOutbox(dbName ?? 'fractional-fit'),
  );
  // The flow's actors report a failure to the machine; if the flow never loads, nobody asks, and
  // the page already says that it could not load.
  repository.catch(() => {});
  outbox.catch(() => {});
  return { repository, outbox };
}

/**
 * Resolves after the next frame has been produced, or after a second where no frame comes (a
 * hidden tab, a widget's frame scrolled out of view), so the flow always starts.
 */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    afterNextFrame(resolve);
    setTimeout(resolve, 1_000);
  });
}

/**
 * The standalone app on its own page. A link with answers to fill in, or a share link, loads its
 * reader first (it also takes the share fragment off the address bar); a plain visit does not.
 */
export function startPage(options: StartOptions): void {
  // A share link pasted into a tab that already shows the app changes only the fragment: start
  // again so the link is read, as it would be in a new tab.
  addEventListener('hashchange', () => {
    if (location.hash.startsWith('#share=')) location.reload();
  });
  if (location.search.length <= 1 && !location.hash.startsWith('#share=')) {
    startApp(options);
    return;
  }
  void import('./transfer/page-link').then(
    (m) => startApp({ ...options, ...m.readPageLink() }),
    () => {
      const problems = [{ field: 'The link', message: 'could not be read: reload the page' }];
      startApp({ ...options, prefill: { answers: {}, problems } });
    },
  );
}
