// English given names that a Kazakh everyday word spells in Latin letters (resources.ts kazakhLookalikeNames,
// analyze.ts, kk-lookalike-names.ts): names in English text, no names in Kazakh written in either script. Invented
// sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an English given name that a Kazakh word spells', () => {
  it.each([
    ['capitalised, opening a post', 'Adam is so funny in this video', ['Adam']],
    ['with a surname', 'I finally met Jane Holloway at the book signing', ['Jane Holloway']],
    ['before a reporting verb', 'Ali said he will call back tomorrow', ['Ali']],
    ['in lower case before a deed', 'honestly watching adam win is boring', ['adam']],
    ['two of them coordinated', 'I met Jane and Adam at the party yesterday', ['Jane', 'Adam']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Kazakh in Cyrillic', 'Бұл адам өте жақсы екен'],
    ['Kazakh conjunction in Cyrillic', 'Мен және сен барамыз'],
    ['Kazakh in Latin letters', 'rahmet, bul adam óte jaqsy eken'],
    ['Kazakh in Latin letters after a question word', 'kim keldi? adam keldi'],
    ['a Kazakh adverb in Latin letters', 'ali kelgen joq'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
