// Uzbek Latin names carrying the question particle (`-mi`, `-misiz`, `-misan`, `-mikan`): the particle is stripped
// before the list lookup like a case ending (src/detect/name/suffixes.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an Uzbek name with the question particle', () => {
  it.each([
    ['on the phone', 'Allo, bu Jahongirmi?', ['Jahongirmi']],
    ['asking the person', 'Siz Jasurmisiz?', ['Jasurmisiz']],
    ['two names in a question', 'Jasurmi yoki Sardormi, bilmayman', ['Jasurmi', 'Sardormi']],
  ])('masks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word asked', 'Yaxshimisiz? Buyurtma qachon keladi?'],
    ['a service asked', 'alo, yetkazib berish xizmatimi?'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the question particle on a clipped stem', () => {
  it.each([
    ['"is there a discount" after a greeting', 'salom, chegirma bormi'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
