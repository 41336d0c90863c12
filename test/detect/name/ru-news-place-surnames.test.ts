// Russian news (ru-news-place-surnames.ts): a surname spelt like an English place name, before a verb of saying or
// coordinated with a surname in the same case. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a surname spelt like a place before a verb of saying', 'Ричмонд сообщил, что готов к переговорам.', ['Ричмонд']],
  ['the same surname before an adverb and a verb of judgement', 'Денвер также осудил это решение.', ['Денвер']],
  ['the same surname before a negated verb of saying', 'Фресно не признал своей ошибки.', ['Фресно']],
  ['a word form coordinated with a surname in the instrumental', 'Спор между Вельцеровым и Тарном затянулся.', ['Вельцеровым', 'Тарном']],
  ['a word form before a coordinated surname', 'Спор между Тарном и Вельцеровым затянулся.', ['Тарном', 'Вельцеровым']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a curated capital standing for its government', 'Минск также осудил решение.', []],
  ['a team named after its city before a verb of winning', 'Денвер победил в овертайме.', []],
  ['a body coordinated with a surname', 'Переговоры между Вельцеровым и Кабинетом шли долго.', ['Вельцеровым']],
  ['an adjective coordinated with a surname', 'Разговор с Вельцеровым и Главным длился час.', ['Вельцеровым']],
  ['a word in another case than the surname', 'Спор между Вельцеровым и Тарна затянулся.', ['Вельцеровым']],
];

describe('a surname spelt like a place in Russian news', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
