// Lower-case English chat opening with a person (english-lower.ts findOpeningLowerNames): an unlisted word as the
// subject of a verb only a person takes, or an unlisted given name and surname opening the message after emoji; and
// messages opening with food, money, typos or Russian typed in Latin letters that stay unmasked.

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { names } from '../helpers/names.js';

describe('a lower-case word opening an English chat message', () => {
  it.each([
    ['before never and a verb only a person takes', 'tanvelo never called back', ['tanvelo']],
    ['before is not and the -ing form of one', 'gorvaki is not answering', ['gorvaki']],
    ['a pair after emoji, before was', '🙏 zhivan okarro was very helpful', ['zhivan okarro']],
    ['a pair after emoji, before an everyday word, no function word', '👍 mirelta vaskoni great job', ['mirelta vaskoni']],
    ['a pair on a later line', 'order still late\n😡 tolvane arkovic never came', ['tolvane arkovic']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('lower-case chat opening with no person', () => {
  it.each([
    ['food before was', 'pizza was cold and soggy'],
    ['money words before was not', 'cashback was not credited'],
    ['a typo of an everyday word', 'delivry is late again'],
    ['Russian typed in Latin letters', 'zakaz prishel vchera'],
    ['two foods after emoji', '🙏 plov samsa tasty'],
    ['a product', 'galaxy buds are great'],
    ['thanks after emoji', '🙏 thanks for the help'],
    ['slang', 'wtf where is my money'],
  ])('masks no name (%s): %s', (_, text) => {
    expect(detect(text, { types: ['NAME'] })).toEqual([]);
  });
});
