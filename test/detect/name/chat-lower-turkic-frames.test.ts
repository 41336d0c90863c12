// Lower-case Kazakh, Kyrgyz and Uzbek chat: a given name that is also a word, or one on no list, in a place only a
// person stands in (chat-lower-turkic-frames.ts). Invented people.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case Turkic name in a place only a person takes', () => {
  it.each([
    ['Kazakh, an everyday-word name opening before thanks', 'серік, сізге рақмет, бәрі уақытында келді', ['серік']],
    ['Uzbek Latin, an everyday-word name opening before thanks', 'ilhom, rahmat sizga, hammasi vaqtida keldi', ['ilhom']],
    ['Kazakh, an everyday-word name before explaining', 'дана бәрін жақсы түсіндірді, рахмет', ['дана']],
    ['Uzbek Latin, the possessor of the order', 'rahmat, hammasi zo‘r. yuk azizning nomiga yozilgan', ['azizning']],
    ['Kazakh, gratitude in the dative', 'тапсырыс уақытында келді, мен шолпанға ризамын', ['шолпанға']],
    ['Uzbek Latin, gratitude in the ablative', 'buyurtma vaqtida keldi, men loladan juda minnatdorman', ['loladan']],
    ['Kyrgyz, praise of a name on no list', 'менеджер сайкалды мактайм, баарын түшүндүрдү', ['сайкалды']],
    ['Uzbek Latin, an everyday-word name after the courier', 'kuryer olim soat beshgacha keladi, kutib turing', ['olim']],
    ['Uzbek Latin, after a role English shares', 'operator lola juda xushmuomala ekan', ['lola']],
    ['Uzbek Latin, an everyday-word name after the manager', 'menejer yulduz javob bermadi', ['yulduz']],
    ['Uzbek Latin, thanked after a comma', 'rahmat, nodir! hammasi tushunarli', ['nodir']],
    ['Uzbek Latin, thanked at the end of the message', 'buyurtma vaqtida keldi. rahmat, aziz', ['aziz']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name in those places', () => {
  it.each([
    ['Kazakh, an everyday word before thanks', 'жақсы, сізге рақмет, бәрі уақытында келді'],
    ['Kazakh, a role praised', 'менеджерді мақтаймын, бәрін түсіндірді'],
    ['Kyrgyz, the shop praised', 'дүкөндү мактайм, баары жакшы'],
    ['Uzbek Latin, the shop in the name', 'yuk kompaniyaning nomiga yozilgan'],
    ['Kazakh, on behalf of a people', 'мұсылман халықтарының атынан алғыс айтамын'],
    ['Kazakh, grateful to the shop', 'мен дүкенге ризамын, бәрі жақсы'],
    ['Uzbek Latin, grateful to the staff', 'men xodimlardan juda minnatdorman'],
    ['English, a role before a verb that is a name too', 'the operator will call you back tomorrow'],
    ['English, thanks before a word that is a name too', 'thanks, will do'],
    ['Uzbek Latin, thanks before an everyday word', "rahmat, hammasi zo'r."],
    ['Uzbek Latin, a role before an adverb', 'kuryer tez keldi, rahmat'],
    ['Uzbek Latin, a name-word in a compound verb after a role', "menejer umid qiladi tez hal bo'ladi deb"],
    ['Kazakh, thanks before an everyday word', 'рақмет, жақсы! курьер келді'],
    ['Uzbek Latin, grateful for the help (a possessive before the ablative)', 'buyurtma keldi, yordamidan minnatdorman'],
  ])('keeps it out (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
