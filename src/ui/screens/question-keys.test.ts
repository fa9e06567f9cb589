import { describe, expect, it } from 'vitest';
import { outlineById } from '../../core/content/question-structure';
import type { Question } from '../../core/types';
import { choicesFor, NONE_VALUE } from '../choices';
import { chooseEvent, questionActionFor, type QuestionKeyPress } from './question-keys';

const press = (key: string, over: Partial<QuestionKeyPress> = {}): QuestionKeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  fromTextArea: false,
  typing: false,
  fromControl: false,
  ...over,
});
const on = { singleKeys: true, choices: 5 };

describe('questionActionFor', () => {
  it.each([
    ['Enter', { kind: 'next' }],
    ['Escape', { kind: 'back' }],
    ['Backspace', { kind: 'back' }],
    ['1', { kind: 'choose', index: 0 }],
    ['5', { kind: 'choose', index: 4 }],
    ['6', null],
    ['0', null],
    ['x', null],
  ] as const)('%j → %j', (key, action) => {
    expect(questionActionFor(press(key), on)).toEqual(action);
  });

  it('leaves the note, typed fields, buttons and browser shortcuts alone', () => {
    expect(questionActionFor(press('Enter', { fromTextArea: true, typing: true }), on)).toBeNull();
    expect(questionActionFor(press('Escape', { fromTextArea: true, typing: true }), on)).toBeNull();
    expect(questionActionFor(press('Backspace', { typing: true }), on)).toBeNull();
    expect(questionActionFor(press('2', { typing: true }), on)).toBeNull();
    expect(questionActionFor(press('Enter', { fromControl: true }), on)).toBeNull();
    expect(questionActionFor(press('2', { ctrlKey: true }), on)).toBeNull();
    expect(questionActionFor(press('Enter', { altKey: true }), on)).toBeNull();
    // Esc from a typed field (not the note) still steps back.
    expect(questionActionFor(press('Escape', { typing: true }), on)).toEqual({ kind: 'back' });
  });

  it('number keys choose only while they are on, and only among the choices', () => {
    expect(questionActionFor(press('2'), { singleKeys: false, choices: 5 })).toBeNull();
    expect(questionActionFor(press('1'), { singleKeys: true, choices: 0 })).toBeNull();
  });
});

describe('chooseEvent: the answer a number key sends to the machine', () => {
  const single = outlineById('industry') as Question;
  const multi = outlineById('regulations') as Question;

  it('gives one answer, and nothing for the answer already given', () => {
    const choices = choicesFor(single);
    const second = choices[1]!.value;
    expect(chooseEvent(single, choices, undefined, 1)).toEqual({
      type: 'answer.set',
      questionId: 'industry',
      value: second,
    });
    expect(chooseEvent(single, choices, second, 1)).toBeNull();
  });

  it('ticks and unticks one of several, in the bank’s order; "none" clears them', () => {
    const choices = choicesFor(multi);
    const [a, b] = choices.map((c) => String(c.value));
    expect(chooseEvent(multi, choices, [b!], 0)).toEqual({
      type: 'answer.set',
      questionId: 'regulations',
      value: [a, b],
    });
    expect(chooseEvent(multi, choices, [a!, b!], 0)).toEqual({
      type: 'answer.set',
      questionId: 'regulations',
      value: [b],
    });
    const none = choices.findIndex((c) => c.value === NONE_VALUE);
    expect(chooseEvent(multi, choices, [a!], none)).toEqual({
      type: 'answer.set',
      questionId: 'regulations',
      value: [],
    });
    expect(chooseEvent(multi, choices, [], none)).toEqual({
      type: 'answer.clear',
      questionId: 'regulations',
    });
  });

  it('has no key answer for a number question or a key past the choices', () => {
    const employees = outlineById('employees') as Question;
    expect(chooseEvent(employees, [], undefined, 0)).toBeNull();
    expect(chooseEvent(single, choicesFor(single), undefined, 99)).toBeNull();
  });
});
