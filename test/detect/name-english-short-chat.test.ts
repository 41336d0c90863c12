// Short lower-case English chat messages (`thx tendai`, `bye oisin`, `thank you kelowen`, `ask bogdan`): names after an
// English thanks, goodbye or request, and the slang, forms of address and drawn-out words such messages are full of.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('an unlisted lower-case name in a short English chat message', () => {
  it.each([
    ['after thx', 'thx zorvane', ['zorvane']],
    ['after ty', 'ty kelowen', ['kelowen']],
    ['after bye', 'bye quillon', ['quillon']],
    ['after thanks, with a word more', 'ok thanks marovek', ['marovek']],
    ['after thank you', 'thank you zorvane', ['zorvane']],
    ['after thank you, in a longer message', 'thank you kelowen for sorting the refund so fast', ['kelowen']],
  ])('is found %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('short English chat messages with no name', () => {
  it.each([
    'thx bro', 'bye guys', 'ty fam', 'thanks bruh', 'thx a lot', 'ty so much', 'bye for now', 'cheers mate',
    'thnx bhai', 'thx yaar', 'yaar thanks', 'bhai thanks', 'hermano thanks', 'tnx bratan', 'thanks homie',
    'thanks senpai', 'bye xoxo', 'thanx alot', 'thank you sooo much', 'thank you kindly', 'wifi here', 'anyone here',
    'thanks team', 'ok thanks', 'thx ustoz', 'thanks payme', 'bye uzum',
  ])('masks nothing: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name after ask or tell in a short English chat message', () => {
  it.each([
    ['an unlisted name after ask', 'ask zorvane', ['zorvane']],
    ['a listed given name after ask', 'ask bogdan', ['bogdan']],
    ['a listed given name after ask, before pls', 'ask bogdan pls', ['bogdan']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a role', 'ask operator'],
    ['an adverb', 'ask again'],
    ['a pronoun', 'tell me'],
    ['a given name that is an everyday word', 'ask will'],
  ])('masks no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
