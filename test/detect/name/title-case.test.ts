// Title-case writing (title-case.ts): a review with every word capitalised. Capitals are no evidence there, so the
// everyday words lose them and the names keep theirs; ordinary capitalised text (news, credits, headlines) is read as before.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name in a title-case review', () => {
  it.each([
    ['ru, after a role in the dative', 'Спасибо Большое Оператору Зарине За Помощь', ['Зарине']],
    ['ru, before a past tense and an adverb', 'Курьер Тимур Пришёл Вовремя, Очень Вежливый', ['Тимур']],
    ['ru, a full name before a verb', 'Менеджер Ольга Петрова Очень Помогла С Возвратом', ['Ольга Петрова']],
    ['kk, before a locative and a past tense', 'Жеткізуші Ерболат Уақытында Келді, Рақмет', ['Ерболат']],
    ['ky, before an adverb and an adjective', 'Сатуучу Айпери Абдан Сылык Экен', ['Айпери']],
    ['uz-latn, before adverbs and a past tense', 'Kuryer Sardor Juda Tez Keldi, Rahmat', ['Sardor']],
  ])('is the name alone (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('everyday words in a title-case review', () => {
  it.each([
    ['ru, a future tense and an infinitive', 'Спасибо, Всё Отлично, Буду Заказывать Ещё'],
    ['ru, a past tense after a noun', 'Товар Пришёл Вовремя, Курьер Вежливый'],
    ['ru, a past tense and a noun', 'Доставка Была Быстрой, Упаковка Целая'],
    ['ru, two words after the first', 'Рады Были Помочь'],
    ['uz-latn, a first-person present', 'Mahsulot Sifati Yaxshi Ekan, Tavsiya Qilaman'],
  ])('are no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('capitalised text that is not title-case writing', () => {
  it.each([
    ['a Kazakh news credit line', 'Гүлжан Көленқызы, Радик Жақыпов, «Хабар», Алматы.', ['Гүлжан Көленқызы', 'Радик Жақыпов']],
    ['Kazakh news with capitalised titles', 'Германия канцлері Ангела Меркель, Франция Президенті Эмманюэль Макрон.', ['Ангела Меркель', 'Эмманюэль Макрон']],
    ['an English headline after a title', "For my take on Mrs. Baker, see Guilty Pleasures: 5 Musicians Of The 70s You're Supposed To Hate", ['Baker']],
    ['a polite capitalised pronoun', 'Спасибо Вам Большое, Олег Иванович!', ['Олег Иванович']],
  ])('keeps its names (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps an English address block as it was', () => {
    const text = 'Tamsin Vorley\n1317 Kimberly Way Laidlaw Green\n Apt. 962\n Grand Rapids\n United States 21959';
    expect(names(text)).not.toContain('Laidlaw Green');
  });
});

describe('the spans of a lowered line', () => {
  it('are the original characters, in a dialogue whose other line is not lowered', () => {
    const text = 'Оператор: Здравствуйте, чем могу помочь?\nКлиент: Спасибо Большое Оператору Зарине За Помощь';
    expect(names(text)).toEqual(['Зарине']);
  });
});

describe('Turkic case forms and verb forms in a title-case text', () => {
  it.each([
    ['ky, a possessed dative of a listed noun with its voiced stem', 'Кардар: Саламатсызбы, Менин Атым Нурсултан.\nАдис Бекбол: Чекти Сиздин Дарегине Жөнөттүк.', ['Нурсултан', 'Бекбол']],
    ['kk, converbs after an object', 'Жеткізуші Бауыржан Тапсырысты Кешіктіріп Әкелді', ['Бауыржан']],
    ['kk, converbs and no name', 'Курьер Тапсырысты Алып Келіп, Есікке Қойып Кетті', []],
    ['ky, a possessed accusative after a vowel', 'Сатуучу Тилек Товарларды Көрсөтүп, Баасын Айтып Берди', ['Тилек']],
    ['uz-latn, a case after a possessive', 'Kuryer Jasurbek Buyurtmangizni Manziliga Olib Keldi', ['Jasurbek']],
    ['ky, a rounded converb and past tense', 'Оператор Асылбек Бизге Суроолорду Жакшы Түшүндүрүп Койду', ['Асылбек']],
  ])('are no name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['kk, a full name with a patronymic before a job title', 'Қасымов Ержан Болатұлы, Бас Маман', ['Қасымов Ержан Болатұлы']],
  ])('leave a name as it was (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('short Turkic title-case lines, street words, weekdays and sentence ends', () => {
  it.each([
    ['ky, a label and two everyday words', 'Менеджер Зарылбек: Сизге 0771 365 815 Номерине Чалабыз.', ['Зарылбек']],
    ['ky, a label, a possessed noun and a past tense', 'Оператор Зоркүл: Чекти Дарегине Жөнөттүк.', ['Зоркүл']],
    ['kk, an adverb, a participle and a negation', 'Клиент: Курьер Әлі Келген Жоқ', []],
    ['uz-cyrl, a street named after a person and a weekday', 'Дўкон Бобур Кўчасида, Жума Куни Дам Олиш.', []],
    ['ky, a street word and a weekday', 'Дүкөн Манас Көчөсү Боюнда, Жекшемби Дем Алыш.', []],
    ['uz-latn, an everyday word before a full stop', 'Narxi 50 000 So‘m Edi. Chegirma Bor Edi.', []],
    ['Russian after an Uzbek thanks', 'Рахмат! Курьер Зорбек Приехал Вовремя, Доставка Быстрая, Упаковка Целая.', ['Зорбек']],
    ['Russian after a Kyrgyz thanks, with prepositions', 'Рахмат За Быструю Доставку, Курьер Приехал Вовремя.', []],
    ['Russian after an Uzbek greeting, Uzbek at the end', 'Салом, Заказ Пришёл Быстро, Курьер Зарифбек Очень Вежливый, Жуда Яхши', ['Зарифбек']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a given name with a verb-like ending before a surname, in a credit line', 'Ерлан Сабитов, Радик Зоркенов, «Кешкі Жаңалықтар».', ['Ерлан Сабитов', 'Радик Зоркенов']],
    ['an initial before a full stop', 'Hujjatga Zorbekov U.A. Imzo Qoʻydi.', ['Zorbekov U.A']],
    ['a Russian name before a full stop, in a title-case dialogue', 'Консультант Зарина: Спасибо, Яна. Проверяю Заказ.\nЯна: Почта Есть.', ['Зарина', 'Яна', 'Яна']],
  ])('keeps its capital (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

