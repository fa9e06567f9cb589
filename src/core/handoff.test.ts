import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { defaultAssumptions } from './assumptions';
import { CONTENT_VERSION, readinessQuestions } from './content/questions';
import { buildHandoffFile, HANDOFF_FORMAT, parseHandoffFile, type HandoffInput } from './handoff';
import type { Answers } from './types';

const answers: Answers = {
  employees: 45,
  industry: 'healthcare',
  regulations: ['hipaa'],
  customerDemands: 'questionnaires',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'it-generalist',
  initiatives: ['cloud-migration'],
  dedicatedMandate: 'no',
  ...Object.fromEntries(readinessQuestions.map((q, i) => [q.id, i % 6 === 5 ? 'unknown' : i % 5])),
};

const input: HandoffInput = {
  companyName: 'Zoë\'s "Clinic" <b>',
  createdAt: '2026-11-20T09:30:00.000Z',
  answers,
  notes: { employees: 'Includes 5 contractors', assessment: 'Met on Tuesday' },
  assumptions: { ...defaultAssumptions, cisoBaseSalary: 280_000 },
};

const file = () => buildHandoffFile(input, '2026-11-23T12:00:00.000Z');

describe('the hand-off file', () => {
  it('names each answer by question id and NIST CSF category, with the versions', () => {
    const f = file();
    expect(f.format).toBe(HANDOFF_FORMAT);
    expect(f.contentVersion).toBe(CONTENT_VERSION);
    const mfa = f.assessment.answers.find((a) => a.questionId === 'pr-mfa');
    expect(mfa?.csf).toContain('PR.AA');
    expect(f.assessment.answers.find((a) => a.questionId === 'employees')?.section).toBe(
      'discovery',
    );
  });

  it('carries scenario B, and a file without one reads as none', () => {
    const scenario = { ...defaultAssumptions, vcisoMonthlyRetainer: 7_500 };
    const back = parseHandoffFile(
      JSON.stringify(buildHandoffFile({ ...input, scenario }, '2026-11-23T12:00:00.000Z')),
    );
    expect(back.ok && back.value.scenario).toEqual(scenario);
    const plain = file();
    delete plain.assessment.scenario;
    const without = parseHandoffFile(JSON.stringify(plain));
    expect(without.ok && without.value.scenario).toBeNull();
  });

  it('refuses a scenario B outside the limits, naming the field', () => {
    const f = file();
    f.assessment.scenario = { ...defaultAssumptions, onDemandHourlyRate: -1 };
    const back = parseHandoffFile(JSON.stringify(f));
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.issues[0]?.field).toBe('assessment.scenario.onDemandHourlyRate');
  });

  it('reads back identically, and scores identically', () => {
    const back = parseHandoffFile(JSON.stringify(file()));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.answers).toEqual(answers);
    expect(back.value.notes).toEqual(input.notes);
    expect(back.value.companyName).toBe(input.companyName);
    expect(back.value.dropped).toEqual([]);
    const before = assess(answers, { assumptions: input.assumptions! });
    const after = assess(back.value.answers, { assumptions: back.value.assumptions! });
    expect(after).toEqual(before);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'other' }), /not an assessment hand-off file/],
    ['a newer format', JSON.stringify({ ...file(), formatVersion: 2 }), /newer version/],
    ['no version', JSON.stringify({ ...file(), formatVersion: 'one' }), /missing/],
    ['too large', ' '.repeat(2 * 1024 * 1024 + 1), /larger than 2 MiB/],
    ['a JSON array', '[]', /not an assessment hand-off file/],
  ])('refuses %s with the reason', (_label, text, message) => {
    const r = parseHandoffFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.field} ${i.message}`).join(' ')).toMatch(message);
  });

  it('lists every bad field of a tampered file of this version', () => {
    const f = file();
    const tampered = {
      ...f,
      assessment: {
        ...f.assessment,
        createdAt: 'yesterday',
        assumptions: { ...defaultAssumptions, cisoBaseSalary: -1 },
        answers: [...f.assessment.answers, { questionId: 'employees', value: 0 }],
      },
    };
    const r = parseHandoffFile(JSON.stringify(tampered));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const fields = r.issues.map((i) => i.field).join(' ');
      expect(fields).toContain('createdAt');
      expect(fields).toContain('cisoBaseSalary');
      expect(fields).toContain('employees');
    }
  });

  it('migrates a file from another content version by dropping what no longer fits', () => {
    const f = file();
    const old = {
      ...f,
      contentVersion: '2025.01.0',
      assessment: {
        ...f.assessment,
        answers: [...f.assessment.answers, { questionId: 'retired-question', value: 3 }],
      },
    };
    const r = parseHandoffFile(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.dropped.map((d) => d.field)).toEqual(['retired-question']);
      // Older than every bank the change table knows: each change since is applied and named.
      const { 'rs-containment': _askedAgain, ...stillFit } = answers;
      expect(r.value.answers).toEqual(stillFit);
      expect(r.value.changed.map((c) => c.id)).toEqual([
        'gv-vendor-risk',
        'pr-access-control',
        'pr-patching',
        'pr-network-protection',
        'rs-containment',
        'it-lifecycle',
      ]);
    }
  });

  it('names nothing and changes nothing for a file of this content version', () => {
    const r = parseHandoffFile(JSON.stringify(file()));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.changed).toEqual([]);
      expect(r.value.added).toBe(0);
      expect(r.value.answers).toEqual(answers);
    }
  });
});
