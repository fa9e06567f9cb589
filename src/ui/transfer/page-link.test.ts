import { describe, expect, it } from 'vitest';
import { readPageLink } from './page-link';

function page(url: string) {
  const u = new URL(url);
  const replaced: string[] = [];
  const loc = { pathname: u.pathname, search: u.search, hash: u.hash } as Location;
  const hist = {
    state: null,
    replaceState: (_s: unknown, _t: string, to: string) => replaced.push(to),
  } as unknown as History;
  return { loc, hist, replaced };
}

describe('readPageLink', () => {
  it('reads the prefill once and takes it off the address, keeping campaign tags', () => {
    const { loc, hist, replaced } = page(
      'https://a.example/app/?employees=120&utm_source=crm&industry=healthcare',
    );
    const link = readPageLink(loc, hist);
    expect(link.prefill?.answers).toEqual({ employees: 120, industry: 'healthcare' });
    expect(replaced.at(-1)).toBe('/app/?utm_source=crm');
  });

  it('takes a share fragment off the address and leaves a plain visit alone', () => {
    const shared = page('https://a.example/#share=abc');
    expect(readPageLink(shared.loc, shared.hist).share).toBe('#share=abc');
    expect(shared.replaced).toEqual(['/']);
    const plain = page('https://a.example/');
    expect(readPageLink(plain.loc, plain.hist)).toEqual({});
    expect(plain.replaced).toEqual([]);
  });

  it('keeps a bad prefill’s problems for the notice, and still clears the address', () => {
    const { loc, hist, replaced } = page('https://a.example/?employees=lots');
    const link = readPageLink(loc, hist);
    expect(link.prefill?.problems[0]?.field).toBe('employees');
    expect(replaced.at(-1)).toBe('/');
  });
});
