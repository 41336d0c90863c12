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
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['an everyday noun before a passive', 'Законопроект был одобрен.', []],
  ['hopes not met', 'Шаттлы не оправдали всех надежд.', []],
  ['a stolen painting', 'Картину похитили ночью.', []],
  ['a city before a verb of people', 'Минск освободили в июле.', []],
  ['an acronym before a charge', 'МВД предъявлено требование.', []],
];

describe('a surname as the object of what is done to people in Russian news', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
