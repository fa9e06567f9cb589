import { describe, expect, it } from 'vitest';
import { demoConfig } from '../core/config';
import type { Answers } from '../core/types';
import type { OpenAssessment } from './flow-types';
import { requestDurability } from './storage-durability';
import { scoreSummaryOf } from './score-summary';
import { createSummarizer } from './summarizer';
import { discovery } from './test-fixtures';

describe('requestDurability', () => {
  it('says unsupported without the API', async () => {
    expect(await requestDurability(undefined)).toBe('unsupported');
    expect(await requestDurability({})).toBe('unsupported');
  });

  it('does not ask again when the data is already kept', async () => {
    let asked = 0;
    const status = await requestDurability({
      persisted: async () => true,
      persist: async () => {
        asked++;
        return true;
      },
    });
    expect(status).toBe('granted');
    expect(asked).toBe(0);
  });

  it('reports what persist() answered, and a throw as refused', async () => {
    expect(await requestDurability({ persist: async () => true })).toBe('granted');
    expect(
      await requestDurability({ persisted: async () => false, persist: async () => false }),
    ).toBe('refused');
    expect(
      await requestDurability({
        persist: async () => {
          throw new DOMException('no', 'SecurityError');
        },
      }),
    ).toBe('refused');
  });
});

const open = (answers: Answers): OpenAssessment => ({
  id: 'a1',
  companyName: 'Acme',
  createdAt: '2026-12-01T10:00:00.000Z',
  answers,
  notes: {},
  assumptions: null,
  scenario: null,
  cursor: null,
});

describe('scoreSummaryOf', () => {
  it('is null until discovery is complete', () => {
    expect(scoreSummaryOf(open({ employees: 40 }), demoConfig)).toBeNull();
  });

  it('gives the gap the results page shows and the recommended model', () => {
    const summary = scoreSummaryOf(open({ ...discovery, 'pr-mfa': 4 }), demoConfig);
    expect(summary).not.toBeNull();
    expect(Number.isInteger(summary!.gap)).toBe(true);
    expect(summary!.gap).toBeGreaterThan(0);
    expect(summary!.gap).toBeLessThan(100);
    expect(typeof summary!.model).toBe('string');
  });
});

describe('createSummarizer', () => {
  const engine = () => ({ gap: 50, model: 'vciso-retainer' as const });

  it('loads nothing before discovery is complete', async () => {
    let loads = 0;
    const summarize = createSummarizer(async () => {
      loads++;
      return engine;
    });
    expect(await summarize(open({ employees: 3 }))).toBeNull();
    expect(loads).toBe(0);
  });

  it('loads the engine once and uses it', async () => {
    let loads = 0;
    const summarize = createSummarizer(async () => {
      loads++;
      return engine;
    });
    expect(await summarize(open(discovery))).toEqual(engine());
    expect(await summarize(open(discovery))).toEqual(engine());
    expect(loads).toBe(1);
  });

  it('says "not known" when the engine is late or fails, and retries a failed load', async () => {
    const late = createSummarizer(() => new Promise(() => undefined), 5);
    expect(await late(open(discovery))).toBeUndefined();
    let attempt = 0;
    const flaky = createSummarizer(async () => {
      if (attempt++ === 0) throw new Error('offline');
      return engine;
    });
    expect(await flaky(open(discovery))).toBeUndefined();
    expect(await flaky(open(discovery))).toEqual(engine());
  });
});
