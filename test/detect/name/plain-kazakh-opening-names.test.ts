// A Kazakh given name typed with Russian letters that is also an everyday Russian word (`Алия` for `Әлия`, `Султан`
// for `Сұлтан`, `Улан` for `Ұлан`) opening a message before lower-case words: the capital is its own spelling on a
// Russian keyboard, not a transliteration key (ru-everyday.ts everydayAtSentenceStart). In lower case the everyday
// word still wins. Invented messages.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a Kazakh name typed plain opening a Russian message', () => {
  it.each([
    ['before thanks', 'Алия, спасибо за помощь', ['Алия']],
    ['before a question', 'Султан, где мой заказ?', ['Султан']],
    ['before an adverb', 'Улан очень вежливый', ['Улан']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the everyday word in lower case', 'турецкий султан сказал, что дворец закрыт'],
    ['a Russian everyday word opening a sentence', 'Роща за домом красивая'],
  ])('leaves %s alone: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
