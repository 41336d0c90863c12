// English given names that a Kazakh or Russian everyday word spells in Latin letters (resources.ts
// cyrillicLookalikeNames, analyze.ts, cyrillic-lookalike-names.ts): names in English text, no names in Kazakh or
// Russian written in either script. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an English given name that a Kazakh word spells', () => {
  it.each([
    ['capitalised, opening a post', 'Adam is so funny in this video', ['Adam']],
    ['with a surname', 'I finally met Jane Holloway at the book signing', ['Jane Holloway']],
    ['before a reporting verb', 'Ali said he will call back tomorrow', ['Ali']],
    ['in lower case before a deed', 'honestly watching adam win is boring to me', ['adam']],
    ['two of them coordinated', 'I met Jane and Adam at the party yesterday', ['Jane', 'Adam']],
    ['one a Russian word spells, with a surname', 'Mira Holloway answered all my questions', ['Mira Holloway']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Kazakh in Cyrillic', 'Бұл адам өте жақсы екен'],
    ['Kazakh conjunction in Cyrillic', 'Мен және сен барамыз'],
    ['Kazakh in Latin letters', 'rahmet, bul adam óte jaqsy eken'],
    ['Kazakh in Latin letters after a question word', 'kim keldi? adam keldi'],
    ['a Kazakh adverb in Latin letters', 'ali kelgen joq'],
    ['Russian in Latin letters', 's 8 marta, devochki! mira i dobra vam'],
    ['Russian in Cyrillic', 'С 8 марта! Мира и добра'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
