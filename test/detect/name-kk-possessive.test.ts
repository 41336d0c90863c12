// A listed given name with a one-vowel possessive after its consonant (`мұхиты` "its ocean" = Мұхит + -ы) is an
// everyday word in lower-case Kazakh and Kyrgyz writing (turkic-shape.ts possessiveAfterName). Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('a possessive vowel after a listed name in lower-case Turkic writing', () => {
  it.each([
    ['"its ocean"', 'мұхиты жылы екен биыл теңіз де таза'],
    ['"his mother"', 'баланың анасы жұмыста жүр екен бүгін'],
    ['"its goal"', 'жобаның мақсаты түсінікті болды бәрімізге'],
  ])('names nobody: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a listed name in the dative', 'рахмет асқарға көп көмектесті бүгін', ['асқарға']],
    ['a listed name after a greeting', 'сәлем айгерім қалайсыз тапсырыс келді', ['айгерім']],
    ['a Russian name in the dative in Russian chat', 'добрый день. передайте борису, что я доволен', ['борису']],
  ])('still finds %s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
