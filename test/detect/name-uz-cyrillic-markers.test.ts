// Uzbek Cyrillic and Kyrgyz messages without the letters ў қ ғ ҳ ө ү ң: their everyday words (cues/turkic-markers.txt)
// make the scan read them as Turkic, not Russian, so case endings and verbs of writing count; and a lower-case name
// before a verb of writing in a message capitalised at its start. Synthetic, by hand.

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
  // Capitalised only at the sentence start, a lower-case name before a verb of writing or asking.
  ['uz-latn', 'Kecha dilnozaga yozdim', 'dilnozaga'],
  ['uz-latn', 'Kecha ochilbekka yozdim', 'ochilbekka'],
  ['uz-cyrl', 'Кеча дилнозага ёздим', 'дилнозага'],
  ['uz-cyrl', 'Кеча шоҳидабонуга ёздим', 'шоҳидабонуга'],
  ['kk', 'Кеше айгерімге жаздым', 'айгерімге'],
  ['kk', 'Кеше қуанышбекке жаздым', 'қуанышбекке'],
  ['ky', 'Кечээ айпериге жаздым', 'айпериге'],
  ['ky', 'Кечээ жаңылбекке жаздым', 'жаңылбекке'],
];

// Name-free messages that use the same marker words or verbs: none of their words may be masked.
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
  // A thing or an institution in the dative or accusative before the same verbs.
  ['uz-latn', 'Kecha filialga yozdim, javob yoq'],
  ['uz-latn', 'Kecha operatorga yozdim'],
  ['uz-latn', 'Bugun bankka qo‘ng‘iroq qildim'],
  ['uz-latn', 'Kecha telegramga yozdim'],
  ['uz-cyrl', 'Кеча операторга ёздим'],
  ['uz-cyrl', 'Бугун директорга ёздим'],
  ['uz-cyrl', 'Кеча ҳамкорликка ёздим'],
  ['kk', 'Кеше дүкенге жаздым'],
  ['kk', 'Кеше бөлімшеге хабарластым'],
  ['kk', 'Кеше менеджерге жаздым'],
  ['ky', 'Кечээ филиалга жаздым'],
  ['ky', 'Кечээ менеджерди сурадым'],
];

const casings: [casing: string, shape: (text: string) => string][] = [
  ['as written', (text) => text],
  ['in lower case', (text) => text.toLowerCase()],
  ['capitalised at the start only', (text) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()],
];

describe('Uzbek Cyrillic and Kyrgyz text without Turkic-only letters, and names before a verb of writing', () => {
  it.each(found)('%s: finds the person in "%s"', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });

  // A listed name's stem with a possessive ending (`мұхит` + -ы "its ocean") before `хабар` (in all-lower-case
  // writing a listed name stands on its own, an older rule).
  it('kk: masks no word of a possessive form before a verb of telling', () => {
    expect(names('Тынық мұхиты хабар таратты')).toEqual([]);
  });

  describe.each(casings)('name-free messages %s', (_casing, shape) => {
    it.each(nameFree)('%s: masks no word of "%s"', (_lang, text) => {
      expect(names(shape(text))).toEqual([]);
    });
  });
});
