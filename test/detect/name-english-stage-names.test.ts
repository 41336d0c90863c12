// Stage names after a title-case prefix (`Lil X`) in English social text (social.ts, cues/name-english-stage-prefixes.txt).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English text: a stage name after `Lil`', () => {
  it.each([
    ['opening the post, an unlisted word after it', 'Lil Zorvik sounds like he recorded this in a car', ['Lil Zorvik']],
    ['in mid-sentence before a verb', 'The only reason why Lil Quellan does not remember the lyrics', ['Lil Quellan']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the prefix in capitals in a shouted line', 'LIL BIT OF LOVE FOR THE WEEKEND'],
    ['the prefix before a lower-case word', 'Lil bit late but the parcel came'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
