// Kazakh typed with Russian letters (or Kyrgyz with none of its own letters in a sentence) reads like Russian to the
// Russian rules: the genitive `-тин/-дин` looks like an -ин surname and an unknown word beside it like a given name
// (ru-pairs.ts readsTurkic, morphology.ts), a place our lists spell with Kazakh letters like an unknown word
// (analyze.ts plainPlace), "we say" after thanks like the thanked person (chat.ts), a role in the dative before
// thanks like a name (runs.ts). Invented sentences; names beside them stay names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('Turkic case forms typed in Russian letters', () => {
  it.each([
    ['a genitive beside a dative', 'Биз дукеннин жумысына ризамыз, тапсырысты уакытында алдык.'],
    ['an accusative beside a past tense', 'Кеше кафенин меню тизимин карадык, багалары кымбат екен.'],
    ['a bank genitive beside a dative', 'Ертен банктин филиалына барамыз, кужаттарды дайындадык.'],
    ['a genitive beside a possessive', 'Дукен менеджеринин жауабы мени ренжитти.'],
    ['a plural genitive opening the sentence', 'Кызметкерлердин сыпайылыгы унады, рахмет сиздерге.'],
    ['a genitive opening the sentence, "we say thanks"', 'Мектептин директорына рахмет айтамыз.'],
    ['"we say thanks" in lower case', 'рахмет айтамыз'],
    ['a role in the dative before thanks', 'Курьерге рахмет!'],
    ['a genitive after "I", Kazakh letters', 'Мен колледждің оқытушыларына хат жаздым.'],
    ['a country our lists spell with Kazakh letters', 'Биз Казакстаннын азаматымыз.'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names beside the same forms', () => {
  it.each([
    ['an -ова surname in plain Kazakh', 'айгерим сейитова келди, тапсырысты алып кетти', ['айгерим сейитова']],
    ['a Russian pair in Russian chat', 'зарема ахмедова ответила на все вопросы', ['зарема ахмедова']],
    ['an -ин surname after с in Russian', 'Костин сказал, что заказ готов', ['Костин']],
    ['a listed name in the dative before thanks', 'Айгүлге рахмет!', ['Айгүлге']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a Kazakh name typed with Russian letters (қ as к)', () => {
  it.each([
    ['opening a sentence', 'Акмарал тапсырысты уакытында экелди.', ['Акмарал']],
    ['in the dative before thanks', 'Акботага коп рахмет!', ['Акботага']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
