// Latin words in a name's position that name a place or a firm (en-place-negatives.ts): the town line of an address,
// streets at a corner, an employer, the town someone moved to; and the people next to the same words that stay names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a place or firm where a name could stand', () => {
  it.each([
    ['the town after a unit number, on its own line', 'Torvald K Amsel\n\n5521 Vindeltorp 14\n Apt. 212\n Quenshavn\n\n Norway 44120', ['Torvald K Amsel']],
    ['the town after a unit number, on the same line', 'Ostrava Partners\n\n88013 Belmark rkp. 7. Apt. 903 Tornavel Vas', []],
    ['the estate after a suite number, upper case', 'here they are: 412 90 Wexham St Suite 77 DORRING HENRY nan', []],
    ['the town on the line after a house-number line', 'Halvard Ostrem\nNordic Ltd.\n40411 Kelvu 18\nLarnica\n, LA\n 50122', ['Halvard Ostrem']],
    ['the town after the house number of a comma segment', "We'll meet Friday at Quillbar, 302 Lipová 17, Brennovice u Kolina", []],
    ['two streets at a corner', 'my new address is the corner of Hadrava kapu 12. and Mathias Pass', []],
    ['the second street at a corner, after a street word', 'the corner of 77 Aristidou Melas str and Rennie Union', []],
    ['an employer after work for', 'I work for Wolters Kluwer', []],
    ['an employer after worked at', 'I used to work for Tarvelgov as a baker, but quit', []],
    ['a town after moved here from', 'We moved here from Kenosha', []],
    ['a town after grew up in', 'He is a 30 year old man who grew up in Marlowe.', []],
    ['a town goods are delivered to', 'Hello! Delivery to Madison costs 231,000 UZS.', []],
    ['a town a parcel is stuck in', 'Parcel stuck in Chester since Monday.', []],
    ['a make after an article, closing the clause', 'Bought a Mercedes last week.', []],
  ])('is not a person (%s)', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a person beside an address, a number or the same phrases', () => {
  it.each([
    ['a name after an order number and a full stop', 'Checking order #4794849.\nJack, your parcel is on its way.', ['Jack']],
    ['a name after a date line', '5 March 2026\nDilnoza Karimova\nThank you for the refund', ['Dilnoza Karimova']],
    ['a name after a number with no address', 'I paid 5 dollars and Marcus paid the rest', ['Marcus']],
    ['a person worked with', 'I worked with Oliver Brandt for a year', ['Oliver Brandt']],
    ['a person something works for', 'How does it work for Tamsin when she is away?', ['Tamsin']],
    ["a person's flat after moved to", "She moved to Corinna's flat last week", ["Corinna's"]],
    ['a name after a line with one number', 'Call me on 555\nAnna Kowalski', ['Anna Kowalski']],
    ['a person a parcel was sent to', 'I sent the parcel to Annika yesterday.', ['Annika']],
    ['a person named with an article, before a place phrase', 'There is a Jessica at the front desk.', ['Jessica']],
  ])('stays a name (%s)', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
