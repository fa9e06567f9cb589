import { describe, expect, it } from 'vitest';
import { guardVisibility } from './visibility-guard';

/** A stand-in IntersectionObserver v2 the test drives by hand. */
function fakeObserver() {
  const made: { callback: (e: { isVisible?: boolean }[]) => void; options: unknown }[] = [];
  class Fake {
    constructor(callback: (e: { isVisible?: boolean }[]) => void, options: unknown) {
      made.push({ callback, options });
    }
    observe() {}
    disconnect() {}
  }
  return { Fake, made, report: (isVisible?: boolean) => made[0]!.callback([{ isVisible }]) };
}

const el = {} as Element;

describe('guardVisibility', () => {
  it('asks the browser to track visibility, with the shortest delay it accepts', () => {
    const o = fakeObserver();
    guardVisibility(el, o.Fake);
    expect(o.made[0]?.options).toMatchObject({ trackVisibility: true, delay: 100 });
  });

  it.each([
    ['before the browser has said anything', [], false],
    ['when the button is fully visible', [true], false],
    ['when it is covered, hidden or see-through', [false], true],
    ['again once it is uncovered', [false, true], false],
    ['when the browser reports no visibility (v1 only)', [undefined], false],
  ] as const)('is obscured %s → %s', (_label, reports, obscured) => {
    const o = fakeObserver();
    const guard = guardVisibility(el, o.Fake);
    for (const r of reports) o.report(r);
    expect(guard.isObscured()).toBe(obscured);
  });

  it('never blocks where the browser cannot tell (no IntersectionObserver)', () => {
    expect(guardVisibility(el).isObscured()).toBe(false);
  });

  it('never blocks when the observer refuses the options', () => {
    class Throws {
      constructor() {
        throw new TypeError('trackVisibility unsupported');
      }
    }
    expect(guardVisibility(el, Throws).isObscured()).toBe(false);
  });
});
