import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../core/assess';
import { ADDED_ASSUMPTIONS } from '../../core/assumptions';
import { CONTENT_VERSION } from '../../core/content/question-structure';
import { buildHandoffFile, parseHandoffFile, type ImportedAssessment } from '../../core/handoff';
import { importNotice, importTooLargeNotice } from '../../flow/import-notice';
import type { Notice } from '../../flow/notices';
import { noticeText } from './notices';
import { storageProblemText } from './storage';

const fixtureText = readFileSync(
  new URL('../../core/content/fixtures/2026.11.1/handoff.json', import.meta.url),
  'utf8',
);

function parsed(text: string): ImportedAssessment {
  const r = parseHandoffFile(text);
  if (!r.ok) throw new Error(`the fixture does not parse: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The sentences every notice for a 2026.11.1 assessment must carry, one per changed question. */
const CHANGED_QUESTION_SENTENCES = [
  '“Vendor security” now asks only how you check the security of vendors that can reach your systems or data. Your answer was kept.',
  '“Accounts and access” now asks only about joiners, movers and leavers; admin accounts have a question of their own. Your answer was kept.',
  '“Patching” now asks only how updates are installed; scanning and testing for weaknesses is a new question. Your answer was kept.',
  '“Network protection” now asks only how far an attacker could reach inside your network; remote access is a new question. Your answer was kept.',
  '“Incident response help” now asks only whether outside incident response help is lined up before you need it. The earlier answer was left out: please answer it again.',
  '“Replacement planning” now asks only how replacements are planned; systems past their end of support are a new question. Your answer was kept.',
];

describe('importNotice for a hand-off file made by question bank 2026.11.1 (fixture)', () => {
  const imported = parsed(fixtureText);
  const notice = importNotice(imported, 'file', 'new-1');
  const message = noticeText(notice);

  it('imports every answer but the one whose question now asks something else', () => {
    expect(imported.contentVersion).toBe('2026.11.1');
    expect(imported.dropped).toEqual([]);
    expect(imported.answers).not.toHaveProperty('rs-containment');
    expect(imported.answers['pr-patching']).toBe(0);
    expect(Object.keys(imported.answers)).toHaveLength(43);
  });

  it.each(CHANGED_QUESTION_SENTENCES)('names the changed question: %s', (sentence) => {
    expect(message).toContain(sentence);
  });

  it('reads as one notice: what was imported, the versions, the changes and the new questions', () => {
    expect(notice).toMatchObject({ kind: 'imported', id: 'new-1' });
    expect(message).toBe(
      [
        '“Harbour Lane Software” was imported from the hand-off file as a new assessment on this device.',
        `It was answered with questions version 2026.11.1; this app uses ${CONTENT_VERSION}.`,
        ...CHANGED_QUESTION_SENTENCES,
        '6 new questions are waiting.',
        'Its cost assumptions were saved before this version added interim cover, a tooling ' +
          'budget, a full-time CIO, project, refresh and incident hours, and the comparison ' +
          'choice: those take the defaults for the recommendation.',
      ].join(' '),
    );
  });
});

describe('importNotice for a file of this question bank', () => {
  it('names no change', () => {
    const current = parsed(
      JSON.stringify(
        buildHandoffFile({ ...parsed(fixtureText), assumptions: null }, '2026-12-06T10:00:00.000Z'),
      ),
    );
    expect(current.changed).toEqual([]);
    expect(noticeText(importNotice(current, 'file', 'new-2'))).toBe(
      '“Harbour Lane Software” was imported from the hand-off file as a new assessment on this device.',
    );
  });
});

describe('a hand-off file whose cost assumptions predate scoring 2.0.0 (fixture)', () => {
  const imported = parsed(fixtureText);

  it('keeps the saved assumptions, never refuses them, and says the new ones take defaults', () => {
    expect(imported.assumptions).toMatchObject({ horizonMonths: 36, cisoBaseSalary: 250_000 });
    expect(imported.assumptions).not.toHaveProperty('cisoToolingBudget');
    expect(noticeText(importNotice(imported, 'file', 'x'))).toContain(
      'Its cost assumptions were saved before this version added interim cover',
    );
  });

  it('is priced with the saved figures and this prospect’s defaults for the rest, named', () => {
    const result = assess(imported.answers, { assumptions: imported.assumptions ?? undefined });
    expect(result.assumptionsFilled).toEqual([...ADDED_ASSUMPTIONS]);
    expect(result.assumptions.cisoBaseSalary).toBe(250_000);
    expect(result.assumptions.cisoToolingBudget).toBe(result.defaultAssumptions.cisoToolingBudget);
    expect(result.assumptions.compareWithFullTime).toBe('auto');
  });

  it('says nothing of assumptions for a file of today’s shape', () => {
    const today = parsed(
      JSON.stringify(
        buildHandoffFile(
          { ...imported, assumptions: assess(imported.answers).assumptions },
          '2026-12-06T00:00:00.000Z',
        ),
      ),
    );
    expect(noticeText(importNotice(today, 'file', 'x'))).not.toContain('cost assumptions');
  });
});

describe('the flow’s other notices, in words', () => {
  it.each<[Notice, string]>([
    [
      { kind: 'prefill', problems: [{ field: 'industry', message: 'must be one of "legal"' }] },
      'Some values in the link were not used: industry must be one of "legal".',
    ],
    [
      { kind: 'share-invalid', issues: [{ field: 'link', message: 'is damaged' }] },
      'This share link cannot be opened: link is damaged.',
    ],
    [{ kind: 'share-invalid', issues: null }, 'This share link cannot be opened in this browser.'],
    [
      { kind: 'unavailable', failed: 'read' },
      'Saved assessments could not be read. You can still start a new one.',
    ],
    [{ kind: 'unavailable', failed: 'create' }, 'A new assessment could not be created.'],
    [{ kind: 'missing' }, 'That assessment is no longer on this device.'],
    [{ kind: 'import-failed', source: 'link' }, 'The copy could not be saved.'],
    [
      { kind: 'import-failed', source: 'file' },
      'The hand-off file could not be saved on this device.',
    ],
    [{ kind: 'save-failed' }, 'Your last change could not be saved. It is kept in this tab.'],
    [{ kind: 'lead-failed' }, 'Your details could not be kept. Please try again.'],
    [{ kind: 'export-failed' }, 'The leads could not be exported.'],
    [
      {
        kind: 'storage-problem',
        problem: { kind: 'corrupt', id: 'a-1', companyName: 'Acme' },
      },
      storageProblemText({ kind: 'corrupt', id: 'a-1', companyName: 'Acme' }),
    ],
  ])('%j reads “%s”', (notice, text) => {
    expect(noticeText(notice)).toBe(text);
  });

  it('says a change in two tabs overwrote nothing, and names the copy', () => {
    const text = noticeText({
      kind: 'conflict',
      change: 'changed',
      id: 'a2',
      companyName: 'Acme Dental',
      copyName: 'Acme Dental (copy from another tab)',
    });
    expect(text).toContain('Nothing was overwritten');
    expect(text).toContain('“Acme Dental (copy from another tab)”');
  });

  it('says an assessment deleted in another tab was closed here', () => {
    const text = noticeText({ kind: 'conflict', change: 'deleted', id: 'a1', companyName: '' });
    expect(text).toContain('“This assessment” was deleted');
  });

  it('names an imported file, a saved share link, and what another question bank lost', () => {
    const base = parsed(fixtureText);
    const file = noticeText(importNotice(base, 'file', 'n'));
    expect(file).toContain('imported from the hand-off file as a new assessment');
    expect(noticeText(importNotice(base, 'link', 'n'))).toContain(
      'from the share link is now saved on this device',
    );
    const old = {
      ...base,
      contentVersion: '2025.01.1',
      dropped: [{ field: 'retired-question', message: 'no such question' }],
    };
    const message = noticeText(importNotice(old, 'file', 'n'));
    expect(message).toContain(`version 2025.01.1; this app uses ${CONTENT_VERSION}`);
    expect(message).toContain('1 answer was left out');
    expect(message).toContain('retired-question (no such question)');
  });

  it('refuses a file too large for its size, without blaming the device', () => {
    const text = noticeText(
      importTooLargeNotice(
        parsed(fixtureText),
        'file',
        'record: 1.02 MiB is over the 1.00 MiB limit',
      ),
    );
    expect(text).toMatch(
      /too large to keep as one assessment: 1\.\d\d MiB is over the 1\.00 MiB limit/,
    );
    expect(text).not.toContain('this device');
  });
});
