// Russian chat that opens with the person written to, in lower case, then the business the customer writes about.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case word Russian does not know, opening the message before the business written about', () => {
  it.each([
    ['the order', 'ильвина заказ не пришел', ['ильвина']],
    ['the payment', 'ильвина оплата прошла', ['ильвина']],
    ['"all clear"', 'радмила все понятно', ['радмила']],
    ['"my"', 'зарифа мой заказ где', ['зарифа']],
  ])('is the person (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a filler word', 'кароче заказ не пришел'],
    ['an interjection', 'блин заказ опять задержали'],
    ['a brand', 'каспи оплата прошла'],
    ['chat slang', 'сорян все ок'],
    ['a clipped thanks', 'пасиб все понятно'],
    ['a hello on the phone', 'алло заказ где'],
  ])('is no person (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the same opener after the `а` that opens a Russian message', () => {
  it.each([
    ['a question', 'а зубайда где заказ?', ['зубайда']],
    ['the speaker turning to the person', 'а ильнур я жду', ['ильнур']],
    ['a deed', 'а ильмира сегодня работает?', ['ильмира']],
  ])('is the person (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the delivery', 'а доставка где?'],
    ['a filler word', 'а кароче где заказ'],
    ['"now"', 'а щас где заказ'],
    ['a brand', 'а вайлдберриз где заказ'],
  ])('is no person (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});
