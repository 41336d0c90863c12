// A greeting or thanks run on into the customer's own sentence (the comma left out, or a capital after it): the
// capitalised word right after the cue opens that sentence and is no addressee; a name there still is one.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a greeting run on into the next sentence', () => {
  it.each([
    ['ru, "my name is", no comma', 'Здравствуйте Меня зовут Зорина, чем могу помочь', ['Зорина']],
    ['ru, a past tense after thanks', 'Спасибо Купил 8 кг, всё свежее', []],
    ['ru, a past tense after a greeting', 'Здравствуйте Оплатил заказ 5512 вчера', []],
    ['ru, a pronoun', 'Добрый день Мы ждём заказ третий день', []],
    ['ru, a preposition before a capitalised word', 'Здравствуйте На Новый год доставка не работала', []],
    ['en, "my" after a comma', 'Hello, My order came late', []],
    ['en, "the" after a comma', 'Hi, The parcel was damaged', []],
    ['en, "my name is"', 'Hi, My name is Torvald', ['Torvald']],
  ])('keeps the opener out (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['ru, a listed name after thanks', 'Спасибо Надежда за помощь', ['Надежда']],
    ['ru, an unlisted name ending in -ла', 'Спасибо Зорбила за помощь', ['Зорбила']],
    ['ru, an unlisted name after a greeting', 'Здравствуйте Зорвина, где мой заказ', ['Зорвина']],
    ['en, a listed name that is a modal', 'Thanks Will for the help', ['Will']],
  ])('still finds the addressee (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
