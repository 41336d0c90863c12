// The subject of a clause a conjunction opens in an English post (en-clause-subjects.ts): a word no list holds and
// English would not use, between the conjunction and a verb in -s or -ed. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const people: [frame: string, text: string, expected: string[]][] = [
  ['in lower case after `before`', 'you better stop dancing before quorvane wakes up 😂', ['quorvane']],
  ['in lower case after `that`', 'i just noticed that zelvrintube bases himself off of that other channel', ['zelvrintube']],
  ['in title case after `when`', 'I always laugh when Talvory tries to cook', ['Talvory']],
  ['after `cuz`', 'this is the best part cuz drevlik knows exactly what to say', ['drevlik']],
  ['before a verb in -ed', 'No way that Quellmar stopped a shot like that', ['Quellmar']],
];

const notPeople: [what: string, text: string][] = [
  ['an everyday word', 'stop dancing before everyone wakes up'],
  ['a plural on no list', 'I left because youtubers makes me sick'],
  ['a slip from an everyday word', 'I laugh when somone tries to cook'],
  ['no verb after it', 'I noticed that zorvcraft is free now'],
  ['an adverb after it', 'that quorvane sometimes lags'],
  ['no conjunction before it', 'the quorvane wakes up at night'],
  ['Uzbek typed in Latin letters', 'Qachonki Zarvon keladi, aytaman'],
  ['a firm before what firms do', 'I noticed that Zorvmart charged me twice'],
  ['a firm that shipped', 'It arrived broken when Quorvex shipped it'],
];

describe('a person as the subject of a clause in an English post', () => {
  it.each(people)('is found (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a word in the same frame that names no person', () => {
  it.each(notPeople)('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
