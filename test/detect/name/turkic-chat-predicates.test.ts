// After a word or label for a name, a predicate about the name gives none (turkic-name-words.ts, common-uz.txt,
// common-kk.txt): "the name is needed", "there is no name"; Kyrgyz "(the service) was liked" is no name either.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a predicate after a word for a name', () => {
  it.each([
    ['Uzbek "the name is needed"', 'ismi kerak'],
    ['Uzbek with a question particle', 'ismi kerakmi'],
    ['Uzbek "the name is not needed"', 'Ismi kerak emas'],
    ['Uzbek "there is no name"', "ismi yo'q"],
    ['Uzbek label', 'Ism-sharifi kerak'],
    ['Kazakh "the name is needed"', 'аты керек'],
    ['Kazakh capitalised', 'Аты керек'],
    ['Kazakh full-name label', 'Аты-жөні керек'],
    ['Kyrgyz question', 'Аты керекпе'],
    ['Kyrgyz "there is no name"', 'аты жок'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Kyrgyz "the service was liked"', 'Кызматы жакты', []],
    ['a person in the genitive before it', 'Алмаз Абдыкадыровдун кызматы жакты', ['Алмаз Абдыкадыровдун']],
  ])('reads the review (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a name after a word for a name', () => {
  it.each([
    ['Uzbek, an unlisted name', 'operatorning ismi zarnigor edi', ['zarnigor']],
    ['Kazakh label and a name', 'Аты-жөні: Ерасыл', ['Ерасыл']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
