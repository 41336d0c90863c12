// Two unknown capitalised words opening an English sentence whose verb is one of service or speech (en-subjects.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English text: an unlisted full name as the subject of a service verb', () => {
  it.each([
    ['a verb a few words on', 'Tadhg Quilliam at the Leeds store sorted my refund in a day', ['Tadhg Quilliam']],
    ['a verb right after', 'Bronwen Tregellas explained the warranty terms very clearly', ['Bronwen Tregellas']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the same shape with a verb off the list', 'Zoodmall Expresso delivered my parcel in a day'],
    ['the verb in another clause', 'Zoodmall Expresso was slow, but the courier helped me'],
    ['an everyday-word opener', 'Express Delivery sorted my refund in a day'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('NAME in English text: an unlisted name opening a sentence whose predicate names a person', () => {
  it.each([
    ['a role noun at the clause end', 'Tregellas is a great driver, thanks for everything', ['Tregellas']],
    ['a slang noun a few words on', 'Quilliam is such a funny dude', ['Quilliam']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an app', 'Zoodmall is a great app for groceries'],
    ['a shop called a seller', 'Zoodmall is a great seller'],
    ['a person noun that does not end the clause', 'Zoodmall is a guy magnet store, honestly'],
    ['an everyday word opening the sentence', 'Delivery is the worst guy'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
