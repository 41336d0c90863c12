// Uzbek time and sentence adverbs that open a message capitalised (`So‘ngra`, `Kechqurun`) before a role or a verb
// cue are everyday words, not names; a name after them is still found. Invented people.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an Uzbek adverb opening the sentence', () => {
  it.each([
    ['Latin, before a role', "So'ngra operator javob berdi", []],
    ['Latin, the mark left out', 'Songra operator javob berdi', []],
    ['Latin, before a call verb', "Kechqurun qo'ng'iroq qilishdi", []],
    ['Cyrillic, before a role', 'Сўнгра оператор жавоб берди', []],
    ['a name after it', "Ertalab Zulfiyor qo'ng'iroq qildi", ['Zulfiyor']],
    ['a name with an honorific after it', 'Nihoyat Baxromjon aka keldi', ['Baxromjon']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
