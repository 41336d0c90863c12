// Russian prose (ru-news-named-after.ts): the person a theatre, a school or a prize is named after, after `имени` or
// `им.`. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a surname after имени', 'Премия имени Вельтмана вручена в среду.', ['Вельтмана']],
  ['an adjective-shaped surname before a verb', 'Стадион имени Торвельского открыл сезон.', ['Торвельского']],
  ['an adjective-shaped surname before и and a second person', 'Театр имени Торвельского и Брюкмана-Дальского ставит оперу.', ['Торвельского', 'Брюкмана-Дальского']],
  ['a given name and a surname after им.', 'Театра им. Йорвина Бальтса (Германия).', ['Йорвина Бальтса']],
  ['a woman after им.', 'МГУ им. Ирины Торновой принял студентов.', ['Ирины Торновой']],
  ['initials and a surname', 'Школа имени Н. Э. Тарвена открылась.', ['Н. Э. Тарвена']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['an adjective before the noun it agrees with', 'Завод имени Ленинского комсомола закрыт.', []],
  ['a feminine adjective before its noun', 'Площадь имени Октябрьской революции.', []],
  ['an anniversary with a number', 'Парк имени 50-летия Октября.', []],
  ['an organisation compound', 'Театр имени Моссовета поставил спектакль.', []],
  ['a chat line about an address, no sentence end', 'библиотека имени Тарвена закрыта', []],
  ['a pronoun ending a sentence before a surname in the nominative', 'Мы помогли им. Тарвен ушёл домой.', []],
];

describe('a person something is named after', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
