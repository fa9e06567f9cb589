import { describe, expect, it } from 'vitest';
import { MAX_PREFILL_PARAMS, parsePrefill } from './prefill';

const parse = (query: string) => parsePrefill(new URLSearchParams(query));

describe('parsePrefill', () => {
  it.each([
    ['employees=120', { employees: 120 }],
    ['industry=healthcare', { industry: 'healthcare' }],
    ['regulations=hipaa,pci-dss', { regulations: ['hipaa', 'pci-dss'] }],
    ['regulations=%20hipaa%20,%20pci-dss', { regulations: ['hipaa', 'pci-dss'] }],
    ['regulations=none', { regulations: [] }],
    ['regulations=', { regulations: [] }],
    [
      'employees=45&industry=legal&itSupport=msp',
      { employees: 45, industry: 'legal', itSupport: 'msp' },
    ],
    ['utm_source=crm&gclid=abc&employees=9', { employees: 9 }],
    ['', {}],
  ])('%s gives the answers', (query, answers) => {
    expect(parse(query)).toEqual({ answers, problems: [] });
  });

  it.each([
    ['employees=many', 'employees', 'must be a number'],
    ['employees=12.5', 'employees', 'must be a whole number'],
    ['employees=0', 'employees', 'must be at least 1'],
    ['employees=-4', 'employees', 'must be at least 1'],
    ['employees=99999999999', 'employees', 'must be at most 1000000'],
    ['industry=bogus', 'industry', 'must be one of'],
    ['regulations=hipaa,nope', 'regulations', 'contains "nope"'],
    ['regulations=hipaa,hipaa', 'regulations', 'more than once'],
    ['favouriteColour=blue', 'favouriteColour', 'is not a question that can be filled in'],
    ['gv-security-owner=3', 'gv-security-owner', 'only discovery can be filled in'],
    ['industry=legal&industry=healthcare', 'industry', 'more than once'],
  ])('%s is reported, not dropped', (query, field, message) => {
    const { answers, problems } = parse(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.message).toContain(message);
    expect(answers[field]).toBeUndefined();
  });

  it('keeps the good values beside the bad ones', () => {
    const { answers, problems } = parse('employees=30&industry=bogus&incident=none');
    expect(answers).toEqual({ employees: 30, incident: 'none' });
    expect(problems.map((p) => p.field)).toEqual(['industry']);
  });

  it('stops at a link with too many values, without crashing', () => {
    const many = Array.from({ length: 500 }, (_, i) => `x${i}=1`).join('&');
    const { problems } = parse(many);
    expect(problems).toHaveLength(MAX_PREFILL_PARAMS + 1);
    expect(problems.at(-1)!.message).toContain(`more than ${MAX_PREFILL_PARAMS}`);
  });
});
