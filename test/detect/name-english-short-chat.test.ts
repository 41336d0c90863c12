// Short lower-case English chat messages (`thx tendai`, `bye oisin`, `thank you kelowen`): names no list holds after an
// English thanks or goodbye, and the slang, forms of address and drawn-out words such messages are full of.

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
