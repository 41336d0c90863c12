// The maker of a work named as its modifier after an article (`the Ronner novel`) (en-works.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English text: an unlisted maker before a work one person makes', () => {
  it.each([
    ['a novelist', 'Unlike the Zorvik novel, the film is not about the war', ['Zorvik']],
    ['a painter after `a`', 'We bought a Quellan painting at the fair', ['Quellan']],
    ['a poet with a plural work', 'I grew up reading the Tregellas poems every night', ['Tregellas']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a brand before an app', 'the Zoodmall app is slow again'],
    ['a studio before a movie', 'the Zoodmall movie was too long'],
    ['a compound with book', 'The Zoodmall book store was closed on Sunday'],
    ['a work noun without an article', 'Zoodmall novel deliveries are late'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
