// A Korean surname opening the sentence before a given name (ru-korean-openers.ts): the whole name, not the given
// name alone.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a Korean surname opening the sentence before a given name', () => {
  it.each([
    ['a surname that is also a word', 'Пак Анатолий оформил возврат.', ['Пак Анатолий']],
    ['with a patronymic', 'Шин Тимофей Андреевич привёз посылку.', ['Шин Тимофей Андреевич']],
    ['a woman', 'Цой Виктория помогла с выбором.', ['Цой Виктория']],
    ['a surname from the news list', 'Мун Анатолий ответил быстро.', ['Мун Анатолий']],
    ['after an earlier sentence', 'Заказ пришёл. Тян Марина всё объяснила.', ['Тян Марина']],
  ])('is one name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"to us"', 'Нам Анна всё объяснила.', ['Анна']],
    ['a preposition', 'Со Светланой всё решили.', ['Светланой']],
    ['a pronoun', 'Им Марина всё объяснила.', ['Марина']],
    ['"but"', 'Но Анатолий не приехал.', ['Анатолий']],
  ])('leaves a Russian word out (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
