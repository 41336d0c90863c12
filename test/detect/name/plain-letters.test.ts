// Kazakh and Uzbek typed with Russian keyboard letters (plain-letters.ts): the words our lists know get their letters
// back for a second reading, so `Кызметкер` or `Дукендеги` are no names and `кизи` joins the name before it; Russian
// text and Turkic text written with its own letters read as before. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const plain: [what: string, text: string, expected: string[]][] = [
  ['a Kazakh role word before a full name', 'Кызметкер Тулегенов Бауыржан дореки сойледи.', ['Тулегенов Бауыржан']],
  ['a Kazakh word for "in the shop" before a role', 'Дукендеги сатушы Нурбол комектести.', ['Нурбол']],
  ['a Kazakh role word after a greeting line', 'Салеметсиз бе, Айдана! Кызметкер Жумабаев Ерасыл комектести.', ['Айдана', 'Жумабаев Ерасыл']],
  ['an Uzbek daughter-of word ending the name', 'Буюртма Рахимова Гулчехра Алишер кизи номига.', ['Рахимова Гулчехра Алишер кизи']],
  ['an Uzbek document word before a surname and initial', 'Хужжатга Тошпулатов Б. имзо куйди.', ['Тошпулатов Б']],
  ['a Kazakh document word before a surname and initial, and "hand" that is no "lake"', 'Кужатка Сапаров Д. кол койды.', ['Сапаров Д']],
  ['a lower-case Kazakh "still", which a name also spells', 'курьер али келген жок, тусиникти', []],
  ['a Kazakh "again" after a number, a word on no list', 'Отиниш, 87011234567 номирине кайта конырау шалыныз.', []],
  ['a lower-case given name after the Kazakh greeting typed plain', 'салеметсиз бе акбота, кужатка кол койдыныз ба', ['акбота']],
  ['an Uzbek dative of "number" before a call request', 'Оператор Малика: Сизга +998 99 853 17 84 ракамига кунгирок киламиз.', ['Малика']],
];

const unchanged: [what: string, text: string, expected: string[]][] = [
  ['Russian thanks to two people', 'Спасибо Алие и Кайрату за помощь.', ['Алие', 'Кайрату']],
  ['a Kazakh given name in Russian text', 'Ребята, курьер Айгуль приехала вовремя.', ['Айгуль']],
  ['a Russian text with a word that is also Turkic', 'Когда курьер Тимур приехал, бар был закрыт.', ['Тимур']],
  ['Kazakh written with its own letters', 'Қызметкер Тулегенов Бауыржан дөрекі сөйледі.', ['Тулегенов Бауыржан']],
  ['Kyrgyz, which needs none of its own letters here', 'Урматтуу Бекжан Асан уулу! Оператор абдан сылык болду.', ['Бекжан Асан уулу']],
];

describe('Kazakh and Uzbek typed with Russian letters', () => {
  it.each(plain)('reads %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(unchanged)('reads %s as before', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
