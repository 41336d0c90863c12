import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names on none of the lists that end like Kazakh nouns (-қан, -та).
describe('capitalised given names that end like Kazakh nouns', () => {
  it.each([
    ['after a self-introduction', 'Сәлем, менің атым Бренақан, тапсырыс туралы', ['Бренақан']],
    ['between thanks and the end of its clause', 'Рахмет, Бренақан, тексеріп көрейін', ['Бренақан']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a noun with a derivational ending mid-sentence', 'Біз Әкімшілікке хат жаздық'],
    ['a noun with a plural ending after thanks, the clause going on', 'Рахмет, Қызметкерлер жақсы жұмыс істеді'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
