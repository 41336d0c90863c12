import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../src/detect/name/analyze.js';
import { russianTypedInLatin } from '../../src/detect/name/mixed-scripts.js';
import { loadNameResources } from '../../src/detect/name/resources.js';
import { names } from '../helpers/names.js';

const resources = loadNameResources();
const answer = (word: string): boolean => russianTypedInLatin(word, analyzeWord(word, false, resources, false), resources);

// One answer to "is this Latin word Russian typed in Latin letters, not a surname?", shared by the capitalised words
// beside Cyrillic (mixed-words.ts), the word after a cue (chat.ts, words.ts) and the word after a Russian cue typed in
// Latin letters (mixed-scripts.ts).
describe('a Latin word is Russian typed in Latin letters, not a surname', () => {
  it.each([
    ['a Russian word that a surname ending reads only through a case ending', 'upakovka', true],
    ['a Russian word with no surname reading', 'dostavka', true],
    ['a Russian word chat misspells', 'spasiba', true],
    ['a Russian word ending like -in', 'magazin', true],
    ['a surname as it stands whose stem is a Russian genitive plural', 'sultanov', false],
    ['another such surname', 'laptev', false],
    ['a surname with a soft-sign spelling', 'aliyev', false],
    ['a feminine surname', 'kuznetsova', false],
    ['a given name no lexicon holds', 'zarema', false],
  ])('%s: %s → %s', (_kind, word, expected) => {
    expect(answer(word)).toBe(expected);
  });

  it.each([
    ['a capitalised Russian word beside Cyrillic', 'но Upakovka была мятая', []],
    ['the same word after Latin-typed thanks', 'spasibo upakovka', []],
    ['a capitalised surname beside Cyrillic', 'но Laptev был вежливый', ['Laptev']],
    ['the same surname after Latin-typed thanks', 'spasibo laptev', ['laptev']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
