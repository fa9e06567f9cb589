// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTimeoutError, TimeoutError, withTimeout } from './with-timeout';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('passes through a value that arrives in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'quick')).resolves.toBe(7);
  });

  it('passes through a rejection that arrives in time', async () => {
    const boom = new Error('boom');
    await expect(withTimeout(Promise.reject(boom), 50, 'quick')).rejects.toBe(boom);
  });

  it('rejects with a TimeoutError naming the call once the time is up', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise<never>(() => undefined), 2_000, 'Opening the db');
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const error: unknown = settled.mock.calls[0]?.[0];
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe('Opening the db did not finish within 2000 ms');
  });

  it('hands a value that arrives late to onLate, so it can be released', async () => {
    vi.useFakeTimers();
    let resolveLate: (value: string) => void = () => undefined;
    const late = new Promise<string>((resolve) => (resolveLate = resolve));
    const onLate = vi.fn();
    const bounded = withTimeout(late, 10, 'slow', onLate);
    const rejected = expect(bounded).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(10);
    await rejected;
    resolveLate('connection');
    await Promise.resolve();
    await Promise.resolve();
    expect(onLate).toHaveBeenCalledWith('connection');
  });

  it('clears its timer when the promise settles first', async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve(1), 1_000, 'quick');
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a limit of %s ms', (ms) => {
    expect(() => withTimeout(Promise.resolve(1), ms, 'bad')).toThrow(RangeError);
  });
});
