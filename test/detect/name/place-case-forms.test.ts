// A listed place in a case form after a given name is where the person goes, comes from or lives, not a surname;
// a bare place after a given name still can be one (`Джек Лондон`). Invented people; places from stoplists/places.txt.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';
import { placeCaseForm } from '../../../src/detect/name/place-case-forms.js';

describe('placeCaseForm', () => {
  const places = new Set(['samarqand', 'toshkent', 'алматы', 'бишкек', 'москва', 'ташкент']);
  it.each([
    ['samarqandga', true],
    ['toshkentdan', true],
    ['алматыдан', true],
    ['бишкекке', true],
    ['москвы', true],
    ['ташкента', true],
    ['samarqand', false],
    ['алматы', false],
    ['toshkenta', false],
    ['бишкекбаев', false],
  ])('%s → %s', (word, expected) => {
    expect(placeCaseForm(word, places)).toBe(expected);
  });
});

describe('a place in a case form after a bare given name', () => {
  it.each([
    ['Uzbek Latin dative', 'Sardor Samarqandga ketdi, ertaga qaytadi', ['Sardor']],
    ['Uzbek Latin ablative', 'Nodira Toshkentdan keldi', ['Nodira']],
    ['Uzbek Cyrillic ablative', 'Жасур Тошкентдан келди', ['Жасур']],
    ['Kazakh ablative', 'Айгүл Алматыдан келді', ['Айгүл']],
    ['Kyrgyz dative', 'Айбек Бишкекке кетти', ['Айбек']],
    ['Russian genitive', 'Иван Москвы не видел', ['Иван']],
  ])('is no surname (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a bare place after a given name', 'Рецензия: Джек Лондон написал это в молодости', ['Джек Лондон']],
    ['both words declined', 'Купил книгу Джека Лондона', ['Джека Лондона']],
  ])('leaves a surname that is a place (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
