// The person an English post speaks to, named last after a clause said to them (en-closing-addressees.ts). Invented
// names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an unknown capitalised word ending a post said to someone', () => {
  it.each([
    ['after a noun with a possessive', 'OMG your face is so funny in your start video Zorvek', ['Zorvek']],
    ['before an emoji', 'you made my day Zorvek 😂', ['Zorvek']],
    ['after thanks for the noun', 'Thank you for the video Zorvek', ['Zorvek']],
    ['after thanks with no `you`', 'Thanks for the tips Zorvek', ['Zorvek']],
    ['after congrats', 'Congrats on the win Zorvek!', ['Zorvek']],
    ['an unknown word and a listed surname after thanks', 'Thanks for the recipe Zorvek Holmes', ['Zorvek Holmes']],
  ])('is the addressee (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after a preposition', 'You are not bad with Zorvcraft. Great video'],
    ['after a verb of playing', 'you should play Zorvcraft.'],
    ['after a verb with no determiner', 'you should try Zorvcraft.'],
    ['after an adjective', 'you should try the new Zorvcraft'],
    ['after of', 'When you use the props from Game of Zorvcraft...'],
    ['with no second-person word', 'check out the channel Zorvcraft'],
    ['thanks, a pair after a preposition', 'Thanks for the tour of Zorvek Holmes'],
    ['thanks, a verb before the word', 'thanks for playing Zorvcraft'],
    ['thanks, a pair whose second word is no surname', 'Thanks for the recipe Zorvek Games'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an unknown capitalised word before a verb of voice or body (cues/name-english-person-verbs.txt)', () => {
  it.each([
    ['sings', 'Zorvek sings like an angel on this track', ['Zorvek']],
    ['danced, after a clause opener', 'I swear Zorvek danced better than everyone', ['Zorvek']],
    ['kisses', 'Zorvek kisses the trophy every time', ['Zorvek']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['wears, which fabrics do too', 'Zorvcraft wears well after many washes'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
