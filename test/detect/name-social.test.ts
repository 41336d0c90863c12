// English social posts: list hits English cannot hold, and the names around them that must stay (social.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('NAME in English social text: forms of listed names that English cannot produce', () => {
  it.each([
    ['the bare stem of Lola opening a post', 'Lol, that made my whole day'],
    ['the bare stem of Dada after a possessive', 'When I was small my Dad took me fishing every week'],
    ['a Kazakh ending read into an English verb', 'Looks Like the best video so far, honestly'],
    ['a Russian ending read into an English adverb', 'This is so cool, Very Nice work there'],
    ['the bare stem of Leta in a capitalised clause', 'Put it on the table, Let me see'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a nickname that is a stem but no English word', 'Great video Shan! Hope you had fun', ['Shan']],
    ['the listed name itself', 'Thanks Dada for the help with the parcel', ['Dada']],
    ['listed names with a stem that is an English word', 'I told Vera and Lola about it', ['Vera', 'Lola']],
    ['the real name next to a dropped word', 'Looks Like the best video so far, Demir', ['Demir']],
    ['Uzbek Latin text, where case endings are real', 'Lolaga ayting, buyurtma tayyor', ['Lolaga']],
    ['Russian typed in Latin letters, whose `i`, `on`, `do` are no English', 'Olgu ya videl vchera i on skazal chto do obeda pridet', ['Olgu']],
    ['a stem before an Uzbek honorific in Uzbek text', 'Salom, Lol aka, buyurtma qachon keladi?', ['Lol']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in English social text: kinship words, slang and apostrophe-less contractions (stoplists/common-en-social.txt)', () => {
  it.each([
    ['an endearment some lists hold as a given name', 'He says Honey too much in this video'],
    ['a contraction typed without its apostrophe', 'Ive been waiting for this all week'],
    ['another such contraction opening a sentence', 'Hed claw the hell out of me, so cute'],
    ['an English adverb that ends like a Kazakh patronymic', 'Superb work - Truly a gift to all of us'],
    ['a car make some surname lists hold', 'Tesla is the future, in just a few years'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a Korean name in Russian text whose last part spells like Latin slang', 'Хван Чжан Еп прибыл в Сеул', ['Хван Чжан Еп']],
    ['a given name that shares its first letters with slang', 'I told Lola about it yesterday', ['Lola']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME after an English article', () => {
  it.each([
    ['a product after `the`', 'I would like to win the Jet Black Airpods'],
    ['a brand in the possessive after `the`', "They are the Ferrari's of pots"],
    ['a capitalised role after `the`', 'the Cinematographer, said it was fine'],
    ['a brand after a possessive determiner, even before a noun', 'I love your Tesla videos so much'],
    ['a hotel after `the`, before a preposition', 'We stayed at the Hilton in Denver, it was fine'],
    ['a hotel after `the`, before a verb', 'The Hilton was the best hotel of the trip'],
    ['a hashtag', 'Great night with the team #ShareTheLove'],
    ['a hashtag written with a space after the sign', 'Great night with the team # ShareTheLove'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a name used as a modifier of the noun after it', 'Unlike the Karimov novel, it is short', ['Karimov']],
    ['a name after `a`, where Russian typed in Latin reads `a` as "and"', 'Ya zvonil, a Jasur in Tashkent yesterday', ['Jasur']],
    ['a full name before a lower-case noun', 'Have you been to a Dilnoza Karimova concert before?', ['Dilnoza Karimova']],
    ['a name after a service role after `the`', 'Thanks to the operator Rose for the help', ['Rose']],
    ['a name after `her`, which is also the object pronoun', 'Please tell her Dilnoza called twice', ['Dilnoza']],
    ['a name after `a`, the Russian "and" typed in Latin letters', 'Jasur keldi, a Dilnoza?', ['Jasur', 'Dilnoza']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in place names and before the noun of a thing', () => {
  it.each([
    ['a Spanish place whose second word is a surname', 'I drive a truck to Los Angeles every week'],
    ['a saint place whose second word is a given name', 'Next month we fly to San Diego with the kids'],
    ['a fort town', 'Best wishes from Fort Worth, guys'],
    ['a show named after its host', 'I swear this is the best Wendy show ever'],
    ['a band named after its singer', 'Thanks Zac Brown band, great night'],
    ['a farm', 'Why are there peanuts at a Berry Farm'],
    ['a hotel chain whose first word is a name', 'Stayed at Holiday Inn Express, room was clean'],
    ['a lodge', 'The Jackson Lodge was cozy and warm'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a surname that is also a place noun', 'Kevin Park will bring the parcel', ['Kevin Park']],
    ['a given name that saint places carry, alone', 'Thanks to Diego for the fast delivery', ['Diego']],
    ['a name before `show` used as a verb with its object', 'Jasur show us the parcel please', ['Jasur']],
    ['a name before the Uzbek `band` ("busy")', "Salom, operator Jasur band edi, keyin qo'ng'iroq qildim", ['Jasur']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME in title-case sentences, where capitals say nothing', () => {
  it.each([
    ['an everyday-word name in a capitalised slogan', 'Sharing, Justice and Peace for All - Save Our Planet'],
    ['a modal verb in a capitalised headline', 'What Will Happen To Your Phone If You Drop It'],
    ['an everyday-word name after a comma inside a capitalised review', 'Great Work By Our Courier Today, Will Order Again'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a listed name and a surname by its ending', 'My Review Of The New Store By Olan Karimov', ['Olan Karimov']],
    ['a name after thanks', 'Delivery Was Fast, Thanks To Jasur From Support', ['Jasur']],
    ['a name between a comma and a question mark', 'Megan: Remember me, Randy? I know you', ['Megan', 'Randy']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME: everyday English words that international name lists hold (names/en-words-on-lists.txt)', () => {
  it.each([
    ['a noun in lower-case writing', 'put that old frog in the jail right now'],
    ['a noun opening a sentence', 'Brain surgery is not a joke, you know'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a listed given name in lower-case writing', 'please ask emily to call me back today', ['emily']],
  ])('keeps %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('NAME: parts of a name that social posts write their own way (lower-case surname, stage prefix)', () => {
  it.each([
    ['a listed surname', 'Proof that Travis scott sold his soul to the devil', ['Travis scott']],
    ['not an everyday word that is also a surname', 'We love Anna miller and her shop', ['Anna']],
    ['not an everyday word on no list', 'Rudy pretty much described the way I feel', ['Rudy']],
    ['a stage-name prefix in capitals with the name', 'DJ Khaled looks exactly like him', ['DJ Khaled']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
