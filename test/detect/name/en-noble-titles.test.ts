// `Lord` and `Lady` before a name in English posts, as part of the name (en-noble-titles.ts). Invented names and
// sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('Lord or Lady before a name', () => {
  it.each([
    ['a name on no list, in a question', 'Making jokes about Lord Zorvek? How could they?', ['Lord Zorvek']],
    ['a listed given name', 'I love Lady Marisol so much', ['Lady Marisol']],
    ['opening the post', 'Lord Quillan is so scary in this one', ['Lord Quillan']],
  ])('is a name with its title (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word', 'Lady Luck is on my side tonight'],
    ['an office', 'the Lord Mayor spoke at the opening'],
    ['a longer title', 'Lord Zorvek Memorial Hall is open again'],
    ['a phrase with of', 'The Lord of the Rings is so long'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
