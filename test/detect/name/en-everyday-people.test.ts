// Everyday English words that a post shows to be a person's name (en-everyday-people.ts): a noun for a person as the
// predicate, a noun for those who back or copy a person after the word. Invented names and sentences, written for
// pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an everyday word said to be a person', () => {
  it.each([
    ['a contraction typed apart', "Stoneham ' s a stud", ['Stoneham']],
    ['a contraction in one word', 'Stoneham’s such a legend', ['Stoneham']],
    ['was and an insult', "Cobble ' s a lazy detective.", ['Cobble']],
    ['a contraction with a word between', "Stoneham's a total sellout", ['Stoneham']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a pronoun', "That's a legend"],
    ['a word for a kin', 'Mom is a legend'],
    ['an abstract noun of sayings', "Life's a bully"],
    ['an abstract noun by its ending', "Society ' s a bully"],
    ['an app called a scam', 'Zoodmall is a scam'],
    ['a noun not said of people only', "Stoneham's a fraud"],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an everyday word before supporters, voters or an impersonator', () => {
  it.each([
    ['supporters', 'Are there any Stoneham supporters here and if so, speak up', ['Stoneham']],
    ['a supporter', 'not a Stoneham supporter by any means but she is right', ['Stoneham']],
    ['a lower-case impersonator', 'this crowd will be cheering a stoneham impersonator. People are dumb', ['stoneham']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a party', 'Are there any Tory voters here and if so, speak up'],
    ['a team', 'Leeds supporters were loud at the game'],
    ['a cause', 'Labour supporters are angry about it'],
    ['a lower-case word before supporters', 'there are many stoneham supporters here'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
