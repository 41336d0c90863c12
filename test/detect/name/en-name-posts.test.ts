// English posts that name a person by shape alone (en-name-posts.ts, social.ts, en-lists.ts): a post that is only a
// name in capitals or title case, a hashtag made of a given name, a given name that is also a stop word inside a
// list of found names; and a word on no list before a verb of the mind (cues/name-english-person-verbs.txt). Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a post that is only a name', () => {
  it.each([
    ['a listed given name and an unlisted surname, in capitals', 'TOBIAS QUELVARD', ['TOBIAS QUELVARD']],
    ['a given name that is a word too, in capitals', 'TANNER QUELVARD', ['TANNER QUELVARD']],
    ['in title case, before an emoji', 'Tanner Quelvard 🔥', ['Tanner Quelvard']],
    ['a stage word before the given name, shouted', 'QUELVARD MARVIN!!', ['QUELVARD MARVIN']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a wish before the name', 'HAPPY BIRTHDAY MASON'],
    ['a cheer around a name that is a word', 'GO MASON GO'],
    ['a game title', 'PAPER MARIO'],
    ['thanks', 'THANK YOU'],
    ['an Uzbek wish whose noun is a given name too', 'Ishlaringizga Omad!'],
    ['the Uzbek wish shouted', 'ISHLARINGIZGA OMAD!'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a hashtag made of a given name', () => {
  it.each([
    ['spaced from `#` as tokenised posts write it', 'Vote for # Brenna tonight', ['Brenna']],
    ['glued to `#`', '#Brenna rocks', ['Brenna']],
    ['a full name', '# Tobias Quelvard is back', ['Tobias Quelvard']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a slogan in camel case', '# NextToBlow'],
    ['a campaign', '#ShareTheLove'],
    ['a given name that is a word', '# Will Power'],
    ['a given name that is a word, alone', '#Mason'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given name that is also a stop word, listed among found names', () => {
  it.each([
    ['between commas, before `and`', 'Brenna, Tobias, Ty and Jules were great', ['Brenna', 'Tobias', 'Ty', 'Jules']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a list of things', 'Apples, Oranges, Ty and Pears'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a kin word beside one found name', 'Tobias and Dad went fishing', ['Tobias']],
    ['a stop-word given name beside one found name', 'Tobias and Ty went fishing', ['Tobias']],
  ])('keeps only the found name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a word on no list before a verb only a mind takes', () => {
  it.each([
    ['thinking', 'Quorvel thought it was fine', ['Quorvel']],
    ['believing', 'Zelvane believes every rumour', ['Zelvane']],
    ['in lower case', 'ravello thought it was fine', ['ravello']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a brand on the lists', 'Netflix wants your money'],
    ['a pronoun', 'i thought so'],
    ['chat slang', 'lol thought so'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
