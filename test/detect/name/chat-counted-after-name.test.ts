// A Latin-script full name before a number is read as a street and its house number (addresses.ts); a counting word,
// a unit of time or "times" after the number makes it a count, and the name stays a person.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a Latin-script full name before a number and a count or a span of time', () => {
  it.each([
    ['Uzbek "pieces"', 'Aziz Karimov 5 ta buyurtma oldi', ['Aziz Karimov']],
    ['Uzbek "hours" with a locative', 'Jasur Qodirov 12 soatda keldi', ['Jasur Qodirov']],
    ['Uzbek "minutes"', 'Kecha Kamila Hamidova 20 minut kutdi', ['Kamila Hamidova']],
    ['Uzbek "times"', "Emma Stone 3 marta qo'ng'iroq qildi", ['Emma Stone']],
    ['English "times"', 'Tom Fowler 3 times called me about order 5521', ['Tom Fowler']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a street and its house number', () => {
  it.each([
    ['a house number alone', 'Deliver to Joaquin Suarez 2906 please'],
    ['a house number before a word that only begins like a count', 'Victor Hugo 49 tall building, second floor'],
  ])('stays no person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
