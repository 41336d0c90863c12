// English chat that names the writer (chat-self-named.ts): `hi there this is zorvek`, `name is zhaman`.
// English words, their typos and listed names found by other passes are not read as an unlisted name.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an unlisted word after a greeting and "this is" at the end of the line', () => {
  it.each([
    ['after "hi there"', 'hi there this is zorvek', ['zorvek']],
    ['after "good morning"', 'good morning this is quenbyl', ['quenbyl']],
    ['after "hello" and a comma', 'hello, this is zorvek', ['zorvek']],
    ['before a full stop and a question', 'hi there this is zorvek. where is my parcel', ['zorvek']],
    ['with "its"', 'hey its zorvek', ['zorvek']],
    ['before "here"', 'hi team its zorvek here', ['zorvek']],
    ['before "from"', 'hello this is ilvorna from the warehouse', ['ilvorna']],
  ])('is the writer (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a word after "name is" that meets a stop word only through transliteration or a case ending', () => {
  it.each([
    ['after a phone number', 'call me back +1 212 555 0199 name is zhaman', ['zhaman']],
    ['after "my"', 'my name is zhaman', ['zhaman']],
  ])('is the writer (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an English word', 'the name is missing'],
    ['an English word before more words', 'hi name is wrong on the parcel'],
    ['"ok"', 'name is ok'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an everyday word in the same place', () => {
  it.each([
    ['an adjective', 'hi there this is ridiculous'],
    ['an adjective after "hello"', 'hello this is unacceptable'],
    ['"urgent"', 'hi this is urgent'],
    ['a typo of an English word', 'hey this is importent'],
    ['a swapped-letter typo', 'hi this is urgnet'],
    ['"me"', 'hi its me'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
