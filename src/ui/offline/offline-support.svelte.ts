/**
 * The page's side of offline use: registers the service worker, knows when a new version is
 * waiting, and activates it only when asked (the worker never skips waiting on its own). Also
 * follows navigator.onLine for the offline notice.
 */
export interface OfflineSupportOptions {
  /** The browser's service workers; undefined where there are none (or not a secure context). */
  container: ServiceWorkerContainer | undefined;
  /** The worker's URL and scope; undefined in `vite dev`, where there is no worker. */
  worker: { url: string; scope: string } | undefined;
  /** Where online and offline events arrive (window). */
  events: Pick<Window, 'addEventListener'>;
  isOnline: () => boolean;
  reload: () => void;
}

/** Reactive offline state: `online`, `updateReady`; `requestUpdate()` then `applyUpdate()`. */
export class OfflineSupport {
  online = $state(true);
  /** A new version is installed and waiting, or another tab already switched to it. */
  updateReady = $state(false);
  /** The user asked for the update; it is applied once saving is idle (see applyUpdate). */
  updateRequested = $state(false);

  readonly #options: OfflineSupportOptions;
  #waiting: ServiceWorker | null = null;
  #registration: ServiceWorkerRegistration | undefined;
  #applied = false;

  constructor(options: OfflineSupportOptions) {
    this.#options = options;
    this.online = options.isOnline();
    options.events.addEventListener('offline', () => (this.online = false));
    options.events.addEventListener('online', () => {
      this.online = true;
      // Back online is a good moment to look for a new version.
      void this.#registration?.update().catch(() => {});
    });
    const { container, worker } = options;
    if (container && worker) {
      this.#register(container, worker).catch((error: unknown) =>
        // The app works as before, online only; nothing the user has is at stake.
        console.warn('The service worker could not be registered; no offline use.', error),
      );
    }
  }

  async #register(container: ServiceWorkerContainer, worker: { url: string; scope: string }) {
    let hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (this.updateRequested) this.#options.reload();
      // Another tab activated the new version: this one runs the old code; offer a reload.
      else if (hadController) this.updateReady = true;
      hadController = true;
    });
    const registration = await container.register(worker.url, { scope: worker.scope });
    this.#registration = registration;
    const offer = (worker: ServiceWorker | null) => {
      // Waiting with a controller means an update; the very first install has no controller.
      if (worker && container.controller) {
        this.#waiting = worker;
        this.updateReady = true;
      }
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
  }

  /** The user asked to update; the page applies it when nothing is waiting to be saved. */
  requestUpdate(): void {
    this.updateRequested = true;
  }

  /** Activates the waiting version (the page reloads on controllerchange), or just reloads. */
  applyUpdate(): void {
    if (!this.updateRequested || this.#applied) return;
    this.#applied = true;
    if (this.#waiting && this.#waiting.state === 'installed') {
      this.#waiting.postMessage({ type: 'SKIP_WAITING' });
    } else {
      this.#options.reload();
    }
  }
}
