// Uzbek chat spells the Arabic greeting with one s (`Asalomu alaykum`), and `Asal` is a given name: the greeting
// must not pass for one (patterns/stoplists/greetings.txt).

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a greeting spelt as chat spells it', () => {
  it.each([
    ['Latin, after a speaker label', 'Operator: Asalomu alaykum! Ismim Sarvinoz.', ['Sarvinoz']],
    ['Latin, the short form before a name', 'Asalom, Jasur aka! Buyurtma qachon keladi?', ['Jasur']],
    ['Cyrillic, after a speaker label', 'Оператор: Асалому алайкум! Исмим Нодирбек.', ['Нодирбек']],
  ])('is no name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the given name itself after a greeting', 'Assalomu alaykum, Asal opa! Buyurtmangiz keldi.', ['Asal']],
  ])('leaves the name it looks like (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
