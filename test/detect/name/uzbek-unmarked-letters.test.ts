// Uzbek Latin typed without the mark of `o‘` and `g‘` (`kochasida`, `qongiroq`): every list entry that has the mark
// is read without it too, so street words, everyday words and cues keep working. Invented people.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';
import { readPatternWords } from '../../../src/patterns.js';

describe('readPatternWords', () => {
  it('lists an entry with the o‘/g‘ mark both with and without it', () => {
    const words = readPatternWords('stoplists/street-words.txt');
    expect(words).toContain("ko'chasida");
    expect(words).toContain('kochasida');
  });

  it('leaves an entry without the mark alone (no second copy)', () => {
    const words = readPatternWords('stoplists/street-words.txt');
    expect(words.filter((word) => word === 'улица')).toHaveLength(1);
  });
});

describe('a street named after a person, typed without the o‘/g‘ mark', () => {
  it.each([
    ['the locative street word', 'Men Bobur kochasida yashayman.', []],
    ['two words before it', 'Men Amir Temur kochasida yashayman.', []],
    ['lower case', 'dokon furqat kochasida, juma kuni dam olish', []],
    ['a customer beside the street', 'Men Zulayho, Bobur kochasida yashayman.', ['Zulayho']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('names typed without the o‘/g‘ mark', () => {
  it.each([
    ['a given name and a surname', 'Men Tursunoy Gulomova, buyurtma boyicha yozyapman', ['Tursunoy Gulomova']],
    ['a given name after a role', 'Kuryer Baxtiyor togri vaqtda keldi', ['Baxtiyor']],
    ['a thanked name', 'Boldi, rahmat Shirinoy', ['Shirinoy']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
