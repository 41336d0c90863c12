// The person an English review or dialogue turn opens with (en-openers.ts) and names with an O'/D'/N' prefix
// (en-apostrophe.ts): unknown capitalised words read with what follows them; and reviews and turns opening with a
// brand, an adjective or an everyday word that stay unmasked.

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { names } from '../helpers/names.js';

describe('an unknown capitalised word opening a review', () => {
  it.each([
    ['an everyday verb in -ed, the reviewer after it', 'Trevanu handled my return in a day.', ['Trevanu']],
    ['praise after was', 'Maruvek was great, very quick with the exchange.', ['Maruvek']],
    ['a star', 'Kelitha is a star.', ['Kelitha']],
    ['looks or humour, in a post', 'Bulvaray is so so so funny 😂', ['Bulvaray']],
    ['a team phrase before the verb', 'Orvanne in the warehouse found my lost box.', ['Orvanne']],
    ['`the` and a person noun', 'Dalmoro the technician arrived early.', ['Dalmoro']],
    ['`and his` team', 'Brekovi and his team installed it perfectly.', ['Brekovi']],
    ['the best agent', 'Sulenka is the best agent I have dealt with.', ['Sulenka']],
    ['a comma and thanks', 'Varunde, thank you for your patience.', ['Varunde']],
    ['a later sentence of the line, `the` and a person noun', 'Order came late. Dalvoro the driver was nice though.', ['Dalvoro']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a possessor opening a review, before what a person gives', () => {
  // The span takes the `'s` in, as the annotated reviews do.
  it.each([
    ['advice, then a verb', "Torvelle's advice saved me a second trip", ["Torvelle's"]],
    ['patience, then was', 'Amruvek’s patience was incredible.', ['Amruvek’s']],
    ['an s-final name and a lone apostrophe', "Kalvaitas' help was amazing.", ['Kalvaitas']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the addressee of a dialogue turn after a speaker label', () => {
  it.each([
    ['a comma and your', 'Agent: Vetrunas, your order has been shipped.', ['Vetrunas']],
    ['a comma and we', 'Manager: Oskavi, we have credited your account.', ['Oskavi']],
    ['after Sure', 'Agent: Sure Mireltu, one moment.', ['Mireltu']],
    ['after No problem', 'Agent: No problem Halvoran, anything else?', ['Halvoran']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the second word of a speaker label in a dialogue of labelled lines', () => {
  it.each([
    ['a role word the role lists lack', 'Assistant Tolvani: Hello, how can I help?\nCustomer: My parcel is late.', ['Tolvani']],
    ['a name a stoplist seems to inflect', 'Agent Kartani: Could you give me the order number?\nAgent Kartani: Thank you.', ['Kartani', 'Kartani']],
  ])('is a person (%s): %j', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['field labels', 'Order Number: 12345\nDelivery Address: Main street 5'],
    ['a team', 'Customer Service: Hello\nCustomer: Hi'],
  ])('masks no name (%s): %j', (_, text) => {
    expect(detect(text, { types: ['NAME'] })).toEqual([]);
  });
});

describe("a name with an O', D' or N' prefix", () => {
  it.each([
    ['opening a review', "O'Sullivan sorted out my refund in minutes.", ["O'Sullivan"]],
    ['inside a sentence', 'We met O’Brannagh yesterday.', ['O’Brannagh']],
    ['before praise', "D'Souvra was amazing.", ["D'Souvra"]],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('reviews and turns with no person in them', () => {
  it.each([
    ['a brand before a firm verb', 'Zoodmall delivered on time.'],
    ['a later sentence opening with a brand before a firm verb', 'Great app. Zoodmall delivered on time.'],
    ['a later sentence opening with a word in a comma address', 'Nice shop. Pedrovia, your prices are high.'],
    ['a brand before is and a thing', 'Zoodmall is the best app for shopping.'],
    ['a brand possessive before service', "Zoodmall's service was great."],
    ['a brand possessive before a compound', "Zoodmall's help desk was useless."],
    ['praise the word list lacks, a comma and thanks', 'Fantastic, thank you!'],
    ['an adjective in -less before an -ed word', 'Useless staged vid posted for likes.'],
    ['a plural noun before a modal', 'Pedestrians must enter on the left side.'],
    ['a plural noun the word list lacks before a verb, no reviewer', 'Contracts went to the lowest bidder.'],
    ['a drawn-out interjection', 'Aaawww, I was looking forward to it.'],
    ['a label and praise', 'Customer: Perfect, thank you so much.'],
    ["o'clock", "It's 5 o'clock already."],
    ["a French L'", "L'Oreal shampoo is great."],
  ])('masks no name (%s): %s', (_, text) => {
    expect(detect(text, { types: ['NAME'] })).toEqual([]);
  });
});
