// A capitalised genitive opening a Turkic sentence before the possessive of what only a person gives (help, advice,
// effort) is the person (turkic-genitive.ts openingPossessor). Invented names (checked against the lists), synthetic
// sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('an unlisted possessor opening a Turkic sentence', () => {
  it.each([
    ["a Kazakh name before 'advice'", 'Айбаланың кеңесі өте пайдалы болды.', ['Айбаланың']],
    ["a Kyrgyz name before 'advice'", 'Бурулкандын кеңеши абдан пайдалуу болду.', ['Бурулкандын']],
    ["an Uzbek Latin name before 'help'", 'Orzigulning yordami uchun rahmat.', ['Orzigulning']],
    ["an Uzbek Cyrillic name before 'help'", 'Орзигулнинг ёрдами учун раҳмат.', ['Орзигулнинг']],
    ["a Kazakh name before 'with the help of'", 'Жанарыстың көмегімен тауарды тез таптық.', ['Жанарыстың']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Russian everyday word as the possessor', 'Компанияның көмегі болмады.'],
    ['a plural possessor', 'Қызметкерлердің көмегі жақсы болды.'],
    ['a place on the lists', 'Мемлекеттің көмегі керек.'],
    ['a Kyrgyz plural possessor', 'Достордун жардамы менен таптык.'],
    ["an Uzbek 'my friend's advice'", "Do'stimning maslahati bilan oldim."],
    ["a shop's service (not what a person gives)", 'Дүкеннің қызметі ұнады, рахмет.'],
    ["a Kazakh 'my sister's advice'", 'Әпкемнің кеңесі бойынша алдым.'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  // What a customer has (phone, number, order, parcel, address): only when no list knows the possessor's stem.
  it.each([
    ["an Uzbek Cyrillic name before 'phone'", 'Шоҳсанамнинг телефони ишламаяпти', ['Шоҳсанамнинг']],
    ["an Uzbek Cyrillic name before 'number'", 'Зарлиханинг рақами ўзгарибди, янгисини юборинг', ['Зарлиханинг']],
    ["an Uzbek Cyrillic name before 'parcel'", 'Ҳожиакбарнинг посилкаси қаерда қолди', ['Ҳожиакбарнинг']],
    ["an Uzbek Latin name before 'order'", 'Shohsanamning buyurtmasi hali kelmadi', ['Shohsanamning']],
    ["an Uzbek Latin name before 'address'", "Zarlixaning manzili noto'g'ri yozilgan", ['Zarlixaning']],
    ["a Kyrgyz name before 'order'", 'Айтолгондун заказы бүгүн келеби', ['Айтолгондун']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["a shop's address", 'Дўконнинг манзили қаерда'],
    ["a courier's phone", 'Курьернинг телефони ўчиқ'],
    ["an order's status", 'Buyurtmaning holati qanday'],
    ["'my sister's phone'", 'Синглимнинг телефони ишламаяпти'],
    ["'my grandmother's phone'", 'Бувимнинг телефони ишламаяпти'],
    ['a verbal noun', 'Yetkazib berishning narxi qimmat'],
    ['a company', 'Kompaniyaning telefoni javob bermayapti'],
    ['a plural', 'Мижозларнинг буюртмаси кечикди'],
    ['a thing, not what a customer has', 'Ҳолатнинг ўзгариши керак'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
