import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../core/assumptions';
import { importNotice } from '../../flow/import-notice';
import { noticeText } from '../messages/notices';
import { createShareFragment, readShareFragment, SHARE_PREFIX } from './share-link';

const input = {
  companyName: 'Ünal & Söhne "GmbH" 🚀',
  createdAt: '2026-11-20T09:30:00.000Z',
  answers: { employees: 45, industry: 'legal', 'pr-mfa': 3, 'gv-security-owner': 'unknown' },
  notes: { employees: 'private note' },
  assumptions: defaultAssumptions,
};

describe('share links', () => {
  it('round-trip the answers and assumptions, and leave notes out', async () => {
    const hash = await createShareFragment(input, '2026-11-23T12:00:00.000Z');
    expect(hash.startsWith(SHARE_PREFIX)).toBe(true);
    expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    const back = await readShareFragment(hash);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.answers).toEqual(input.answers);
    expect(back.value.companyName).toBe(input.companyName);
    expect(back.value.assumptions).toEqual(defaultAssumptions);
    expect(back.value.notes).toEqual({});
  });

  it('stay short enough to paste', async () => {
    const hash = await createShareFragment(input, '2026-11-23T12:00:00.000Z');
    expect(hash.length).toBeLessThan(2000);
  });

  it.each([
    ['an empty link', '#share='],
    ['a cut-off link', null],
    ['garbage', '#share=!!!notbase64'],
    ['valid base64 that is not deflate', '#share=aGVsbG8'],
    ['an oversized link', '#share=' + 'A'.repeat(70_000)],
  ])('refuse %s with a reason', async (_label, hash) => {
    const full = await createShareFragment(input, '2026-11-23T12:00:00.000Z');
    const r = await readShareFragment(hash ?? full.slice(0, full.length - 12));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message.length).toBeGreaterThan(5);
  });
});

describe('a share link made by question bank 2026.11.1 (fixture)', () => {
  const hash = readFileSync(
    new URL('../../core/content/fixtures/2026.11.1/share-link.txt', import.meta.url),
    'utf8',
  ).trim();

  it('loads, and the notice names each question whose meaning changed', async () => {
    const back = await readShareFragment(hash);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.contentVersion).toBe('2026.11.1');
    expect(back.value.notes).toEqual({});
    expect(back.value.answers).not.toHaveProperty('rs-containment');
    expect(back.value.changed.map((c) => c.id)).toEqual([
      'gv-vendor-risk',
      'pr-access-control',
      'pr-patching',
      'pr-network-protection',
      'rs-containment',
      'it-lifecycle',
    ]);
    const message = noticeText(importNotice(back.value, 'link', 'new-1'));
    expect(message).toMatch(/^“Harbour Lane Software” from the share link is now saved/);
    for (const title of [
      'Vendor security',
      'Accounts and access',
      'Patching',
      'Network protection',
      'Replacement planning',
    ]) {
      expect(message).toMatch(
        new RegExp(`“${title}” now asks only [^.]*\\. Your answer was kept\\.`),
      );
    }
    expect(message).toContain(
      '“Incident response help” now asks only whether outside incident response help is lined up before you need it. The earlier answer was left out: please answer it again.',
    );
  });
});
