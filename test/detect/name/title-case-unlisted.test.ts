// Central Asian title-case writing (title-case.ts): most everyday words there are on no list, so in a line with every
// word capitalised a word on no list loses its capital unless it stands where a name stands in lower-case writing too,
// or is formed like a name. Invented names throughout.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an everyday word on no list after a name, every word capitalised', () => {
  it.each([
    ['kk, an adverb and an adjective', 'Кассадағы Айгерім Тым Дөрекі Жауап Берді', ['Айгерім']],
    ['ky, two adjectives', 'Сатуучу Нургүл Боорукер, Тыкан Кыз Экен', ['Нургүл']],
    ['uz-cyrl, adjectives and a noun with ё', 'Шифокор Дилфуза Эътиборли Ва Одобли Аёл', ['Дилфуза']],
    ['uz-latn, adjectives and a noun', 'Shifokor Nodira Sabrli Va Odobli Ayol', ['Nodira']],
    ['uz-latn, an adjective before a noun', "Sotuvchi Ulug'bek Xushfe'l Yigit Ekan, Rahmat", ["Ulug'bek"]],
    ['uz-latn, one everyday verb in the text', "Xodim Komila Qo'pol Muomala Qildi", ['Komila']],
    ['uz-latn, a street word in Uzbek', "Taksichi Jasur Chilonzor Ko'chasigacha Tez Yetkazdi", ['Jasur']],
    ['uz-latn, a district and a converb', 'Kuryer Anvar Yunusobod Tumaniga Kechikib Keldi', ['Anvar']],
    ['uz-latn, a declined name that is also a word', 'Buyurtmani Umidning Akasi Olib Ketdi', ['Umidning']],
    ['uz-latn, a given name shaped -bek on no list', "Kuryer Bo'rixonbek Kechikib Keldi", ["Bo'rixonbek"]],
    ['uz-latn, "again" before a word of calling', "Mijoz: Raqamiga Qayta Qo'ng'iroq Qiling, Iltimos", []],
  ])('is no part of the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a name on no list in a name slot, every word capitalised', () => {
  it.each([
    ['kk, after a role word', 'Оператор Ақшәйім Тапсырысты Тез Тексерді', ['Ақшәйім']],
    ['kk, thanked before a full stop', 'Рақмет, Ақшәйім. Тапсырыс Уақытында Келді', ['Ақшәйім']],
    ['kk, coordinated with a listed name', 'Гүлшат Мен Ақшәйім Бізге Көп Көмектесті', ['Гүлшат', 'Ақшәйім']],
    ['kk, coordinated with a name kept at the sentence start', 'Ақшәйім Мен Зерентай Бізге Көп Көмектесті', ['Ақшәйім', 'Зерентай']],
    ['kk, before a word written after names', 'Дүкенде Зерентай Көмектесті, Рақмет', ['Зерентай']],
    ['ky, the father before кызы', 'Сейтбек Кызы Айнагүл Бизге Абдан Жардам Берди', ['Сейтбек Кызы Айнагүл']],
    ['uz-latn, after a form of address', 'Hurmatli Qunduzoy, Buyurtmangiz Tayyor, Rahmat', ['Qunduzoy']],
    ['ky, a given name shaped -бек on no list', 'Дүкөндө Саткынбек Бизге Абдан Жардам Берди', ['Саткынбек']],
    ['uz-cyrl, before an honorific', 'Салом Зарифшоҳ Ака, Буюртма Тайёр', ['Зарифшоҳ']],
  ])('keeps its capital (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('capitalised Central Asian text with a word in lower case', () => {
  it.each([
    ['Kazakh news: foreign surnames on no list', 'Германия канцлері Ангела Меркель, Франция Президенті Эмманюэль Макрон.', ['Ангела Меркель', 'Эмманюэль Макрон']],
    ['an Uzbek sentence written as usual', "Kuryer Anvar Yunusobod tumaniga kechikib keldi", ['Anvar']],
  ])('reads its unknown words as before (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
