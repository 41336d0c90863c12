// A capitalised word in the nominative right before "I bought" in Uzbek, Kazakh or Kyrgyz is the thing bought
// (turkic-object-negatives.ts); a person the thing is for, or who did the buying, stays a name.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('the thing the writer bought', () => {
  it.each([
    ['a phone make after Men', 'Men Tecno oldim.'],
    ['an Uzbek Cyrillic phone make', 'Мен Текно олдим, яхши.'],
    ['a Kazakh car make', 'Кеше Лада сатып алдым.'],
    ['a phone make in mixed text', 'Вчера Tecno oldim, всё хорошо.'],
  ])('is not a person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person beside a verb of buying', () => {
  it.each([
    ['the person a present is for', "Kecha Dilnozaga sovg'a oldim.", ['Dilnozaga']],
    ['the person who bought it', 'Kecha Jasur oldi.', ['Jasur']],
    ['a Kazakh dative', 'Айгерімге гүл алдым.', ['Айгерімге']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
