// People named by what is theirs (en-possessors.ts): an unknown capitalised word with `'s` before a noun for what only a
// person has (`love Naledi's videos`), and firms and things with a possessive that stay unmasked.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe("an unknown name with 's before what only a person has", () => {
  it.each([
    ['videos', "love Zorvane's videos, always so calm", ['Zorvane']],
    ['mom, opening the sentence', "Quorlan's mom called the store twice", ['Quorlan']],
    ['voice, with a curly apostrophe', 'Kelowen’s voice is amazing on this track', ['Kelowen']],
    ['wife', "I met Marovek's wife at the shop", ['Marovek']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a possessive 's that names no person", () => {
  it.each([
    ["a firm's app", "I love Zoodmall's app, super fast delivery"],
    ["a firm's team", "Quorvix's team delivered the sofa on time"],
    ['after an article', "the Beatles's songs are classics"],
    ['a shop', "McDonald's fries were cold again"],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
