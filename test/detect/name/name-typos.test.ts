// Misspelt names (name-typos.ts): a word on no list one slip (neighbours swapped, a letter doubled or left out) from a
// listed given name or surname, a surname or patronymic ending with one slip, and patronymic words with one slip.
// Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [what: string, text: string, expected: string[]][] = [
  ['a given name with a doubled letter in its Russian case ending after с', 'Мы с Светланоой ждали курьера два часа.', ['Светланоой']],
  ['an Uzbek given name with two letters swapped before the genitive', 'Yuk Dilnzoaning nomiga yozilgan.', ['Dilnzoaning']],
  ['an Uzbek Latin surname with a doubled letter in -ova', 'Buyurtma Bobomuradovva nomiga yozilgan.', ['Bobomuradovva']],
  ['a Kazakh -ұлы with two letters swapped before a given name', 'Тапсырыс Ақылбекұыл Ерланға берілді.', ['Ақылбекұыл Ерланға']],
  ['a Kyrgyz full name whose кызы lost a letter', 'Тапсырыс Асанов Нурлан Бакыт кзы атына.', ['Асанов Нурлан Бакыт кзы']],
  ['a Kyrgyz name whose кызы has two letters swapped', 'Урматтуу Айгерим Бакыт кыыз!', ['Айгерим Бакыт кыыз']],
  ['a Kyrgyz name whose уулу lost a letter', 'Мен Нурлан Бакыт улу менен сүйлөштүм.', ['Нурлан Бакыт улу']],
  ['a Kyrgyz name whose уулу has a doubled letter', 'Урматтуу Нурлан Бакыт ууллу!', ['Нурлан Бакыт ууллу']],
  ['an Uzbek Latin name whose qizi has a doubled letter', 'Buyurtma Karimova Shahnoza Rustam qiizi nomiga.', ['Karimova Shahnoza Rustam qiizi']],
  ['an Uzbek Cyrillic name whose ўғли has two letters swapped', 'Шифокор Каримов Шерзод Рустам ўғил жуда яхши кўрди.', ['Каримов Шерзод Рустам ўғил']],
];

const notFound: [what: string, text: string, expected: string[]][] = [
  ['a Kyrgyz "girl" (кызы without its last letter) after a genitive', 'Досумдун кичинекей кыз мектепке барды.', []],
  ['a Kyrgyz "elder" (уулу with two letters swapped) before a son', 'Анын улуу уулу келди.', []],
  ['a Kazakh "election" one skeleton letter from Сағила', 'Сайлау демократиялық түрде өтті.', []],
  ['a Kazakh plural a letter short of a surname in -ев', 'Деректемелер төменде берілген.', []],
  ['an Uzbek "name" a letter short of a surname in -ин', 'Буюртма номига ёзилган.', []],
  ['Russian plurals in a consonant + -лы (a Kazakh ұ put back would read -ұлы)', 'Шаттлы и катера были светлы и круглы.', []],
  ['Kazakh adjectives in -лы "having" (-ұлы without its ұ)', 'Пайдалы және сапалы кеңес алдым, рақмет.', []],
  ['a Kazakh "its service" with a doubled letter (кыыз + a non-ending)', 'Бекарыс Оспановтың қыызметі ұнады.', ['Бекарыс Оспановтың']],
  ['an English place in -ea (-eva without its v)', 'The parcel arrived at Oakenlea this morning.', []],
  ['a Kazakh "to me" a letter short of a six-letter name', 'Маған курьер өте ұнады, рақмет.', []],
  ['a Russian everyday word one letter from Лена', 'Курьер привёз коробку, внутри лента и открытка.', []],
];

describe('a misspelt name', () => {
  it.each(found)('finds %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notFound)('does not read %s as a name', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
