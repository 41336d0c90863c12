// Given names from everywhere in English text (en-world-names.ts, en-lower-names.ts): names on none of the faker or
// compromise lists but on the SSA given-name list, and the places, things and foreign words they must not take.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('a given name only the SSA list holds, in English text', () => {
  it.each([
    ['mid-sentence, no cue', 'the parcel came late but Chidera sorted it out in five minutes', ['Chidera']],
    ['mid-sentence after a conjunction', 'we waited an hour and Anirudh finally brought the food', ['Anirudh']],
    ['opening the sentence', 'Sakshi fixed my laptop in ten minutes, highly recommend', ['Sakshi']],
    ['opening the sentence before a copula', 'Navneet was super rude on the phone yesterday', ['Navneet']],
    ['with an unknown surname after it', 'Haruka Tanabe delivered my package to the wrong address', ['Haruka Tanabe']],
    ['in a possessive', "Farhan's team delivered the sofa on time", ['Farhan']],
    ['beside an unknown name joined by and', 'Five stars for Thandiwe and Quorlan, the rest of the staff were useless', ['Thandiwe', 'Quorlan']],
    ['lower case before a regular past tense', 'yesterday anvi fixed my account, today it is broken again', ['anvi']],
    ['lower case before an irregular past tense', 'lol nkechi forgot my fries again', ['nkechi']],
    ['lower case in lower-case chat, no verb after it', 'me and chidera ordered the same thing and got different prices', ['chidera']],
    ['opening the sentence before an apposition', 'Chidera the courier was super polite and quick', ['Chidera']],
    ['shouted in capitals', 'THANK YOU ANIRUDH YOU ARE THE BEST', ['ANIRUDH']],
  ])('finds it %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('words the SSA list holds that name no person here', () => {
  it.each([
    ['after an article', 'the Dyson vacuum broke after a month'],
    ['after a locative', 'we stayed in Albany for a week and loved it'],
    ['after a house number', 'I once lived at 178 Piermark Drive, Apt. 335, Zak Points'],
    ['before a capitalised word the lists know', 'Shipping from Albany New Zealand took 12 days'],
    ['in capitals (an acronym)', 'please send the IBAN again, the transfer failed'],
    ['an Uzbek word in Uzbek text', 'Mijoz: kuryer hali kelmadi, soat 16:03da kelishi kerak edi'],
    ['an Uzbek word in Uzbek text, capitalised', 'Hali ham javob yoq, buyurtma qayerda?'],
    ['a Russian word transliterated', 'Ранее перестыковка была запланирована на вторник'],
    ['lower case after an article', 'the chai latte was cold and the muffin stale'],
    ['an Uzbek word opening lower-case code-switched chat', 'mana the shop is closed again today'],
    ['a Russian word typed in Latin letters', 'privet, dom is far from the shop, can you deliver tomorrow'],
    ['a capitalised acronym in a shouted message', 'PLEASE SEND THE IBAN AGAIN'],
    ['opening a sentence before an article (a verb)', 'Luv the new update, the app is way faster now'],
    ['after the Spanish possessive mi', 'the cake came out perfect, mi Amor loved it'],
    ['in lower-case chat with no cue or verb beside it', 'so if detta copy why u no tek it back lol'],
    ['after an -ing form, before an -ed word', 'Keep getting rick rolled by this app, so annoying.'],
  ])('masks nothing %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
