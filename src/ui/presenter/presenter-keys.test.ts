import { describe, expect, it } from 'vitest';
import { actionForKey, flowEventFor, keyName, SHORTCUTS, type KeyPress } from './presenter-keys';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  fromEditable: false,
  fromControl: false,
  ...over,
});

describe('actionForKey', () => {
  it.each([
    ['p', false, 'toggle'],
    ['P', true, 'toggle'],
    ['?', false, 'help'],
    ['ArrowRight', true, 'next'],
    [' ', true, 'next'],
    ['PageUp', true, 'previous'],
    ['Home', true, 'first'],
    ['End', true, 'last'],
    ['Escape', true, 'exit'],
    ['f', true, 'fullscreen'],
    ['ArrowRight', false, null],
    ['Escape', false, null],
    ['Home', false, null],
    ['x', true, null],
  ] as const)('%j (presenting: %s) → %s', (key, presenting, action) => {
    expect(actionForKey(press(key), presenting)).toBe(action);
  });

  it('leaves typing alone, and browser shortcuts with modifiers', () => {
    expect(actionForKey(press('p', { fromEditable: true }), false)).toBeNull();
    expect(actionForKey(press('ArrowRight', { fromEditable: true }), true)).toBeNull();
    expect(actionForKey(press('p', { ctrlKey: true }), false)).toBeNull();
    expect(actionForKey(press('ArrowLeft', { altKey: true }), true)).toBeNull();
    expect(actionForKey(press('f', { metaKey: true }), true)).toBeNull();
  });

  it('lets Space press a focused button instead of moving on', () => {
    expect(actionForKey(press(' ', { fromControl: true }), true)).toBeNull();
    expect(actionForKey(press('ArrowRight', { fromControl: true }), true)).toBe('next');
  });
});

describe('the shortcut table', () => {
  it('gives every key one action only', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps each step action to its machine event, and help and full screen to none', () => {
    expect(flowEventFor('next')).toEqual({ type: 'presenter.next' });
    expect(flowEventFor('exit')).toEqual({ type: 'presenter.exit' });
    expect(flowEventFor('help')).toBeNull();
    expect(flowEventFor('fullscreen')).toBeNull();
  });

  it.each([
    ['ArrowRight', '→'],
    [' ', 'Space'],
    ['Escape', 'Esc'],
    ['Home', 'Home'],
  ])('writes %j as %j', (key, name) => {
    expect(keyName(key)).toBe(name);
  });
});
