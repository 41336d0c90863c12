// Uzbek Cyrillic and Kyrgyz messages without the letters ў қ ғ ҳ ө ү ң: their everyday words (cues/turkic-markers.txt)
// make the scan read them as Turkic, not Russian, so case endings and verbs of writing count. Synthetic, by hand.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const found: [lang: string, text: string, name: string][] = [
  ['uz-cyrl', 'Кеча Эргашалига ёздим', 'Эргашалига'],
  ['uz-cyrl', 'кеча эргашалига ёздим', 'эргашалига'],
  ['uz-cyrl', 'кеча охунжонга ёздим', 'охунжонга'],
  ['uz-cyrl', 'кеча тоштемирга ёздим', 'тоштемирга'],
  ['uz-cyrl', 'Кеча Азизга ёздим', 'Азизга'],
  ['ky', 'кечээ эсенбекке жаздым', 'эсенбекке'],
  ['ky', 'кечээ максатбекке жаздым', 'максатбекке'],
  ['ky', 'жумабайга чалдым бирок жооп бербеди', 'жумабайга'],
];

// Name-free messages that use the same marker words: none of their words may be masked.
const nameFree: [lang: string, text: string][] = [
  ['uz-cyrl', 'кеча буюртма бердим лекин келмади'],
  ['uz-cyrl', 'Кеча филиалга ёздим, жавоб йук'],
  ['uz-cyrl', 'бугун курьер кечикди'],
  ['uz-cyrl', 'Бугун доставка тез келди'],
  ['uz-cyrl', 'оператор менга тушунтирди, раҳмат'],
  ['uz-cyrl', 'Оператор жуда яхши тушунтирди'],
  ['uz-cyrl', 'буюртмани олиб келишди лекин совуқ экан'],
  ['uz-cyrl', 'Курьер пулни олиб кетди'],
  ['uz-cyrl', 'сизни кутяпмиз, қачон келасиз'],
  ['uz-cyrl', 'Сизни тушунмадим, яна ёзинг'],
  ['uz-cyrl', 'кеча колл-центрга ёздим'],
  ['uz-cyrl', 'Кеча дўконга ёздим, жавоб беришди'],
  ['uz-cyrl', 'менга чек беришмади'],
  ['uz-cyrl', 'Менга смс келмади'],
  ['uz-cyrl', 'маҳсулот яхши экан, раҳмат'],
  ['uz-cyrl', 'Бугун ҳам ишламаяпти'],
  ['uz-cyrl', 'ёзди лекин ҳеч ким жавоб бермади'],
  ['uz-cyrl', 'кеча ёздик, бугун ҳам ёздик'],
  ['uz-cyrl', 'Пицца совуқ экан, курьер кечикди'],
  ['uz-cyrl', 'бугун эрталаб заказ бердим'],
  ['ky', 'кечээ заказ бердим бирок келген жок'],
  ['ky', 'Кечээ филиалга чалдым, жооп жок'],
  ['ky', 'операторго жаздым, жооп бербеди'],
  ['ky', 'Курьер чалды, эртең жеткирет'],
  ['ky', 'дүкөнгө чалдым бирок эч ким албады'],
  ['ky', 'Колл-центрге жаздым, эч ким жооп бербеди'],
  ['ky', 'сурадым бирок эч нерсе айтты'],
  ['ky', 'Кечээ жазды, бүгүн келди'],
  ['ky', 'эже абдан жакшы түшүндүрдү'],
  ['ky', 'Заказ келбей калды, кылды деп айтты'],
  ['ky', 'курьер эртең жеткирет деп айтты'],
  ['ky', 'Менеджер экен, жардам берди'],
  ['ky', 'кечээ сурады, бүгүн жооп жок'],
  ['ky', 'Доставка кечээ келиши керек эле'],
];

const casings: [casing: string, shape: (text: string) => string][] = [
  ['as written', (text) => text],
  ['in lower case', (text) => text.toLowerCase()],
];

describe('Uzbek Cyrillic and Kyrgyz text without Turkic-only letters', () => {
  it.each(found)('%s: finds the person in "%s"', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });

  describe.each(casings)('name-free messages %s', (_casing, shape) => {
    it.each(nameFree)('%s: masks no word of "%s"', (_lang, text) => {
      expect(names(shape(text))).toEqual([]);
    });
  });
});
