import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names on none of the lists (`zorvath`, `quindley`, `brenika`), so only the rule can find them.
describe('lower-case names after an English cue phrase, read with the English common-word list', () => {
  it.each([
    ['a given name and surname after spoke to', 'spoke to zorvath quindley yesterday she said monday', ['zorvath quindley']],
    ['a given name after tell', 'tell brenika i cancelled the order', ['brenika']],
    ['a given name after ask for', 'when you ring ask for zorvath at the desk', ['zorvath']],
    ['a given name and surname after talked to', 'talked to brenika quindley and nothing happened', ['brenika quindley']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word after spoke to', 'spoke to someone yesterday about the parcel'],
    ['an inflected everyday word after tell', 'tell neighbours the parcel is here'],
    ['a chat abbreviation after tell', 'tell them asap pls'],
    ['a doubled-consonant inflection after talked to', 'talked to shopping staff again'],
    ['an Uzbek word after an Uzbek cue', 'rahmat tushunarli hammasi yaxshi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('English chat cues that stand after the name', () => {
  it.each([
    ['a self-identification with here', 'its zorvath quindley here about the return', ['zorvath quindley']],
    ['a capitalised self-identification with here', "It's Brenika here, about my refund", ['Brenika']],
    ['thanks after an interjection and a name', 'ok brenika cheers', ['brenika']],
    ['thanks after a comma', 'great, zorvath, thanks', ['zorvath']],
    ['please between a name and a request to call', 'zorvath pls call me back tomorrow', ['zorvath']],
    ['the same shape in Russian chat', 'ок зорвас жду', ['зорвас']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word before here', 'its raining here all week'],
    ['here without a self-introduction', 'the parcel zorvath here is wrong'],
    ['thanks after an everyday word', 'ok great cheers'],
    ['a Russian everyday word between ok and thanks', 'ок завтра жду'],
    ['an interjection that does not open the message', 'it was ok zorvath cheers'],
    ['please before a call verb after an everyday word', 'someone pls call me back'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('two unknown capitalised words joined by and, mid-sentence', () => {
  it.each([
    ['two given names after a preposition', 'Five stars for Zorvath and Brenika, the rest were fine.', ['Zorvath', 'Brenika']],
    ['two given names as an object', 'We met Zorvath and Brenika yesterday.', ['Zorvath', 'Brenika']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['before a firm word', 'Products from Zorvath and Brenika Associates arrived.'],
    ['at a sentence start', 'Zorvath and Brenika are both available.'],
    ['everyday words', 'The Research and Development team called.'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("a person's qualities after a possessive", () => {
  it.each([
    // Opening a review, the span takes the `'s` in, as the annotated reviews do (en-openers.ts).
    ['an unknown name opening the sentence before advice', "Zorvath's advice saved me a trip", ["Zorvath's"]],
    ['an unknown name before patience', "We owe a lot to Brenika's patience", ['Brenika\'s']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday adjective before advice', 'Legal advice is free here'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
