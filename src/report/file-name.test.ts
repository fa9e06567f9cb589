import { describe, expect, it } from 'vitest';
import { handoffFileName, MAX_FILE_NAME_LENGTH, reportFileName } from './file-name';

const DATE = '2026-11-23';

describe('reportFileName', () => {
  it.each([
    ['Acme Dental', 'Acme-Dental-readiness-2026-11-23.pdf'],
    ['Zoë’s Café & Bäckerei', 'Zoe-s-Cafe-Backerei-readiness-2026-11-23.pdf'],
    ['Straße Ærø Łódź', 'Strasse-AEro-Lodz-readiness-2026-11-23.pdf'],
    ['"Quoted" <Co>', 'Quoted-Co-readiness-2026-11-23.pdf'],
    ['../../etc/passwd', 'etc-passwd-readiness-2026-11-23.pdf'],
    ['C:\\Windows\\system32', 'C-Windows-system32-readiness-2026-11-23.pdf'],
    ['..', 'assessment-readiness-2026-11-23.pdf'],
    ['.hidden', 'hidden-readiness-2026-11-23.pdf'],
    ['Acme 😀 Ltd', 'Acme-Ltd-readiness-2026-11-23.pdf'],
    ['株式会社', 'assessment-readiness-2026-11-23.pdf'],
    ['', 'assessment-readiness-2026-11-23.pdf'],
    ['   ', 'assessment-readiness-2026-11-23.pdf'],
    ['a\u0000b\nc', 'a-b-c-readiness-2026-11-23.pdf'],
  ])('%j → %s', (name, expected) => {
    expect(reportFileName(name, DATE)).toBe(expected);
  });

  it('bounds 10,000 characters to at most 80, without a trailing dash', () => {
    const name = reportFileName('Acme '.repeat(2_000), DATE);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toMatch(/^Acme-Acme.*[^-]-readiness-2026-11-23\.pdf$/);
  });

  it('never contains separators, leading dots or non-ASCII, whatever the input', () => {
    const nasty = ['/', '\\', '..', ':', '*', '?', '"', '<', '>', '|', '\u202E', '😀', ' ', '.'];
    for (let i = 0; i < 200; i++) {
      const input = Array.from(
        { length: 30 },
        (_, j) => nasty[(i * 7 + j * 3) % nasty.length],
      ).join('x');
      const name = reportFileName(input, DATE);
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*\.pdf$/);
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    }
  });

  it('leaves out a date that is not YYYY-MM-DD', () => {
    expect(reportFileName('Acme', '../../x')).toBe('Acme-readiness.pdf');
  });
});

describe('handoffFileName', () => {
  it.each([
    ['Acme Dental', 'Acme-Dental-assessment.json'],
    ['../../etc/passwd', 'etc-passwd-assessment.json'],
    ['=HYPERLINK("http://x","y")', 'HYPERLINK-http-x-y-assessment.json'],
    ['', 'assessment.json'],
    ['日本', 'assessment.json'],
  ])('%s → %s', (name, file) => {
    expect(handoffFileName(name)).toBe(file);
  });

  it('stays within the length limit', () => {
    expect(handoffFileName('A'.repeat(300)).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
  });
});
