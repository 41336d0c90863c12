// English runs that name a title, product, place or people, and list hits in clauses of an unknown language (en-titles.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English text: shows, films and games after a verb of watching or playing', () => {
  it.each([
    ['a show after `watching`', 'We spent the whole weekend watching Rick and Morty again'],
    ['a game after `playing`', 'My son spends every evening playing Mario, not doing homework'],
    ['a series after `binged`', 'I binged Will and Grace over the holidays'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a person used as a modifier of a noun', 'I was watching Will Smith movies all night', ['Will Smith']],
    ['a possessive after the verb', "We were watching Lucas' hands shake the whole time", ['Lucas']],
    ['a possessive with `s` (masked with it)', "I kept watching Kevin's videos on repeat", ["Kevin's"]],
    ['a cue before the name', 'Thanks for watching, Daniel, see you next week', ['Daniel']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in English text: everyday-word names inside a title-case phrase', () => {
  it.each([
    ['a capitalised adjective before everyday-word names and an unknown capital', 'Perfect Song Choice for the ending!'],
    ['a determiner before a one-word everyday name', 'The referee gave them No Chance at all'],
    ['a street word before a place name', 'Ship it to 14 Kimberly Way Laidlaw Green please'],
    ['a film name made of everyday words and list stems', 'Do something Star Wars for the launch party'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['an adjective before one listed name', 'Kids are so honest. Poor Jimmy', ['Jimmy']],
    ['a greeting, a cue word, before an everyday name', 'Thanks Will, the parcel came today', ['Will']],
    ['a listed first name after a capitalised word', 'Yesterday Anna called about the refund', ['Anna']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in English text: places ending in a head noun', () => {
  it.each([
    ['a park after `in`', 'My grandfather grew up in Shelly Park, near the river'],
    ['a creek in an address', 'Please send it to 12 Dora Creek Rd, unit 4'],
    ['a theme land', 'If the new Star Wars Land is anything like this, I am going'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a person whose surname is a place head', 'I spoke with Jenny Park about the refund', ['Jenny Park']],
    ['the same surname without a locative before it', 'Jenny Park answered my email within an hour', ['Jenny Park']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in English text: nationality and religion words', () => {
  it.each([
    ['a religion word before a noun', 'Do you sell Muslim prayer mats in the shop?'],
    ['a nationality word before a noun', 'There is a nice new German bakery downtown'],
    ['a language name', 'Do you have a support line in German?'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['the same word after a greeting', 'Hi German, is my order ready?', ['German']],
    ['the same word with a surname', 'I met Christian Bale at the airport', ['Christian Bale']],
    ['the name in Uzbek Latin text', 'Muslim aka buyurtma qachon keladi?', ['Muslim']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in English text: list hits in a clause of a language no list knows', () => {
  it.each([
    ['a Hmong clause before an English one', 'Lom zem thiab muaj ntau yam kawm kawg. Keep up the good work!'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a name in an English clause with slang', 'Cory pls upload the next part, u r the best', ['Cory']],
    ['an Uzbek name among Uzbek words in English text', 'Dilnoza bugun zakaz olib keldi, thanks for the fast delivery', ['Dilnoza']],
    ['an English name in an English sentence', 'Rebecca sorted out the refund for me, thank you', ['Rebecca']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in English text: streets and questions', () => {
  it.each([
    ['a street after a title and a given name', 'The Queen Victoria Drive branch has been closed since Monday'],
    ['a crescent after a surname', 'Deliver it to 4 Laurel Crescent, flat 2'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a given name before a lower-case verb spelt like a street head', 'Did Anna drive to the store?', ['Anna']],
    ['a question opened by an auxiliary that a list reaches by a stem', 'Did Anna call you back?', ['Anna']],
    ['a surname that is also a street word', 'Anna Hill sorted my refund', ['Anna Hill']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
