// Wishes whose noun is also a given name (turkic-chat-wishes.ts): in a wish frame the noun is the thing wished;
// a person so named, addressed or doing something, stays a name.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a wished noun on a given-name list', () => {
  it.each([
    ['"good luck" alone and exclaimed', 'Omad!'],
    ['"good luck" with an emoji', 'Omad 🙏'],
    ['"I wish luck"', 'Omad tilayman'],
    ['"luck to you"', 'Omad sizga!'],
    ['"luck to you, I wish"', 'Omad sizga tilaymiz'],
    ['"luck in your work"', 'Ishlaringizga Omad!'],
    ['Uzbek Cyrillic', 'Омад!'],
    ['Uzbek Cyrillic with the verb', 'Омад тилайман'],
    ['Kyrgyz "I wish happiness"', 'Бакыт каалайм'],
    ['Kazakh "I wish happiness"', 'Бақыт тілеймін'],
    ['after a message', 'Buyurtma keldi, rahmat.\nOmad!'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person named like a wish', () => {
  it.each([
    ['before an honorific and a deed', 'Omad aka tez yetkazdi', ['Omad']],
    ['thanked in the dative', 'Бакытка рахмат', ['Бакытка']],
    ['addressed before a deed', 'Бакыт эже жакшы түшүндүрдү', ['Бакыт']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
