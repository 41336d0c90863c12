import { describe, expect, it } from 'vitest';
import { Lexicon, WordFlag } from '../../../src/detect/name/lexicon.js';
import { latinSuffixes, turkicSuffixes } from '../../../src/detect/name/suffixes.js';

// Invented names and words. Lists asked about the same word one after another share its splits (lexicon.ts
// WordSplits): each must still answer from its own keys, for its own endings and shortest stem.
const names = new Lexicon(true);
names.add('зорбек', WordFlag.First);
names.add('velmira', WordFlag.First);
const stops = new Lexicon(true);
stops.add('зорка', WordFlag.NotName);
stops.add('velmir', WordFlag.Place);

describe('Lexicon.find on lists asked in turn', () => {
  it.each([
    ['зорбекке', 'names', 'Turkic', 2, 6],
    ['зорбекке', 'stops', 'Turkic', 2, undefined],
    ['зорбекке', 'names', 'Turkic', 7, undefined],
    ['зорбекке', 'names', 'Latin', 2, undefined],
    ['зоркага', 'stops', 'Turkic', 2, 5],
    ['зоркага', 'names', 'Turkic', 2, undefined],
    ['velmirani', 'names', 'Latin', 2, 7],
    ['velmirani', 'stops', 'Latin', 2, undefined],
    ['velmirga', 'stops', 'Latin', 2, 6],
    ['velmirga', 'names', 'Latin', 2, 6],
    ['velmirga', 'stops', 'Turkic', 2, undefined],
  ])('looks %j up in the %s list with %s endings and a stem of %i or more: stem length %j', (word, list, endings, minStem, stemLength) => {
    const suffixes = endings === 'Turkic' ? turkicSuffixes : latinSuffixes;
    // Other words and other lists in between and before: nothing of their splits may carry over.
    for (const other of ['velmirani', 'зорбекке', 'зоркага', 'velmirga']) {
      names.find(other, turkicSuffixes, 2);
      stops.find(other, latinSuffixes, 3);
    }
    (list === 'names' ? stops : names).find(word, suffixes, minStem);
    expect((list === 'names' ? names : stops).find(word, suffixes, minStem)?.stemLength).toBe(stemLength);
  });
});
