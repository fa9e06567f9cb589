/**
 * Hostile input at the embed boundary that embed.spec.ts and protocol.test.ts do not reach:
 * oversized and deeply odd messages, setups and attributes, a widget framed inside a framed
 * page, and webhook URLs that are not HTTPS. Forged and foreign-origin messages in a real
 * browser: tests/e2e/embed.spec.ts ("forged and foreign-origin messages are ignored").
 */
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../core/config';
import { parseEmbedAttributes } from './attributes';
import { decodeFrameHash, encodeFrameHash, resolveHostOrigin } from './frame-hash';
import {
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  parseHostMessage,
  parseWidgetMessage,
} from './protocol';

const envelope = { source: 'fractional-fit', version: 1, widgetId: 'ffw-1' };

describe('messages', () => {
  it.each([
    ['a 1e308 height', { ...envelope, type: 'height', height: 1e308 }, MAX_FRAME_HEIGHT],
    ['a negative height', { ...envelope, type: 'height', height: -5_000 }, MIN_FRAME_HEIGHT],
  ])('clamps %s', (_label, data, height) => {
    expect(parseWidgetMessage(data)).toMatchObject({ type: 'height', height });
  });

  it.each([
    ['Infinity', { ...envelope, type: 'height', height: Infinity }],
    ['NaN', { ...envelope, type: 'height', height: Number.NaN }],
    ['a height as text', { ...envelope, type: 'height', height: '100px' }],
    ['an unknown event name', { ...envelope, type: 'event', name: 'ff:steal', detail: {} }],
    ['a detail that is a list', { ...envelope, type: 'event', name: 'ff:started', detail: [] }],
    [
      'an oversized widget id',
      { ...envelope, widgetId: 'x'.repeat(10_000), type: 'height', height: 1 },
    ],
    [
      'a widget id with markup',
      { ...envelope, widgetId: '<img src=x>', type: 'height', height: 1 },
    ],
    [
      'a prototype-polluting shape',
      JSON.parse('{"__proto__":{"source":"fractional-fit"},"type":"height"}'),
    ],
    ['a string', 'fractional-fit height 100'],
    ['null', null],
  ])('drops %s', (_label, data) => {
    expect(parseWidgetMessage(data)).toBeNull();
    expect(parseHostMessage(data, 'ffw-1')).toBeNull();
  });

  it('passes an oversized event detail along only as data, never reading into it', () => {
    const detail = { blob: 'x'.repeat(2_000_000) };
    const m = parseWidgetMessage({ ...envelope, type: 'event', name: 'ff:started', detail });
    expect(m).toMatchObject({ name: 'ff:started' });
  });
});

describe('the frame setup', () => {
  const setup = { v: 1 as const, widgetId: 'ffw-1', host: 'https://www.acme.example', attrs: {} };

  it.each([
    ['an attribute value over 4,000 characters', { 'data-brand-name': 'x'.repeat(4_001) }],
    [
      'more than 40 attributes',
      Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`data-a${i}`, 'x'])),
    ],
    ['an attribute that is not data-*', { onload: 'alert(1)' }],
    ['an attribute name with markup', { 'data-<b>': 'x' }],
  ])('refuses %s', (_label, attrs) => {
    expect(decodeFrameHash(encodeFrameHash({ ...setup, attrs }))).toBeNull();
  });

  it.each(['#ff=%E0%A4%A', '#ff=' + '['.repeat(100_000), '#ff={"v":1}', '#other'])(
    'refuses a malformed fragment %#',
    (hash) => {
      expect(decodeFrameHash(hash)).toBeNull();
    },
  );
});

describe('who may frame the widget', () => {
  const allowed = ['https://www.acme.example'];

  it('refuses an allowed page that is itself framed by another site (overlay clickjacking)', () => {
    expect(
      resolveHostOrigin({
        allowed,
        ancestor: 'https://www.acme.example',
        referrer: null,
        outer: ['https://evil.example'],
      }),
    ).toEqual({ ok: false, actual: 'https://evil.example' });
  });

  it('accepts a chain of allowed pages', () => {
    expect(
      resolveHostOrigin({
        allowed: [...allowed, 'https://portal.acme.example'],
        ancestor: 'https://www.acme.example',
        referrer: null,
        outer: ['https://portal.acme.example'],
      }),
    ).toEqual({ ok: true, origin: 'https://www.acme.example' });
  });
});

describe('webhook URLs', () => {
  it.each([
    'http://leads.example.com/hook',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://leads.example.com/',
    'https://user:secret@leads.example.com/',
    '//leads.example.com/hook',
    'https://',
  ])('refuses %s', (url) => {
    const parsed = parseEmbedAttributes(
      { 'data-webhook-url': url, 'data-consent-text': 'You may contact me.' },
      demoConfig,
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.field)).toContain('data-webhook-url');
  });

  it('accepts https, and http only on this machine (for tests)', () => {
    for (const url of ['https://leads.example.com/hook', 'http://127.0.0.1:4175/hook/x']) {
      const parsed = parseEmbedAttributes(
        { 'data-webhook-url': url, 'data-consent-text': 'You may contact me.' },
        demoConfig,
      );
      expect(parsed.ok).toBe(true);
    }
  });
});
