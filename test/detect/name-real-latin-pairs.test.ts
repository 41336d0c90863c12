import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented foreign names (`Zorvik Brenelund`) on no list.
describe('two unknown capitalised Latin words mid-sentence are a given name and surname', () => {
  it.each([
    ['after a preposition', 'I worked as the assistant to Zorvik Brenelund last year.', ['Zorvik Brenelund']],
    ['after a verb', 'I want to add Zorvik Brenelund as a beneficiary to my account.', ['Zorvik Brenelund']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after a possessive', 'I want my Zorvik Brenelund back.'],
    ['a noun suffix', 'We met Zorvik Management at the fair.'],
    ['a compound of everyday words', 'I thought Undead Nightmare was pretty cool.'],
    ['a longer capitalised run', 'I love Zorvik Brenelund Data Explorer a lot.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a pair on a line of its own, and a name addressed before a request', () => {
  it.each([
    ['a signature line after a quote mark', '>Zorvik Brenelund\n>Main Street 5', ['Zorvik Brenelund']],
    ['a name opening a request', 'Zorvik, can I please speak to your manager?', ['Zorvik']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word before a request', 'Sorry, can you help me?'],
    ['a greeting before a request', 'Hi, can you help me?'],
    ['a pair sharing its line with more words', 'Zorvik Brenelund is what we call the new model.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
