import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names (`Зорбіл`, `Бренаш`) on no list, addressed in Kazakh broadcast dialogue.
describe('a Turkic vocative set off by a comma at a sentence edge', () => {
  it.each([
    ['opening the sentence', 'Зорбіл, өткен жылы қазақстандықтар көп саяхаттады.', ['Зорбіл']],
    ['closing the sentence', 'Мендегі ақпарат осылай, Бренаш.', ['Бренаш']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an ablative adverb', 'Біріншіден, бұл мәселе маңызды.'],
    ['a discourse word', 'Мәселен, биыл баға өсті.'],
    ['a participle', 'Сақтандырылған, сақтандырылмаған мүлік бар.'],
    ['a first-person plural imperative', 'Көрейік, не болады екен.'],
    ['a listed everyday word', 'Әрине, бәрі жақсы.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
