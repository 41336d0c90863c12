// Nurses and the dative forms thanks take, as service roles (cues/name-service-roles.txt): the word after one is the
// employee's name, lower case included; the role alone is no name. Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a nurse or a thanked employee named after the role word', () => {
  it.each([
    ['Russian dative, lower case', 'спасибо медсестре зарине за терпение', ['зарине']],
    ['Russian dative, lower case, a short name the lexicon also reads as a word', 'спасибо медсестре лоле', ['лоле']],
    ['Russian nominative, lower case', 'медсестра лола очень внимательная', ['лола']],
    ['Russian dative, capitalised', 'Отдельное спасибо медсестре Севаре!', ['Севаре']],
    ['Russian nominative', 'медсестра Гулнора очень внимательная', ['Гулнора']],
    ['Uzbek Latin', 'Hamshira Nodira opa juda mehribon', ['Nodira']],
    ['Russian dative of a cashier', 'спасибо кассиру Азизе за помощь', ['Азизе']],
  ])('masks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the role as subject', 'Медсестра сказала прийти завтра'],
    ['the role before a verb', 'медсестре передала документы'],
    ['the role before a preposition', 'спасибо медсестре за заботу'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
