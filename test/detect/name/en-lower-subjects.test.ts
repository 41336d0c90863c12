// A lower-case listed surname that is no given name and no word, as the subject of a verb in English text, and a
// lower-case name opening a sentence before an -ing form (en-lower-names.ts): `bartoletti watching this game`,
// `corkery scored again`. And the hard negatives: a surname that is a word, a surname before a noun, an article
// before the word, text that is not English. Sentences written for pii-gate, names from the faker lists.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const cases: [what: string, text: string, expected: string[]][] = [
  ['a listed surname opening a post before an -ing form', 'bartoletti watching this game on tv.', ['bartoletti']],
  ['a listed surname before `is`', 'honestly i think bergnaum is the best player in the league', ['bergnaum']],
  ['a listed given name opening a post before an -ing form', 'kevin playing guitar again lol', ['kevin']],
  // Hard negatives.
  ['a listed surname that is a word, before `is`', 'the baker is open until nine on weekdays', []],
  ['a listed surname before a noun', 'we went to the bartoletti restaurant last night', []],
  ['a listed surname after an article, before `is`', 'the bergnaum is a strange word to see here', []],
  ['an -ing form after a word inside a sentence', 'i love the way it keeps playing songs', []],
];

describe('lower-case subjects of a verb in English text', () => {
  it.each(cases)('%s: %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
