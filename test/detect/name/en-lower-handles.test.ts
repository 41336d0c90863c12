// Lower-case words and handles English posts use for people (en-lower-handles.ts): an unlisted word spoken to after
// an opening interjection, before a comma and the second person; a handle with a lower-case prefix and a capital
// inside, after `my` and a friend noun or before a verb; a name after a stage prefix. And the hard negatives beside them: everyday words, things
// typed the same way (`iPhone`, `eBay`), text that is not English. Sentences written for pii-gate, names invented.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const people: [frame: string, text: string, expected: string[]][] = [
  ['an unlisted word after `wow`, before a comma and `your`', 'Wow zorvek, your video is trending now', ['zorvek']],
  ['an unlisted word after `lol`, before a comma and `you`', 'lol qelwyn, you did it again', ['qelwyn']],
  ['a handle after `my boy`', 'My boy qelDubbz', ['qelDubbz']],
  ['a handle before an adverb and a verb in -s', 'I wonder if qelDubbz just plays with this all day', ['qelDubbz']],
  ['a handle opening the post before `is`', 'xoTrinka is the best at this game', ['xoTrinka']],
  ['a listed given name after `lil`, with the prefix', 'That moment lil wayne gets on the hook and i lose it', ['lil wayne']],
  ['an unlisted word after `dj`, with the prefix', 'dj qelwyn killed it last night, it was so good', ['dj qelwyn']],
];

const notPeople: [what: string, text: string, expected: string[]][] = [
  ['an everyday word after `wow`, before a comma and `your`', 'wow amazing, your video rocks', []],
  ['a misspelt everyday word after `wow`', 'wow amazng, your video rocks', []],
  ['a thing typed with a lower-case prefix, before `is`', 'iPad is the best tablet i have owned', []],
  ['a thing typed with a lower-case prefix, after `my`', 'my boy eBay never lets me down with deals', []],
  ['a handle with no person frame', 'the new season of uZolvi is on tonight', []],
  ['an everyday word after `lil`', 'just a lil bit more and it is done', []],
  ['a kin word after `lil`', 'my lil bro is so annoying when he plays', []],
  ['a word before a comma and `you`, not after an interjection', 'the zorvek, you know, was loud', []],
];

describe('lower-case words and handles English posts use for people', () => {
  it.each(people)('masks %s: %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPeople)('leaves %s unmasked: %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
