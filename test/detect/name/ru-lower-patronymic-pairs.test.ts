// Lower-case Russian chat: a listed given name that is also a word, before a patronymic in its case
// (ru-lower-patronymic-pairs.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a given name that is a word, with its patronymic', () => {
  it.each([
    ['in the dative after thanks', 'огромное спасибо роману никитичу за помощь с возвратом', ['роману никитичу']],
    ['in the dative after a request', 'передайте пожалуйста розе никитичне, что я жду', ['розе никитичне']],
    ['a woman\'s name in the dative after thanks', 'огромное спасибо розе никитичне за помощь', ['розе никитичне']],
    ['in the instrumental', 'вчера разговаривала с розой никитичной по телефону', ['розой никитичной']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no pair without a given name agreeing with the patronymic', () => {
  it.each([
    ['a verb before a patronymic used as a nickname', 'пишу петровичу уже третий день, без толку'],
    ['a given name in another case', 'спасибо вера никитичу за ремонт и помощь'],
  ])('leaves it (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
