// After a one-word label opening its line (`клиент: …`, `отзыв: …`), a lower-case message opens again: the opener
// frames read a name there as at a line start (chat-line-labels.ts, chat-addressed.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name opening the message after a line label', () => {
  it.each([
    ['Kazakh, an unlisted name before an object and a deed', 'клиент: ақбөпе тапсырысты әкелді', ['ақбөпе']],
    ['Kazakh, a review label', 'пікір: ақбөпе тапсырысты әкелді', ['ақбөпе']],
    ['Russian, turning to the person', 'клиент: фаргат где мой заказ', ['фаргат']],
    ['Russian, a review label before a subject and its verb', 'отзыв: фаргат приехал вовремя', ['фаргат']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name after a line label', () => {
  it.each([
    ['a role word opening the message', 'клиент: курьер тапсырысты әкелді'],
    ['an everyday word opening the message', 'клиент: заказ не пришел'],
    ['a misspelt word after a service role label', 'оператор: буртма рақамини айтинг'],
    ['a misspelt English word after an English label', 'support: cuold you give me the number'],
    ['a place after an address label', 'адрес: алматы, абай көшесі'],
  ])('finds none (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
