// Title-case writing in Kyrgyz, Kazakh, Uzbek and mixed lines (title-case.ts): acronyms, kin words with case endings,
// honorifics after a name, first-person predicates, and Turkic endings on Russian loan words are no names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a title-case Turkic line with an acronym in it', () => {
  it.each([
    ['ky, SMS among possessed and genitive words', 'Курьердин Телефону Өчүк, SMS Да Келген Жок. Буйрутмамдын Абалын Билгим Келет.', []],
    ['kk, SMS among possessed and genitive words', 'Курьердің Телефоны Өшірулі, SMS Та Келмеді. Тапсырысымның Жағдайын Білгім Келеді.', []],
  ])('still has every word capitalised (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['ky, a surname with a genitive after a given name', 'Менин Атым Сезим, #87828 Буйрутма Боюнча Жазып Жатам. Реквизиттер: KZ65348KZT8281967979, STIR 321466759. Сезим Токторованын Кызматы Жакты.', ['Сезим', 'Сезим Токторованын']],
    ['kk, a surname with a genitive after an order code', 'Тапсырыс ORD-5521 Бойынша Жазып Отырмын. Әлия Сағындықованың Көмегі Ұнады.', ['Әлия Сағындықованың']],
  ])('keeps a surname formed so (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('words written after a name in a title-case line', () => {
  it.each([
    ['ky, a kin word with a genitive', 'Бектурсун Аганын Жардамы Менен Маселе Чечилди. Баарына Рахмат!', ['Бектурсун']],
    ['kk, the kin word аға', 'Бүгін Бақытжан Аға Қоңырау Шалып, Жеткізу Уақытын Айтты.', ['Бақытжан']],
    ['mixed, Aka after a Latin name before a Russian line', 'Привет Sardorbek Aka, Qalesiz?\nRahmat, Всё Хорошо', ['Sardorbek']],
    ['mixed, Aka after a Cyrillic name', 'Привет Жасурбек Aka, Qalesiz? Buyurtma 827996270 Пришёл Вчера.', ['Жасурбек']],
    ['kk, a first-person verb after an accusative name', 'Сәлем, Гауһар! Менеджер Гауһарды Мақтаймын. WhatsApp: 87751423670.', ['Гауһар', 'Гауһарды']],
    ['uz-latn, a first-person verb after an accusative name', 'Assalomu Alaykum. Menejer Sabinani Maqtayman', ['Sabinani']],
  ])('are not part of it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Kyrgyz everyday words with personal possessives and plurals in a title-case dialogue', () => {
  it.each([
    ['a polite possessive before a genitive', 'Кардар: Курьериңиздин Аты Ким?\nАдис: Курьерибиздин Аты Азамат.', ['Азамат']],
    ['a plural with a possessive', 'Кардар: Номериңиздин Акыркы Сандарын Айтыңыз.', []],
  ])('are no name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Russian loan words with Turkic endings in a title-case Russian line', () => {
  it.each([
    ['a genitive of an everyday word', 'Доставка Долгая, А Магазиндин Номери Не Отвечает.', []],
    ['a possessive of an everyday word', 'Заказ Пришёл, Но Машинасы Сломалась.', []],
  ])('are no name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a surname in -ин after a given name', 'Менеджер Алексей Воронин Очень Помог С Возвратом', ['Алексей Воронин']],
    ['a surname in -дин after a given name', 'Менеджер Олег Бородин Очень Помог С Возвратом', ['Олег Бородин']],
    ['a surname in -дин after a role', 'Курьер Кирилл Скородин Приехал Вовремя, Спасибо', ['Кирилл Скородин']],
    ['kk, a surname in -ина after a given name', 'Аяулым Жиреншина Бізге Көмектесті, Рақмет', ['Аяулым Жиреншина']],
  ])('leave surnames alone (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('everyday words of a title-case review in a name slot', () => {
  it.each([
    ['ky, a short root in the accusative after a role', 'Курьер Үйдү Таппай, Эки Саат Жолдо Жүрдү.', []],
    ['uz-latn, a short root in the accusative after a role', "Taksi Haydovchisi Yo'lni Bilmay, Shaharni Aylanib Yurdi.", []],
    ['uz-cyrl, an auxiliary after a converb that is also a name', 'Такси Ҳайдовчиси Йўлни Билмай, Шаҳарни Айланиб Юрди.', []],
    ['ky, a possessed noun before an intensifier with no thanks after it', 'Сатып Алган Бутумдун Өлчөмү Чоң Чыкты, Алмаштырып Бердиңиздер, Чоң Рахмат.', []],
    ['kk, a numeral after a role in the dative', 'Интернет Байланысы Үзіліп Қалады, Операторға Үш Рет Хабарластым.', []],
    ['uz-latn, a plural with a possessive', 'Oshxonadagi Taomlar Mazali, Porsiyalari Katta.', []],
    ['uz-cyrl, a plural with a possessive', 'Ошхонадаги Таомлар Мазали, Порциялари Катта.', []],
  ])('are no name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['ky, an unlisted name in the accusative after a role', 'Менеджер Тынарбекти Мактайм, Баарын Түшүндүрдү.', ['Тынарбекти']],
    ['uz-cyrl, a name of four letters in the accusative', 'Менеджер Азизни Мақтайман, Ҳаммасини Тушунтирди.', ['Азизни']],
    ['ky, a name before an intensifier and thanks', 'Курьер Айсулууга Чоң Рахмат, Тез Жеткирди.', ['Айсулууга']],
  ])('keep the names beside them (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
