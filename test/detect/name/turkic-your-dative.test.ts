// A capitalised word with "your" before the dative right before a verb of answering or telling (runs.ts yourObject):
// `Меруерт! Сұрағыңызға жауап береміз` is "to your question", not a second person. Names in the dative before the
// same verbs stay names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('"your …" in the dative after an addressed name', () => {
  it.each([
    ['Kazakh, after an exclamation', 'Гүлнар! Сұрағыңызға жауап береміз.', ['Гүлнар']],
    ['Kazakh, after a greeting and a comma', 'Сәлем Меруерт, Сұрағыңызға жауап береміз.', ['Меруерт']],
    ['Uzbek Latin, after an exclamation', 'Dilorom! Savolingizga javob beramiz.', ['Dilorom']],
    ['Kazakh, "your complaint"', 'Сәлеметсіз бе, Ғалымжан! Шағымыңызға жауап береміз.', ['Ғалымжан']],
  ])('is no name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a name in the dative before the same verbs', () => {
  it.each([
    ['Kazakh, listed', 'Мен Айгүлге жауап бердім.', ['Айгүлге']],
    ['Uzbek Latin, listed', 'Dilnozaga javob berdim.', ['Dilnozaga']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
