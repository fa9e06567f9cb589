import { describe, expect, it } from 'vitest';
import { requestDurability } from './storage-durability';

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
