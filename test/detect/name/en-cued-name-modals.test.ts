// A lower-case English function word or modal after a greeted or thanked given name goes on with the sentence; it is
// no surname (words.ts). Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case word after a cued given name', () => {
  it.each([
    ['a modal opening a question', 'hey Tobias will you do a video on this', ['Tobias']],
    ['a modal after a name in capitals', 'hey TOBIAS will you do a video', ['TOBIAS']],
    ['a modal after thanks', 'thanks Marisol will call later', ['Marisol']],
    ['a function word', 'hi Tobias will do', ['Tobias']],
  ])('is not the surname (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a listed surname ending the clause', 'my name is tobias smith', ['tobias smith']],
    ['an everyday-word surname in chat', 'kuryer tobias young заказ перепутал.', ['tobias young']],
  ])('is still the surname (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
