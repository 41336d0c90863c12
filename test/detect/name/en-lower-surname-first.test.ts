// Lower-case names written surname first (en-lower-surname-first.ts) and a lower-case given name after a comma ending
// the clause (en-lower-social.ts). Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case name written surname first after under, to, for, by or from', () => {
  it.each([
    ['a listed surname', 'customer: the order is under gallagher karen.', ['gallagher karen']],
    ['a surname that is a given name too', 'the parcel is addressed to brown anna.', ['brown anna']],
    ['a surname that is a word too', 'the booking was made for walker steven!', ['walker steven']],
  ])('is one name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a place before the given name', 'i flew to paris karen.', ['karen']],
    ['two given names, read as one already', 'i gave it to donovan karen.', ['donovan karen']],
    ['the pair not ending the clause', 'the parcel is addressed to brown anna and her son', ['anna']],
    ['no preposition before the pair', 'i think gallagher karen.', ['karen']],
  ])('leaves the surname out (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a lower-case given name after a comma at the end of the clause', () => {
  it.each([
    ['thanked with an exclamation', 'the courier came late. glad to help, amy!', ['amy']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word that is a name too', 'i like it, frank.'],
    ['a word on no list', 'so good, anyway.'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
