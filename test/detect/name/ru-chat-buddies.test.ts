// A name, a slang word for a mate, then thanks (ru-chat-buddies.ts): a listed given name that is also an everyday
// word is the mate thanked; fillers, praise and thanks before the slang word stay words. Invented messages.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a given name before a slang word for a mate and thanks', () => {
  it.each([
    ['a name that is also a word, before "bro" and thanks', 'азиз братан спасибо', ['азиз']],
    ['a flower name before "bro"', 'роза братан спасибо', ['роза']],
    ['a name before "girlfriend"', 'вера подруга спасибо', ['вера']],
    ['a name before a comma and thanks', 'роман братан, спасибо', ['роман']],
    ['Uzbek thanks in Latin letters', 'aziz bro rahmat', ['aziz']],
  ])('masks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a filler', 'ну братан спасибо'],
    ['"yes"', 'да братан спасибо'],
    ['"listen"', 'слушай братан спасибо'],
    ['praise the lists hold as a name', 'красава братан спасибо'],
    ['thanks first', 'спасибо братан'],
    ['an adjective', 'лучший братан спасибо'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
