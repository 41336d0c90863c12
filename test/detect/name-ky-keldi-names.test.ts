// Kyrgyz and Kazakh given names in -келди/-гелди (patterns/names/turkic-given-endings.txt): compound verbs are written
// as two words, so a stem of three letters or more before the ending makes a name. Invented names (checked against
// the lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('given names ending like "came"', () => {
  it.each([
    ['a capitalised subject before "polite"', 'Ырыскелди абдан сылык экен.', ['Ырыскелди']],
    ['a capitalised name before "with" and a verb of talking', 'Кардар: Кечээ Ырыскелди менен сүйлөшкөм.', ['Ырыскелди']],
    ['a lower-case name before "with" and a verb of talking', 'кечээ ырыскелди менен сүйлөштүм ал эртең дейт', ['ырыскелди']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"came again"', 'Буйрутма кайра келди.'],
    ['"finally came"', 'Акыры келди, рахмат.'],
    ['"came again" in Kazakh', 'Тапсырыс кеше келді.'],
    ['"came again" in Uzbek', 'Yana keldi, rahmat.'],
    ['"everything came"', 'Баары келди, рахмат.'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
