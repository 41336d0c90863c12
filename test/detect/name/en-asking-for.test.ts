// Lower-case English chat asking for a person (cues/name-english-asking.txt, english-lower.ts): the word after
// `where is`, `can i talk to`, `may i speak with` is the person, an unlisted word or a listed given name alike;
// English words and things stay unmasked. Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case chat question asking for a person', () => {
  it.each([
    ['an unlisted name after can i talk to', 'can i talk to zorvek please', ['zorvek']],
    ['an unlisted name after may i speak with', 'may i speak with quellan', ['quellan']],
    ['a listed Uzbek given name after where is', 'where is dilnoza', ['dilnoza']],
    ['a listed Uzbek given name after can i talk to, ending the message', 'can i talk to sardor', ['sardor']],
    ['a listed Uzbek given name after talk to, mid-message', 'can i talk to dilnoza please', ['dilnoza']],
    ['a capitalised name after speak with', 'I will speak with Sardor tomorrow', ['Sardor']],
  ])('masks the person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a department', 'can i talk to support please'],
    ['an article and a role', 'can i talk to the manager'],
    ['a pronoun', 'can i speak with someone'],
    ['a given name that is an English word', 'where is grace'],
    ['a city', 'where is samarkand'],
    ['a pronoun after talk to', 'ok talk to you later'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
