// Lower-case full names in English text: a listed given name and a surname-shaped word (en-lower-names.ts); credits.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English text: lower-case full names', () => {
  it.each([
    ['a given name and a listed surname', 'the new guy at the desk looks like ian connor', ['ian connor']],
    ['a given name and an unlisted surname with a surname ending', 'honestly amy zelberman is the best agent you have', ['amy zelberman']],
    ['a Slavic surname after an English given name', 'please pass this to olivia kowalski in billing', ['olivia kowalski']],
    ['a given name and an accented surname', 'i met monika žilková at the shop and she was nice', ['monika žilková']],
    ['a lower-case given name alone in Uzbek chat, as before', 'jasur keldi va zakaz olib ketdi', ['jasur']],
    ['an Uzbek full name in English text', 'yesterday bakhtiyor sultanov mixed up my order again', ['bakhtiyor sultanov']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a given name before an everyday word the common-word list lacks', 'is it the left heel or the right one that broke'],
    ['a typo before an everyday noun', 'my cat would not fit ina pouch like that'],
    ['a street named after a person', 'the shop on amir temur avenue is closed on sunday'],
    ['an ambiguous given name before a verb', 'please mark down the price on the second item'],
    ['a given name before an accented everyday word of another language', 'the café near the station is nice'],
    ['a place made of a given name and an unknown word', 'i go to school in milton keyons every day'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('NAME in English text: credits before a name (cues/name-english-credits.txt)', () => {
  it.each([
    ['an unlisted surname after `starring`', 'A great little film starring Zelberman and two kids', ['Zelberman']],
    ['an unlisted surname after `written by`', 'The script was written by Zelberman last year', ['Zelberman']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a lower-case noun after `starring`', 'He finally got the starring role in the school play'],
    ['a lower-case word after `written by`', 'The note was written by hand on the box'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('NAME in English text: lower-case names on form lines (`name` ends an English cue)', () => {
  it.each([
    ['an unlisted given name, an initial and a surname', 'name: hyuuma t. maida', ['hyuuma t. maida']],
    ['two unlisted words after `full name`', 'full name: zelberman okonkwo', ['zelberman okonkwo']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['everyday words after the label', 'name: order number 5531'],
    ['the word in a question', 'what is the name of the shop near the station'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('NAME in English text: a lower-case given name as the subject of a verb', () => {
  it.each([
    ['a name before `laughs`', 'I swear marcus laughs at every single joke', ['marcus']],
    ['a name before `has`', 'That moment when casey has a better phone than you', ['casey']],
    ['a name before `called` after a cue', 'tell sophia that barbara called', ['sophia', 'barbara']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word that is also a name, before `is`', 'the grace period is over, please pay today'],
    ['a month before `is`', 'april is the busiest month for our shop'],
    ['a country before `has`', 'china has the lowest shipping rates this week'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('NAME in English text: a lower-case given name before a two-letter verb (`is`, `was` are too short for a surname)', () => {
  it.each([
    ['before `is`', 'Does anyone know the brand of the sunglasses olivia is wearing?', ['olivia']],
    ['before `is` after a comma', 'Honestly, bakhtiyor is the best courier in town', ['bakhtiyor']],
    ['before a past-tense verb of giving', 'Did anyone notice olivia gave herself more soda?', ['olivia']],
    ['before a verb of wearing', 'Love the jacket, where did you get it? bakhtiyor wears one too', ['bakhtiyor']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after an article', 'Honestly the luna is really good here'],
    ['after an article, before a longer verb', 'Honestly the luna was really good here'],
    ['after a possessive', 'I think my alexa is broken again'],
    ['after a quantifier', 'Not sure every mia is the same size'],
    ['an ambiguous given name', 'Does the grace period still apply if the bill is late?'],
    ['internet slang that a name list holds', 'Great job, that vid was so funny'],
    ['an everyday noun that a name list holds', 'Lol this case was weird, the box came empty'],
    ['an ambiguous given name before a listed verb', 'Honestly the bill looked wrong, please check it'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
