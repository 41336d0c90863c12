// Russian short given-name forms (patterns/names/ru/first.txt) that customers use for staff, and the word forms
// that share their letters.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('NAME: Russian short given-name forms', () => {
  it.each([
    ['a short form that is also a form of "paradise", before a verb', 'Рая помогла с документами', ['Рая']],
    ['a short form that is also a form of "sleigh"', 'Саня помог донести коробки', ['Саня']],
    ['a short form as a lower-case chat subject', 'гуля пришла? жду у входа', ['гуля']],
    ['a declined short form after a verb of telling', 'скажите сане что я жду', ['сане']],
    ['a short form in -ик asked about', 'Толик сегодня работает?', ['Толик']],
    // A name in -а/-я whose stem has two letters (Аня → ан-) is found in every case, not only as written.
    ['a two-letter-stem short form in the instrumental', 'Мы с Аней ждали курьера два часа', ['Аней']],
    ['a two-letter-stem short form in the genitive', 'У Оли нет претензий к качеству', ['Оли']],
    ['a two-letter-stem short form in the instrumental, hard stem', 'Можно поговорить с Ирой?', ['Ирой']],
    ['a two-letter-stem full name in the instrumental', 'Мы с Зоей ждали курьера до вечера', ['Зоей']],
    ['a two-letter-stem short form in the accusative', 'Поблагодарите Асю за помощь', ['Асю']],
    ['Илья in the dative, which the key of a Kazakh district also spells', 'Спасибо Илье за помощь', ['Илье']],
    ['Илья in the instrumental', 'Мы с Ильёй ждали курьера два часа', ['Ильёй']],
  ])('masks %s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the word "paradise" after a preposition', 'Мы были в раю, отличный отель'],
    ['the word "paradise" in the genitive', 'Из рая не уходят, но мы ушли'],
    ['the word "sleigh"', 'Сани стоят во дворе уже неделю'],
    ['a gerund of "walk"', 'Гуляя по парку, нашёл этот магазин'],
    ['a Kazakh measure word in lower case', 'жылына отыз тонна өнім алады екен'],
    ['a phone greeting that is also a case form of Аля', 'Алё, здравствуйте, это магазин?'],
    ['a case form of Аля spelt as the phone greeting', 'Але, слышно меня? Звоню по заказу'],
    ['a Kazakh district in Kazakh text', 'Іле ауданында жаңа мектеп ашылды'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
