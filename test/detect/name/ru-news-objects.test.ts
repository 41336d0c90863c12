// Russian news (ru-news-objects.ts): a surname alone opening the sentence before what is done to people: a charge,
// a question, an arrest. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a dative before a charge', 'Брандтнеру предъявлено обвинение в мошенничестве.', ['Брандтнеру']],
  ['an accusative before a question', 'Мельвиуса спросили о его планах.', ['Мельвиуса']],
  ['a nominative before a passive with был', 'Торвальдсен был арестован в аэропорту.', ['Торвальдсен']],
  ['an accusative before an arrest', 'Торвальдсена задержали на границе.', ['Торвальдсена']],
  ['a woman before a passive', 'Ирвенсдоттир была госпитализирована вчера.', ['Ирвенсдоттир']],
  ['a surname Russian knows as a word form after an extradition verb', 'Власти Перу экстрадировали Рока в Испанию.', ['Рока']],
  ['an indeclinable surname after a dismissal noun', 'Решение об увольнении Орло приняли в пятницу.', ['Орло']],
  ['a surname Russian knows as a word form after a resignation noun', 'После отставки Лова пост остался пустым.', ['Лова']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['an everyday noun before a passive', 'Законопроект был одобрен.', []],
  ['hopes not met', 'Шаттлы не оправдали всех надежд.', []],
  ['a stolen painting', 'Картину похитили ночью.', []],
  ['a city before a verb of people', 'Минск освободили в июле.', []],
  ['an acronym before a charge', 'МВД предъявлено требование.', []],
  ['a government after a resignation noun', 'После отставки Кабинета цены выросли.', []],
  ['a role after an arrest verb', 'Полиция задержала Курьера у входа.', []],
  ['an adjective after an arrest verb', 'Задержали Главного на выходе.', []],
  ['a city after an arrest noun', 'Об аресте Москвы речи не шло.', []],
  ['the first word of a name that goes on', 'Об аресте Торна Вельца сообщили вчера.', ['Торна Вельца']],
];

describe('a surname as the object of what is done to people in Russian news', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
