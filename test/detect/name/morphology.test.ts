import { describe, expect, it } from 'vitest';
import { Morph, surnameMorphology } from '../../../src/detect/name/morphology.js';
import { latinSuffixes, turkicSuffixes } from '../../../src/detect/name/suffixes.js';

// Invented surnames and patronymics; the endings are read in place in the word (no ending is sliced off it).
describe('surnameMorphology', () => {
  it.each([
    ['zorbekovich', 'a patronymic in -ovich', false, Morph.Patronymic, 11],
    ['зорбекович', 'a patronymic in -ович', true, Morph.Patronymic, 10],
    ['тилекұлы', 'a Kazakh patronymic in -ұлы after a consonant', true, Morph.Patronymic, 8],
    ['зорбековна', 'a woman’s patronymic in the nominative', true, Morph.Patronymic, 10],
    ['зорбековной', 'a woman’s patronymic with a case ending as a weak -овн stem', true, Morph.WeakSurname, 9],
    ['зорастин', 'a surname in -ин', true, Morph.Surname, 8],
    ['зорастинге', 'a surname in -ин with a Kazakh dative', true, Morph.Surname, 8],
    ['зорбекова', 'a surname in -ова, its stem without the -а', true, Morph.Surname, 8],
    ['vendrasson', 'a Nordic surname in -sson', false, Morph.Surname, 10],
    ['kvelski', 'a Latin surname in -ski as weak', false, Morph.WeakSurname, 7],
    ['квельского', 'an adjectival surname in a case form as weak', true, Morph.WeakSurname, 7],
  ])('reads %j as %s', (word, _what, cyrillic, kind, stemLength) => {
    expect(surnameMorphology(word, cyrillic, cyrillic ? turkicSuffixes : latinSuffixes)).toEqual({ kind, stemLength });
  });

  it.each([
    ['санаулы', 'an adjective in -улы after a vowel'],
    ['мектептин', 'a Kazakh genitive typed with Russian letters after -т'],
  ])('reads no surname in %j, %s', (word) => {
    expect(surnameMorphology(word, true, turkicSuffixes)).toBeUndefined();
  });
});
