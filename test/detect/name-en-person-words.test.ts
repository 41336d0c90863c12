// People in English reviews and chat named by what they do or are called (en-person-verbs.ts) or by the list they
// stand in (en-lists.ts): unknown capitalised words before a verb only a person takes, after a title, kinship or
// service word, or beside a found name in a list; and firms, products and titles in the same places that stay unmasked.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('an unknown capitalised word before a verb only a person takes', () => {
  it.each([
    ['fixed, opening the sentence', 'Zorvane fixed the leak in ten minutes and cleaned up.', ['Zorvane']],
    ['replied, after a prepositional phrase', 'Kelowen from support replied within an hour.', ['Kelowen']],
    ['who, right after the name', 'Had a chat with Marovek who found my booking straight away.', ['Marovek']],
    ['recommended', 'Lumora recommended the blue one.', ['Lumora']],
    ['fixed, in lower-case chat', 'the tech guy was late but ravello fixed it in minutes', ['ravello']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an unknown capitalised word after a title, kinship or service word', () => {
  it.each([
    ['Coach, opening the sentence', 'Coach Brannoch pushed the kids hard but fair.', ['Brannoch']],
    ['Auntie, after a request', 'Tell Auntie Velisha the cake was amazing.', ['Velisha']],
    ['a waiter', 'Our waiter Tamsko was attentive and funny.', ['Tamsko']],
    ['a brother', 'My brother Gerwin drove me to the airport.', ['Gerwin']],
    ['met, opening the sentence', 'Met Thabrel at the launch.', ['Thabrel']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an unknown capitalised word in a list with a found name', () => {
  it.each([
    ['commas and a closing `, and`', 'Special thanks to Emma, Tarvosh, and Mikael!', ['Emma', 'Tarvosh', 'Mikael']],
    ['a closing `&`, after a comma', 'Big thanks to Emma, Tarvosh & Mikael, you rock', ['Emma', 'Tarvosh', 'Mikael']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('firms, products and titles in the same places', () => {
  it.each([
    ['an app after an article, before fixed', 'The Zoodmall app fixed the bug after the update.'],
    ['a two-word firm before apologised', 'Quorvix Cloud apologised for the outage.'],
    ['a show before knew', 'Squid Game knew how to end a season.'],
    ['a brand after a kinship word', 'I bought a Brother printer and it jams.'],
    ['an everyday noun after a title', 'Landlord Insurance quote was too high.'],
    ['a place after a title', 'Captain America was on tv again.'],
    ['a brand after a vocative and a comma, no list', 'Thanks Anna, Zoodmall rocks.'],
    ['a list of shops', 'Ordered from Uzum, Zoodmall and Wildberries.'],
  ])('masks no new name (%s): %s', (_, text) => {
    expect(names(text).filter((name) => name !== 'Anna')).toEqual([]);
  });
});

describe('an unknown capitalised word said to be patient, rude or helpful, or in apposition to a role', () => {
  it.each([
    ['was so patient, after a comma', 'Great service, Tamsko was so patient with my mum.', ['Tamsko']],
    ['two people were both super helpful', 'Jorvik and Quellan were both super helpful.', ['Jorvik', 'Quellan']],
    ['a manager in apposition', 'The manager, Drevan, gave us a discount.', ['Drevan']],
    ['after a speaker label', 'Customer: Thandrel promised me a refund.', ['Thandrel']],
    ['after delivery guy', 'Delivery guy Marovek was super nice.', ['Marovek']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('lower-case chat: a title, honorific or department beside an unlisted word', () => {
  it.each([
    ['bro', 'bro thabrel is a legend and he fixed it', ['thabrel']],
    ['dr without the dot', 'dr okwuvane was great', ['okwuvane']],
    ['from support said', 'lindora from support said 3 days', ['lindora']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('shops, apps and everyday words in the same places', () => {
  it.each([
    ['support was rude', 'Zoodmall support was rude.'],
    ['an app after an article is friendly', 'The Zoodmall app is so friendly to use.'],
    ['two listed brands were helpful', 'Kaspi and Payme were both super helpful.'],
    ['a hotel in apposition', 'The hotel, Marriott, was fine.'],
    ['a brand after my friend, lower case', 'my friend netflix is down lol'],
    ['a firm after from', 'the guy from amazon said wait'],
    ['slang after bro', 'bro idk what happened to my order'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given name that is also a place, before an unknown surname', () => {
  it.each([
    ['mid-sentence', 'I was helped by Mary Oyelaran.', ['Mary Oyelaran']],
    ['opening the sentence', 'Mary Oyelaran handled my claim.', ['Mary Oyelaran']],
  ])('is a full name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a place head after it', 'We stayed near Victoria Falls.', ['Victoria']],
  ])('keeps the place reading (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
