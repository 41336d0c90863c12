// A full name split by an expletive in English posts (en-expletive-names.ts): a listed given name, a lower-case
// expletive, and a listed surname or a word on no list are one name. Invented names and sentences, written for
// pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a full name with an expletive inside it', () => {
  it.each([
    ['an unlisted surname', 'Samuel fucking Quorvel ladies and gentlemen', ['Samuel fucking Quorvel']],
    ['a dropped g, an ambiguous given name', 'Don muthafuckin Quorvel ladies and gentlemen.', ['Don muthafuckin Quorvel']],
    ['a listed surname, before praise', 'Kevin freaking Pemberton is the best', ['Kevin freaking Pemberton']],
  ])('is one name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['no given name before it', 'What the fucking Hell is this', []],
    ['a lower-case word after it', 'I met Samuel fucking yesterday', ['Samuel']],
    ['a place after it', 'Kevin fucking London is the worst', ['Kevin']],
  ])('is no such name (%s): %s', (_, text, expected: string[]) => {
    expect(names(text)).toEqual(expected);
  });
});
