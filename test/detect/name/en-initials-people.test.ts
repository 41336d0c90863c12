// Initials greeted or asked for in English posts (en-initials-people.ts), and an SSA given name opening a name
// (en-world-names.ts worldGivenOpener). Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('two or three capitals where a person stands', () => {
  it.each([
    ['greeted and asked', 'hey QJ will you do one more on this?', ['QJ']],
    ['greeted before a request', 'hi AJ can you help me with the song', ['AJ']],
    ['asked for', 'Where is QJ', ['QJ']],
    ['credited as the director', 'Great video. Directed by QJ...', ['QJ']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a league', 'Where is NBA'],
    ['a place', 'Where is LA?'],
    ['a pronoun in capitals', 'hey YOU will you come here'],
    ['a country before a noun', 'hey UK fans will you come'],
    ['not greeted at the start', 'I said hey QJ is great'],
    ['a network that produced it', 'Directed by BBC staff and produced by NBC.'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an SSA given name opening the sentence before a listed name', () => {
  it.each([
    ['before a listed given name', 'Marv Albert voice on the replay was the best', ['Marv Albert']],
  ])('opens the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word opening', 'Today Albert came by', ['Albert']],
  ])('stays out of the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
