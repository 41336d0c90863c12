// Russian short given-name forms (patterns/names/ru/first.txt) that customers use for staff, and the word forms
// that share their letters.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('NAME: Russian short given-name forms', () => {
  it.each([
    ['a short form that is also a form of "paradise", before a verb', 'Рая помогла с документами', ['Рая']],
    ['a short form that is also a form of "sleigh"', 'Саня помог донести коробки', ['Саня']],
    ['a short form as a lower-case chat subject', 'гуля пришла? жду у входа', ['гуля']],
    ['a declined short form after a verb of telling', 'скажите сане что я жду', ['сане']],
    ['a short form in -ик asked about', 'Толик сегодня работает?', ['Толик']],
  ])('masks %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the word "paradise" after a preposition', 'Мы были в раю, отличный отель'],
    ['the word "paradise" in the genitive', 'Из рая не уходят, но мы ушли'],
    ['the word "sleigh"', 'Сани стоят во дворе уже неделю'],
    ['a gerund of "walk"', 'Гуляя по парку, нашёл этот магазин'],
    ['a Kazakh measure word in lower case', 'жылына отыз тонна өнім алады екен'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
