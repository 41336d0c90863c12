// A dialogue whose lines were joined with spaces: its turns are read as lines, so a speaker named by the customer's
// own (unlisted) name is found as on a line of its own; one label alone, clock times and links stay as they were.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a dialogue flattened into one line', () => {
  it.each([
    ['ru, the customer speaks by name', 'Оператор: Здравствуйте! Чем помочь? Тамшид: где мой заказ? Оператор: Тамшид, уточните номер', ['Тамшид', 'Тамшид']],
    ['ru, no full stop before the next label', 'Оператор: Добрый день! Вирона: заказ не пришёл Оператор: Вирона, номер заказа?', ['Вирона', 'Вирона']],
    ['en', 'Agent: Hello! How can I help? Torvik: my order is late. Agent: Sorry, checking now.', ['Torvik']],
    ['uz-latn', 'Operator: Salom! Yordam kerakmi? Zirona: buyurtma kelmadi. Operator: raqamni yozing.', ['Zirona']],
  ])('finds the speaker (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['fields of a contact card, one of them a role', 'Тел: 8 900 123 45 67. Адрес: улица Навои 5. Время: 12:30'],
    ['one label and a capitalised heading', 'Оператор: спасибо за ожидание. Итого: 5 000 сум'],
    ['a link and a clock time', 'Клиент: ссылка https://example.uz/track в 12:30. Оператор: принято'],
  ])('finds nothing (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});
