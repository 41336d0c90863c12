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
