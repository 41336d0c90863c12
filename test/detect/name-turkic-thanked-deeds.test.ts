// Turkic thanks opening a chat message, then a bare word on no list, then within three words a deed done by a
// person: the word is the person thanked (turkic-thanks.ts through turkic-chat-deeds.ts deedFollows). "Came" right
// after the word may be said of a parcel, so it counts only after a time or manner word. Given names ending like
// "my" (-санам, -xonim) are no possessive after thanks (verbLikeGivenName). Invented names (checked against the
// lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('thanks, a bare word, then what the person did', () => {
  it.each([
    ['Kyrgyz: delivered quickly', 'рахмат айтолгон тез жеткирди', ['айтолгон']],
    ['Kyrgyz: explained well', 'рахмат бекмурза абдан жакшы түшүндүрдү', ['бекмурза']],
    ['Kyrgyz: came yesterday', 'рахмат айтолгон кечээ келди', ['айтолгон']],
    ['Kazakh, an emoji after the thanks: came yesterday', 'рахмет 🌹 ақбөпе кеше келді', ['ақбөпе']],
    ['Uzbek Latin: brought it home', 'rahmat zarlixa uyga olib keldi', ['zarlixa']],
    ['Uzbek Latin, a -sanam name: delivered quickly', 'raxmat shohsanam tez yetkazdi', ['shohsanam']],
    ['Uzbek Latin, a -sanam name ending the line', 'rahmat shohsanam', ['shohsanam']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a parcel that came quickly (Uzbek)', "rahmat jo'natma tez keldi"],
    ['boots that came', 'rahmat etik keldi'],
    ['a dress that came (Kazakh)', 'рахмет көйлек келді'],
    ['everything came (Kyrgyz)', 'рахмат баары келди'],
    ['everything arrived (Uzbek)', 'rahmat hammasi yetib keldi'],
    ['the order came yesterday (Kazakh)', 'рахмет тапсырыс кеше келді'],
    ['a box that came quickly (Kazakh)', 'рахмет қорап тез келді'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
