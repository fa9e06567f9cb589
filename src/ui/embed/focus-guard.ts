/**
 * In the widget's own frame: programmatic focus waits until the person has touched the widget.
 * The screens focus their heading when they appear; on a host page that would pull focus (and
 * the scroll position) away from whatever the visitor was doing, before they ever used us.
 * This patches only the frame's own realm, never the host's.
 */
export function holdFocusUntilEngaged(win: Window & typeof globalThis = window): void {
  const proto = win.HTMLElement.prototype;
  const native = proto.focus;
  let engaged = false;
  const engage = () => {
    engaged = true;
  };
  for (const type of ['pointerdown', 'keydown', 'focusin'] as const) {
    win.addEventListener(type, engage, { capture: true, once: true });
  }
  proto.focus = function focus(this: HTMLElement, options?: FocusOptions) {
    if (engaged) native.call(this, options);
  };
}
