// Short Kazakh chat typed with Russian letters whose everyday words Kyrgyz may write the same way (`келди`, `жаксы`,
// `кайырлы`): the text reads Turkic and the words our lists know get their Kazakh letters back
// (plain-letters.ts PlainReading.Listed, scan.ts looseTurkic); a -құл name typed `-кул` keeps its name ending
// (turkic-shape.ts). Invented sentences and names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name in short Kazakh chat typed with Russian letters', () => {
  it.each([
    ['a listed name with қ between two verbs of no list', 'Кеше Акбота келди', ['Акбота']],
    ['a listed name in the ablative', 'Куралайдан хабар жок', ['Куралайдан']],
    ['an unlisted name after a greeting typed plain', 'Кайырлы тан Алмурат', ['Алмурат']],
    ['an unlisted -кул name', 'Кеше Сакенкул келди', ['Сакенкул']],
    ['an unlisted -кул name in the accusative', 'Сакенкулды шакырынызшы', ['Сакенкулды']],
  ])('is found (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the same reading leaves other text alone', () => {
  it.each([
    ['Russian with one Kazakh word typed plain', 'Все жаксы, спасибо большое'],
    ['a capital in the dative', 'Кеше Астанага келдим, бари жаксы'],
    ['a city in the locative', 'Ертен Алматыда боламын'],
    ['a Kyrgyz city in the locative', 'Бишкекте жаксы дукен бар'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a Kyrgyz patronymic as written', () => {
    expect(names('урматтуу аида медер кызы')).toEqual(['аида медер кызы']);
  });
});
