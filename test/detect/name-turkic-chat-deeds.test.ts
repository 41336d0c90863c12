// A lower-case word on no list opening a Kazakh, Kyrgyz or Uzbek chat message is the person when an object, a
// converb or a time word stands between it and what it did (turkic-chat-deeds.ts deedAfterObject, through
// chat-addressed.ts), and a given name ending in "came" or "gave" (-келді, -berdi, -берген) is no verb there
// (verbLikeGivenName). Invented names (checked against the lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('a lower-case Turkic chat opener before an object and a deed', () => {
  it.each([
    ['a Kazakh object and a compound verb', 'ақбөпе тапсырысты әкеліп берді', ['ақбөпе']],
    ['a Kyrgyz object and a compound verb', 'айтолгон заказды алып келди', ['айтолгон']],
    ['a Kyrgyz time word', 'айтолгон бүгүн келди', ['айтолгон']],
    ['an Uzbek Latin object and a compound verb', 'zarlixa buyurtmani olib keldi', ['zarlixa']],
    ['a Kazakh -келді name before an ongoing negated deed', 'жанкелді телефонды алмай жатыр', ['жанкелді']],
    ['a Kazakh -келді name before a past tense', 'жанкелді келді', ['жанкелді']],
    ['an Uzbek -berdi name', 'allaberdi buyurtmani olib keldi', ['allaberdi']],
    ['a Kyrgyz -берген name typed without Kazakh letters', 'кудайберген заказды алып келди', ['кудайберген']],
    ['an Uzbek -sanam name (not "my")', 'shohsanam buyurtmani olib keldi', ['shohsanam']],
    ['an Uzbek -xonim name (not "my")', 'gulxonim kecha keldi', ['gulxonim']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a cash machine (Kazakh)', 'банкомат картаны қайтармай жатыр'],
    ['a cash machine (Uzbek)', 'bankomat kartani qaytarmadi'],
    ['a terminal', 'терминал картаны оқымай жатыр'],
    ['a website', 'сайт төлемді қабылдамай жатыр'],
    ['a Kyrgyz app', 'колдонмо заказды көрсөтпөй жатат'],
    ['a time word opening', 'кеше телефонды көтермей жатыр'],
    ['an order that came', 'тапсырыс бүгін келді'],
    ['an Uzbek order that came', 'buyurtma bugun keldi'],
    ['a participle of "sent" (two-letter stem before -берген)', 'жіберген тапсырысты алмай жатыр'],
    ['a chatbot', 'chatbot savolni tushunmayapti'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('words after Turkic thanks that name nobody (turkic-bare-word.ts)', () => {
  it.each([
    ['"on time", a locative after a possessive (Kazakh)', 'рахмет уақытында жеткізгеніңіз үшін'],
    ['a parcel (Uzbek)', "rahmat jo'natma keldi"],
    ['a box (Uzbek)', 'rahmat quti keldi'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
