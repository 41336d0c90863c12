// Given names shaped like participles (-ген, -ған, -ган, -гон, -кен) opening a message right before a deed or a
// person predicate (turkic-person-acts.ts); participles of everyday verbs, passive or negative ones, and a participle
// before a noun stay words.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a participle-shaped given name opening a message', () => {
  it.each([
    ['Kazakh, before a manner word and a deed', 'Тілеген тез жеткізді рахмет', ['Тілеген']],
    ['Kazakh, before a deed', 'Тілеген бәрін түсіндірді', ['Тілеген']],
    ['Kyrgyz, before a manner word and a deed', 'Токтоган тез жеткирди', ['Токтоган']],
    ['Kazakh -кен', 'Жолдыкен тез жауап берді', ['Жолдыкен']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a participle opening a sentence', () => {
  it.each([
    ['before a noun', 'Келген курьер тез жеткізді'],
    ['Uzbek, before a noun', 'Kelgan kuryer tez yetkazdi'],
    ['"the one who asked"', 'Сұраған бәрін түсіндірді'],
    ['"the one who worked"', 'Ишлаган тез жавоб берди'],
    ['a passive participle', 'Берілген тапсырыс тез жеткізілді'],
    ['a negative participle', 'Келмеген тез хабарласты'],
    ['"the one who waited"', 'Күткен тез келді'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
