// Names addressed by an English social phrase (`Great work X!`, `Bye X!`, `RIP X`) (en-address.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English text: an unlisted name right after a phrase addressing a person', () => {
  it.each([
    ['praise before an exclamation mark', 'Cant wait for the next episode! Great work Zorvik!', ['Zorvik']],
    ['a farewell', 'Bye Quellan!', ['Quellan']],
    ['a one-word phrase the run took in', 'Congrats Zorvik!', ['Zorvik']],
    ['a two-word phrase in lower case', 'happy birthday Zorvik, have a great one', ['Zorvik']],
    ['a mourning post at the end of the text', 'Such sad news today. RIP Quellan', ['Quellan']],
    ['an unlisted full name', 'Well done Zorvik Quellan, the parcel came in a day', ['Zorvik Quellan']],
    ['before an emoji', 'love you Tregellas ❤', ['Tregellas']],
    ['praise of a posted video', 'Great video Zorvik!', ['Zorvik']],
    ['praise of a poem, in lower case', 'excellent poem Quellan', ['Quellan']],
    ['praise of a cover', 'This made my day. Amazing cover Tregellas ❤', ['Tregellas']],
    ['a goodnight wish', 'What a stream. Good night Quellan.', ['Quellan']],
    ['a mourning phrase in words', 'Rest in peace Tregellas, you will be missed', ['Tregellas']],
    ['a wish to get well', 'Get well soon Zorvik!!', ['Zorvik']],
    ['praise to keep going', 'Keep it up Quellan!', ['Quellan']],
  ])('finds %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a lower-case word after the phrase', 'good job guys, the new update is great'],
    ['a title going on after the word', 'congratulations Class of 2024'],
    ['a song title going on with a verb', 'Happy Birthday Song is my favourite'],
    ['a capitalised everyday word', 'Good luck Tomorrow with the exam'],
    ['a phrase that is not right before the word', 'Good job on the Quellan update, really smooth'],
    ['a role word after the phrase', 'Good job Team!'],
    ['praise of a shop', 'Nice shop Zorvmart!'],
    ['praise of the weather', 'lovely weather Quellmoor'],
    ['praise of a video, then an everyday word', 'Great trailer Wonder!'],
    ['praise of a video, then a place', 'Great video from Quellmoor!'],
    ['a farewell to a place', 'Good night London!'],
    ['a wish going on into what it is about', 'Take care of Zorvcraft updates please'],
    ['a lower-case word after a wish', 'get well soon buddy'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('NAME in English text: an address phrase the run took in is cut off the name', () => {
  it.each([
    ['a birthday wish in title case', 'Happy Birthday Anna, have a great day', ['Anna']],
    ['praise in title case', 'Good Job Olivia', ['Olivia']],
  ])('keeps only the name for %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
