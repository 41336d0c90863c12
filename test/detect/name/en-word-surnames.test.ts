// Full names in English posts whose surname is an everyday word or whose given name is one (en-social-names.ts,
// en-opening-pairs.ts), and shops named with a given name's possessive (en-brand-possessives.ts). Invented names and
// sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an everyday word after a listed given name', () => {
  it.each([
    ['before an emoji ending the post', 'We all miss Tobias Thunder 💖', ['Tobias Thunder']],
    ['before the copula', 'Tobias Whistles is the funniest guy on the show', ['Tobias Whistles']],
    ['before was, mid-sentence', 'I think Lucinda Puzzles was robbed, she deserved the win', ['Lucinda Puzzles']],
    ['before and', 'Theodora Thunder and her band played all night', ['Theodora Thunder']],
    ['a post of the two words alone, before an emoji', 'Tobias Thunder 💖', ['Tobias Thunder']],
    ['a post of the two words alone', 'Lucinda Puzzles!', ['Lucinda Puzzles']],
  ])('is the surname (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a verb in capitals before an article', 'Lucinda Kill the lights now', ['Lucinda']],
    ['a verb in capitals before a preposition', 'Tobias Jumps on the bed again', ['Tobias']],
    ['a sentence in capitals throughout', 'Tobias Thunder Festival Tickets On Sale Now Here Today', []],
    ['a post of two words, the second in -ing', 'Tobias Running 💖', ['Tobias']],
    ['a post of two words, the second in lower case (any language)', 'Tobias tilayman', ['Tobias']],
  ])('stays out of the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a full name opening a post whose given name is an everyday word', () => {
  it.each([
    ['a surname on no list', 'Jimmy Quorvell was robbed at the awards', ['Jimmy Quorvell']],
    ['an everyday-word surname before a possessive and a role', "Tom Lantern ' s best role ever was the pirate", ['Tom Lantern']],
    ['a possessive joined to the surname, before a movie', "Will Saddles's new movie is so bad", ["Will Saddles's"]],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday phrase before the copula', 'Will Power is the key to winning'],
    ['a song title', 'Summer Nights is my favourite song'],
    ['a possessive before no person noun', "Will Power's importance cannot be overstated"],
    ['a street with a possessive', "Hope Street's shops are all closed today"],
    ['a title in capitals', 'Jimmy Quorvell Live Tonight Is So Great'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("a given name's possessive before a capitalised everyday word", () => {
  it.each([
    ['a shop', "I bought a dress at Marisol's Secret yesterday"],
    ['a restaurant', "We ate at Lucinda's Burgers after the game"],
    ['a shop, the possessive split off', "I bought a dress at Marisol ' s Secret yesterday"],
  ])('is a brand, not a person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a person possession', "I love Tobias's Mom so much", ["Tobias's"]],
    ['a pet', "Marisol's Dog is the cutest thing ever", ["Marisol's"]],
    ['a person possession, the possessive split off', "I love Tobias ' s Mom so much", ['Tobias']],
  ])('stays a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a surname in capitals after a listed given name in capitals', () => {
  it.each([
    ['a shouted post', 'TOBIAS BRACKWIN IS THE BEST', ['TOBIAS BRACKWIN']],
    ['in a post with lower-case words', 'Omg TOBIAS BRACKWIN is so funny', ['TOBIAS BRACKWIN']],
  ])('joins the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a chat abbreviation', 'TOBIAS LOL you are funny', ['TOBIAS']],
    ['an everyday word', 'I LOVE YOU TOBIAS SO MUCH', ['TOBIAS']],
  ])('stays out of the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
