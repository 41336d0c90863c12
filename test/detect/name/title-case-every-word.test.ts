// Title-case texts with every word inside their sentences capitalised (title-case.ts everyWordCapitalised): short
// Turkic texts and dialogues typed so are mostly names, so they miss the share of everyday words a line needs; one
// Turkic everyday word (two Latin ones) makes them title case. A person addressed, and the word a label's colon opens,
// keep their capitals there. Invented names throughout.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a short Turkic text typed in title case, mostly names', () => {
  it.each([
    ['uz-cyrl, a full name before a past tense', 'Ходим Тўхтаева Зебинисо Шавкатовна Гапирди.', ['Тўхтаева Зебинисо Шавкатовна']],
    ['ky, a full name before a past tense', 'Кызматкер Бекташева Нургүл Асанбековна Сүйлөдү.', ['Бекташева Нургүл Асанбековна']],
    ['uz-latn, two Uzbek everyday words', 'Yuk Tursunova Zebiniso Uchun Yozilgan Edi.', ['Tursunova Zebiniso']],
  ])('ends the name before the verb (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a title-case dialogue', () => {
  it.each([
    ['uz-latn, a listed name that is an everyday word, addressed', 'Mijoz: Rahmat, Umid!\nMutaxassis Oygul: Yordam Berganimizdan Xursandmiz, Umid!', ['Umid', 'Oygul', 'Umid']],
    ['uz-latn, addressed before a full stop', 'Xaridor: Buyurtma Raqami Qayerda Ekan?\nMutaxassis: Rahmat, Umid.', ['Umid']],
  ])('keeps the person addressed (%s)', (_, text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('capitalised text that is no title-case writing, read as before', () => {
  it.each([
    ['a Russian list of foreign names with look-alike words', '• Томас Ван Дейк (Нидерланды)', ['Томас Ван Дейк']],
    ['a Kazakh credit line with a channel in quotes', 'Айгерім Нұрланқызы, Бекзат Сәрсенов, «Хабар», Астана.', ['Айгерім Нұрланқызы', 'Бекзат Сәрсенов']],
    ['an English headline', 'Hotel Grand Plaza Tashkent Tower', []],
    ['English typed in title case', 'Thanks, Jack! The Parcel Came On Time.', ['Jack']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Turkic function words after names in a title-case line (patterns/stoplists/title-case-turkic.txt)', () => {
  it.each([
    ['kk, a collective numeral after a pair', 'Дәурен Мен Қанат Екеуі Де Көмектесті.', ['Дәурен', 'Қанат']],
    ['ky, a collective numeral and "both"', 'Бегимай Менен Нуриза Экөө Тең Жардам Беришти.', ['Бегимай', 'Нуриза']],
    ['uz-latn, a kin word of address', 'Salom Farhod Aka, Yaxshimisiz? Buyurtma Keldi.', ['Farhod']],
    ['ky, the reflexive pronoun', 'Курьер Айдана Өз Убагында Келди.', ['Айдана']],
  ])('ends the name before it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
