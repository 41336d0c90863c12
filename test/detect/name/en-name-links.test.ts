// Words an English post ties to a person it names already (en-name-links.ts): an everyday-word name joined to a found
// name, and a found name typed again with a bare possessive `s`. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a listed everyday-word name joined to a found name', () => {
  it.each([
    ['after `and`', 'Talia and Baker were brilliant in the last round', ['Talia', 'Baker']],
    ['before `&`, opening a sentence', 'Loved the stream tonight! Penny & Talia were so funny', ['Penny', 'Talia']],
    ['a surname after `and`', 'Kwame and Fisher did well in the game', ['Kwame', 'Fisher']],
  ])('is a person too (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a kin word', 'Kwame and Dad went fishing', ['Kwame']],
    ['a group word', 'Thanks Talia and Team for the video', ['Talia']],
    ['a pub after an article', 'we met Talia at the Rose and Crown last night', ['Talia']],
    ['before a capitalised word', 'we went to the Talia and Baker Gallery with our kids', []],
  ])('is left (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a found name typed again with a bare possessive `s`', () => {
  it.each([
    ['after the name', 'Kwame left early, so Kwames bags were packed by us', ['Kwame', 'Kwames']],
    ['before the name', 'i packed Kwames bags all day because Kwame asked me to', ['Kwames', 'Kwame']],
  ])('is the person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['without the name', 'we packed Kwames bags for the trip', []],
    ['in lower case', 'Kwame left early, so kwames bags were packed by us', ['Kwame']],
  ])('is left (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a weak word facing a found full name across `vs`', () => {
  it.each([
    ['before `Vs`', 'The rematch nobody asked for: Zorvek Vs Julio Ramirez in May', ['Zorvek', 'Julio Ramirez']],
    ['after `vs`', 'Julio Ramirez vs Zorvek would be a great fight', ['Julio Ramirez', 'Zorvek']],
  ])('is the other person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['against one word only', 'Talia vs Zorvek would be a great fight', ['Talia']],
    ['a place', 'Julio Ramirez vs Barcelona tonight', ['Julio Ramirez']],
    ['the end of a capitalised run', 'Real Zorvek vs Julio Ramirez tonight', ['Julio Ramirez']],
  ])('is left (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an everyday-word given name asked a question', () => {
  it.each([
    ['`what if you`', 'Penny what if you tried the blue one', ['Penny']],
    ['`why do you`', 'Hunter why do you always do that', ['Hunter']],
  ])('is the person asked (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['advice', 'Chase what you love and never stop', []],
    ['no auxiliary', 'Mark how you did that is crazy', []],
    ['a verb before `you`', 'Hope why would you do that', []],
  ])('is left (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an unknown capitalised word owning a noun through `\'s`', () => {
  it.each([
    ['split as tokenised posts write it', 'I love Zorvek \' s entrance in that clip', ['Zorvek']],
    ['joined, without its `\'s`', 'i think that nobody matches Zorvek\'s raw speed', ['Zorvek']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['before a function word', 'last video I watched was Zorvek \' s and I like it', []],
    ['after an article', 'we ate at the Zorvek \' s diner', []],
    ['an everyday word', 'I love Gadget \' s design', []],
    ['opening a sentence', 'Zorvek \' s menu is short', []],
  ])('is left (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the lower-case answer an inverted question about a name puts last', () => {
  it.each([
    ['with a kind and a hedge', 'so Kwame, is your last name actually baker', ['Kwame', 'baker']],
    ['with a question mark', 'is your real name baker?', ['baker']],
  ])('is the name asked about (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a verb after the question', 'is your name going to be on it', []],
    ['a preposition', 'is your name on the list', []],
  ])('is left (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
