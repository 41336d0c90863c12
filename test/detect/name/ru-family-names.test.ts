// A family named by its surname in the plural after a family noun (src/detect/name/ru-family-names.ts), and the
// Uzbek and Kazakh family word after a plural surname (patterns/stoplists/common-uz.txt, common-kk.txt).
// Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a family named by its plural surname', () => {
  it.each([
    ['genitive after "from the family"', 'От имени семьи Назаровых благодарим клинику', ['Назаровых']],
    ['opening the sentence', 'Семья Петровых благодарит врачей', ['Петровых']],
    ['after "all the family"', 'Спасибо от всей семьи Юсуповых!', ['Юсуповых']],
    ['a couple, accusative', 'Поздравляем чету Ахмедовых с годовщиной', ['Ахмедовых']],
    ['lower-case writing', 'семья турсуновых благодарит за помощь', ['турсуновых']],
    ['Uzbek family word after the surname', 'Каримовлар оиласи миннатдор', ['Каримовлар']],
  ])('masks the surname (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an adjective after the family noun', 'Для семьи Новых магазин удобен'],
    ['an adjective in lower case', 'для семьи новых клиентов скидка'],
    ['an -ой adjective', 'для семьи деловых людей'],
    ['a healthy family', 'семья здоровых людей'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
