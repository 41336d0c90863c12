// Subjects of what only a person is or does in English posts (en-praised-subjects.ts): a capitalised word the scan
// left below the threshold, before praise or blame of a person or a verb only a person takes. Invented names and
// sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a capitalised subject praised or blamed as a person', () => {
  it.each([
    ['a given name that is a word, opening the post', 'Penny is so right!', ['Penny']],
    ['after an interjection, before a function word', 'Hahaha! Penny is so right about this', ['Penny']],
    ['before a chat tail', 'Sandy is so funny lol', ['Sandy']],
    ['an everyday word after `when`, with `n \' t` typed apart', "We laughed so hard when Pebble was n ' t so annoying", ['Pebble']],
    ["after `if only`, with `wasn't`", "If only Pebble wasn't so annoying", ['Pebble']],
    ['after `that`, a person noun over an adjective', 'So fitting that Gravel was a lousy coach.', ['Gravel']],
    ['right about something', 'Penny was right about it', ['Penny']],
    ["with the copula typed `' s`", "Penny ' s so funny in this video", ['Penny']],
    ['what a person does in -ing', 'Penny is just joking lol', ['Penny']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a notion', 'Love is patient, love is kind'],
    ['a season', 'Summer is so sad'],
    ['a notion before `right`', 'Hope is so right here'],
    ['after an article', 'The Pebble was so annoying'],
    ['an adjective said of a thing after it', 'Penny is so cute a song'],
    ['no name at all', 'This is a funny video'],
    ['said of songs and places as often', 'Sandy is so beautiful'],
    ["a possessive `' s` before a noun", "Sandy ' s song is so sad in this video"],
    ['what a team does too', 'Penny is playing tonight'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given name that is a word, before a verb only a person takes', () => {
  it.each([
    ['over an adverb', 'Rusty just texted me', ['Rusty']],
    ['a verb of knowing', 'Penny knows the answer', ['Penny']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a modal before a verb', 'Will knows the answer'],
    ['a notion', 'Hope knows no bounds'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("a sentence's unlisted first word praised as a person", () => {
  it.each([
    ['the best, closing the clause', 'Quorvel is the best: D nice play', ['Quorvel']],
    ['the best before a smiley, in lower case', 'zelvikor is the best:)', ['zelvikor']],
    ['the greatest, after another sentence', 'What a match. Quorvel was the greatest!', ['Quorvel']],
    ['such a sell out', 'Quorvel is such a sell out im so disappointed', ['Quorvel']],
    ['what a person does, in lower case', 'zelvikor is slaying colours like her', ['zelvikor']],
    ['praise of a person', 'Quorvel is so funny', ['Quorvel']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the best before the thing it is said of', 'Zorvcraft is the best game ever made'],
    ['a waste is no person', 'Zorvcraft is such a waste of time'],
    ['an English word', 'Everything is the best here'],
    ['a slip from an English word', 'Thsi is the best:)'],
    ['a function word', 'This is the best!'],
    ['not opening the sentence', 'i think zorvcraft is the best'],
    ['a listed place or given name', 'London is the best!'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
