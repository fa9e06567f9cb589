import { describe, expect, it } from 'vitest';
import { decodeFrameHash, encodeFrameHash, resolveHostOrigin } from './frame-hash';
import { hostEventFor, type WidgetEmitted } from './host-events';
import {
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  parseHostMessage,
  parseWidgetMessage,
} from './protocol';
import { assess } from '../core/assess';
import { demoConfig } from '../core/config';

const env = { source: 'fractional-fit', version: 1, widgetId: 'ffw-abc123' };

describe('widget → host messages', () => {
  it('accepts a height and an event, and clamps the height', () => {
    expect(parseWidgetMessage({ ...env, type: 'height', height: 812.2 })).toEqual({
      ...env,
      type: 'height',
      height: 813,
    });
    expect(
      parseWidgetMessage({ ...env, type: 'height', height: 1e9 })?.type === 'height' &&
        MAX_FRAME_HEIGHT,
    ).toBe(MAX_FRAME_HEIGHT);
    expect(parseWidgetMessage({ ...env, type: 'height', height: -50 })).toMatchObject({
      height: MIN_FRAME_HEIGHT,
    });
    expect(
      parseWidgetMessage({
        ...env,
        type: 'event',
        name: 'ff:completed',
        detail: { assessmentId: 'a1' },
      }),
    ).toMatchObject({
      name: 'ff:completed',
    });
  });

  it.each([
    ['not an object', 'ff:completed'],
    ['null', null],
    ['an array', [env]],
    ['another source', { ...env, source: 'giscus', type: 'height', height: 10 }],
    ['another version', { ...env, version: 2, type: 'height', height: 10 }],
    ['no widget id', { ...env, widgetId: undefined, type: 'height', height: 10 }],
    ['a bad widget id', { ...env, widgetId: '<img onerror>', type: 'height', height: 10 }],
    ['NaN height', { ...env, type: 'height', height: Number.NaN }],
    ['text height', { ...env, type: 'height', height: '100px' }],
    ['Infinity height', { ...env, type: 'height', height: Infinity }],
    ['an unknown event', { ...env, type: 'event', name: 'ff:hacked', detail: {} }],
    ['an event without detail', { ...env, type: 'event', name: 'ff:started' }],
    ['an unknown type', { ...env, type: 'navigate', url: 'https://evil.example' }],
  ])('ignores %s', (_, data) => {
    expect(parseWidgetMessage(data)).toBeNull();
  });
});

describe('host → widget messages', () => {
  it('accepts a height request for this widget only', () => {
    expect(parseHostMessage({ ...env, type: 'height.request' }, 'ffw-abc123')).toMatchObject({
      type: 'height.request',
    });
    expect(parseHostMessage({ ...env, type: 'height.request' }, 'ffw-other')).toBeNull();
    expect(parseHostMessage({ ...env, type: 'lead.submit', lead: {} }, 'ffw-abc123')).toBeNull();
    expect(
      parseHostMessage({ ...env, version: '1', type: 'height.request' }, 'ffw-abc123'),
    ).toBeNull();
  });
});

describe('the frame setup in the URL fragment', () => {
  const setup = {
    v: 1 as const,
    widgetId: 'ffw-1',
    host: 'https://www.acme.example',
    attrs: { 'data-brand-name': 'Acme & Co "quoted" #1' },
  };

  it('survives the round trip', () => {
    expect(decodeFrameHash(encodeFrameHash(setup))).toEqual(setup);
  });

  it.each([
    ['', 'empty'],
    ['#ff=%7B', 'broken JSON'],
    ['#ff=' + encodeURIComponent('[]'), 'an array'],
    ['#ff=' + encodeURIComponent(JSON.stringify({ ...setup, v: 2 })), 'another version'],
    ['#ff=' + encodeURIComponent(JSON.stringify({ ...setup, widgetId: '../x' })), 'a bad id'],
    [
      '#ff=' + encodeURIComponent(JSON.stringify({ ...setup, attrs: { onload: 'x' } })),
      'a non-data attribute',
    ],
    [
      '#ff=' + encodeURIComponent(JSON.stringify({ ...setup, attrs: { 'data-x': 5 } })),
      'a non-text value',
    ],
    ['#other', 'another fragment'],
  ])('rejects %s (%s)', (hash) => {
    expect(decodeFrameHash(hash)).toBeNull();
  });
});

describe('which origin the frame may post to', () => {
  const allowed = ['https://www.acme.example'];
  it.each([
    [
      { allowed, ancestor: 'https://www.acme.example', referrer: null },
      { ok: true, origin: 'https://www.acme.example' },
    ],
    [
      { allowed, ancestor: null, referrer: 'https://www.acme.example/blog/post?x=1' },
      { ok: true, origin: 'https://www.acme.example' },
    ],
    [
      { allowed, ancestor: null, referrer: null },
      { ok: true, origin: 'https://www.acme.example' },
    ],
    [
      { allowed, ancestor: 'https://evil.example', referrer: null },
      { ok: false, actual: 'https://evil.example' },
    ],
    [
      { allowed, ancestor: null, referrer: 'https://evil.example/' },
      { ok: false, actual: 'https://evil.example' },
    ],
    [
      { allowed: ['https://a.example', 'https://b.example'], ancestor: null, referrer: null },
      { ok: false, actual: null },
    ],
    [
      { allowed: [], ancestor: null, referrer: null },
      { ok: false, actual: null },
    ],
  ])('%j → %j', (input, expected) => {
    expect(resolveHostOrigin(input)).toEqual(expected);
  });
});

describe('events for the host page', () => {
  const contact = { name: 'Dana Reyes', email: 'dana@acme.example', company: 'Acme', phone: null };
  const emitted: WidgetEmitted[] = [
    { type: 'assessment.started', assessmentId: 'a1' },
    { type: 'section.completed', assessmentId: 'a1', section: 'govern' },
    { type: 'assessment.completed', assessmentId: 'a1' },
    { type: 'lead.submitted', assessmentId: 'a1', leadId: 'l1', delivery: 'pending', contact },
    { type: 'report.downloaded', assessmentId: 'a1' },
  ];
  const result = () =>
    assess(
      {
        employees: 40,
        industry: 'healthcare',
        regulations: ['hipaa'],
        customerDemands: 'none',
        cyberInsurance: 'basic',
        incident: 'none',
        itSupport: 'msp',
        securityLeadership: 'none',
        initiatives: [],
        dedicatedMandate: 'no',
      },
      { config: demoConfig },
    );

  it('carry ids and step names only by default', () => {
    const out = emitted.map((e) =>
      hostEventFor(e, { widgetId: 'w1', shareResults: false, result }),
    );
    expect(out.map((e) => e.name)).toEqual([
      'ff:started',
      'ff:section-completed',
      'ff:completed',
      'ff:lead-submitted',
      'ff:pdf-downloaded',
    ]);
    expect(out[1]!.detail).toEqual({ widgetId: 'w1', assessmentId: 'a1', section: 'govern' });
    expect(JSON.stringify(out)).not.toMatch(/Dana|acme\.example|readiness|healthcare/);
  });

  it('carry results and the contact when the page opted in', () => {
    const out = emitted.map((e) => hostEventFor(e, { widgetId: 'w1', shareResults: true, result }));
    expect(out[2]!.detail.results).toMatchObject({ recommendation: expect.any(String) });
    expect(out[3]!.detail.contact).toEqual(contact);
  });
});
