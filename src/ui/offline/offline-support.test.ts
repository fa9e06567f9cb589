import { describe, expect, it, vi } from 'vitest';
import { OfflineSupport } from './offline-support.svelte';

/** A hand-made EventTarget with the few service worker shapes OfflineSupport uses. */
class FakeTarget {
  readonly #listeners = new Map<string, (() => void)[]>();
  addEventListener(type: string, fn: () => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), fn]);
  }
  emit(type: string) {
    for (const fn of this.#listeners.get(type) ?? []) fn();
  }
}

class FakeWorker extends FakeTarget {
  state: ServiceWorkerState = 'installing';
  readonly posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.emit('statechange');
  }
}

class FakeRegistration extends FakeTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
  /** A new version found by the browser: installing, then installed and waiting. */
  findUpdate(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.emit('updatefound');
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
    return worker;
  }
}

function setup({ controlled = true, waiting = false } = {}) {
  const registration = new FakeRegistration();
  if (waiting) {
    registration.waiting = new FakeWorker();
    registration.waiting.state = 'installed';
  }
  const container = Object.assign(new FakeTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(async () => registration),
  });
  const events = new FakeTarget();
  const reload = vi.fn();
  let online = true;
  const support = new OfflineSupport({
    container: container as unknown as ServiceWorkerContainer,
    worker: { url: '/sw.js', scope: '/' },
    events: events as unknown as Window,
    isOnline: () => online,
    reload,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    support,
    registration,
    container,
    events,
    reload,
    settle,
    goOffline: () => {
      online = false;
      events.emit('offline');
    },
  };
}

describe('OfflineSupport', () => {
  it('registers the worker with its scope', async () => {
    const { container, settle } = setup();
    await settle();
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('registers nothing without a worker URL (vite dev) or without service workers', () => {
    const reload = vi.fn();
    const events = new FakeTarget() as unknown as Window;
    const register = vi.fn();
    const container = { register, addEventListener: () => {} };
    new OfflineSupport({
      container: container as unknown as ServiceWorkerContainer,
      worker: undefined,
      events,
      isOnline: () => true,
      reload,
    });
    const none = new OfflineSupport({
      container: undefined,
      worker: { url: '/sw.js', scope: '/' },
      events,
      isOnline: () => true,
      reload,
    });
    expect(register).not.toHaveBeenCalled();
    expect(none.updateReady).toBe(false);
  });

  it('offers nothing on the very first install (no controller yet)', async () => {
    const { support, registration, settle } = setup({ controlled: false });
    await settle();
    registration.findUpdate();
    expect(support.updateReady).toBe(false);
  });

  it('offers a version found while the page runs, and one already waiting at start', async () => {
    const found = setup();
    await found.settle();
    expect(found.support.updateReady).toBe(false);
    found.registration.findUpdate();
    expect(found.support.updateReady).toBe(true);

    const waiting = setup({ waiting: true });
    await waiting.settle();
    expect(waiting.support.updateReady).toBe(true);
  });

  it('asks the waiting worker to take over only after requestUpdate, once, then reloads', async () => {
    const { support, registration, container, reload, settle } = setup();
    await settle();
    const next = registration.findUpdate();
    support.applyUpdate();
    expect(next.posted).toEqual([]);

    support.requestUpdate();
    support.applyUpdate();
    support.applyUpdate();
    expect(next.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.emit('controllerchange');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads on a controller change nobody here asked for, but offers a reload', async () => {
    const { support, container, reload, settle } = setup();
    await settle();
    // Another tab activated the new version.
    container.emit('controllerchange');
    expect(reload).not.toHaveBeenCalled();
    expect(support.updateReady).toBe(true);
    support.requestUpdate();
    support.applyUpdate();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('follows the browser going offline and back, and looks for an update when back', async () => {
    const { support, registration, events, goOffline, settle } = setup();
    await settle();
    expect(support.online).toBe(true);
    goOffline();
    expect(support.online).toBe(false);
    events.emit('online');
    expect(support.online).toBe(true);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('keeps working online when registration fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = Object.assign(new FakeTarget(), {
      controller: null,
      register: vi.fn(async () => {
        throw new Error('SecurityError');
      }),
    });
    const support = new OfflineSupport({
      container: container as unknown as ServiceWorkerContainer,
      worker: { url: '/sw.js', scope: '/' },
      events: new FakeTarget() as unknown as Window,
      isOnline: () => true,
      reload: vi.fn(),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(support.updateReady).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no offline use/), expect.any(Error));
    warn.mockRestore();
  });
});
