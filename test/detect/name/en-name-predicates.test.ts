// Words an English post says are a name or a candidate (en-name-predicates.ts), and the subject after a
// sentence-opening `So,` (en-clause-subjects.ts). Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a word said to be a name', () => {
  it.each([
    ['is my username, before a function word', 'Zorvek is my username do it pls', ['Zorvek']],
    ['is my real name, in lower case', 'zorvek is my real name', ['zorvek']],
    ['for president', 'Vote Quorvane for president this year', ['Quorvane']],
    ['4 President, with no function word', 'Quorvane 4 President', ['Quorvane']],
    ['a listed surname 4 President', 'Pemberton 4 President', ['Pemberton']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['is my favourite', 'Zorvcraft is my favourite'],
    ['a name for a thing', 'Zorvcraft is my name for it'],
    ['an everyday word for president', 'Nobody for president this year'],
    ['an everyday word 4 President', 'Pizza 4 President'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the subject after a sentence-opening So and a comma', () => {
  it.each([
    ['before a verb in -s', 'So, Zorvek wants them to win the cup', ['Zorvek']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['before what firms do', 'So, Zorvcraft makes cars now'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an unknown capitalised word said to be a maker of videos, music or sport (cues/name-english-person-nouns.txt)', () => {
  it.each([
    ['a youtuber', 'Zorvek is the best youtuber', ['Zorvek']],
    ['a streamer', 'Zorvek is such a good streamer', ['Zorvek']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a game', 'Zorvcraft is the best game ever'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a bare possessive before an adjective and what a person has (en-social-frames.ts)', () => {
  it.each([
    ['real parents', 'I think Zorveks real parents are rich', ['Zorveks']],
    ['new videos', 'Zorveks new videos are so good', ['Zorveks']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday plural', 'Games new videos are so good'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
