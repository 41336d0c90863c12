// Kyrgyz "good day / morning / evening" opens with a word that is also a given name (greeting-negatives.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a greeting built on a given name', () => {
  it.each([
    ['good day', 'Кутман күн! Заказ келди.'],
    ['good morning', 'Кутман таң! Заказ кайда?'],
    ['good evening, before Russian', 'Кутман кеч, заказ пришёл, спасибо.'],
  ])('is not a person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the same name as a person', () => {
  it.each([
    ['after a role word', 'Курьер Кутман келди, рахмат.', ['Кутман']],
    ['before a day in another case', 'Кутман күнү бою жооп бербеди.', ['Кутман']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
