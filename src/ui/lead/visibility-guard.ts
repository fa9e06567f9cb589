/**
 * Clickjacking defence for the lead form: where the browser can tell (IntersectionObserver v2,
 * `trackVisibility`), the send button must be fully visible, uncovered and opaque, in the page
 * around the widget as well, when it is pressed. A host page that lays a decoy over the widget
 * or makes its frame transparent cannot have the visitor send their details unknowingly.
 * Browsers without it are not blocked: frame-ancestors and data-allowed-origin remain.
 */

/** The shape of an IntersectionObserver v2 entry. */
interface VisibilityEntry {
  isVisible?: boolean;
}

type ObserverCtor = new (
  callback: (entries: VisibilityEntry[]) => void,
  options: IntersectionObserverInit & { trackVisibility: boolean; delay: number },
) => { observe(el: Element): void; disconnect(): void };

export interface VisibilityGuard {
  /** True only when the browser has said the element is hidden, covered or see-through. */
  isObscured(): boolean;
  stop(): void;
}

/** Watches `el`; `Observer` is injected by tests (default the browser's IntersectionObserver). */
export function guardVisibility(el: Element, Observer?: unknown): VisibilityGuard {
  const Ctor = (Observer ?? globalThis.IntersectionObserver) as ObserverCtor | undefined;
  const entryProto = (globalThis as { IntersectionObserverEntry?: { prototype: object } })
    .IntersectionObserverEntry?.prototype;
  const supported = Observer !== undefined || (!!entryProto && 'isVisible' in entryProto);
  if (!Ctor || !supported) return { isObscured: () => false, stop: () => undefined };
  let visible: boolean | undefined;
  let observer: { observe(el: Element): void; disconnect(): void };
  try {
    observer = new Ctor(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last && typeof last.isVisible === 'boolean') visible = last.isVisible;
      },
      // 100 ms is the shortest delay the browser accepts for visibility tracking.
      { threshold: [1], trackVisibility: true, delay: 100 },
    );
    observer.observe(el);
  } catch {
    return { isObscured: () => false, stop: () => undefined };
  }
  return { isObscured: () => visible === false, stop: () => observer.disconnect() };
}
