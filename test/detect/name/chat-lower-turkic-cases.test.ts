// Lower-case Kazakh, Kyrgyz and Uzbek chat: a name in the case a person takes before a word that needs one
// (chat-lower-turkic-cases.ts). Invented people.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case Turkic name in the case a person takes', () => {
  it.each([
    ['Kazakh, thanked in the dative with a word between', 'тұрарбекке көп рақмет, бәрі уақытында келді', ['тұрарбекке']],
    ['Kazakh, thanked from the heart', 'ақмаржанға шын жүректен рақмет айтамын', ['ақмаржанға']],
    ['Kazakh, reached in the dative by a converb', 'сейілханға хабарласып едім, әлі жауап жоқ', ['сейілханға']],
    ['Kazakh, talked with in the comitative', 'қайратжанмен сөйлестім, бәрі түсінікті болды', ['қайратжанмен']],
    ['Kazakh, a -бай name talked with', 'оралбаймен сөйлестім, бәрі түсінікті', ['оралбаймен']],
    ['Kazakh, bought from in the ablative', 'жеңісбектен сатып алдым, сапасы жақсы', ['жеңісбектен']],
    ['Kyrgyz, a -ай name talked with', 'канышай менен сүйлөштүм, баары түшүнүктүү', ['канышай']],
    ['Kazakh, a -бай name thanked with a word between', 'жарқынбайға көп рақмет айтамын', ['жарқынбайға']],
    ['Uzbek Latin, an -oy name talked with', 'men qanishoy bilan gaplashdim', ['qanishoy']],
    ['Uzbek Latin, an -oy name whose answer is awaited', 'qanishoydan javob kutyapman', ['qanishoydan']],
    ['Uzbek Latin, an answer awaited', 'dilshodbekdan javob kutyapman, hali yozmadi', ['dilshodbekdan']],
    ['Uzbek Cyrillic, an -ой name talked with', 'қанишой билан гаплашдим, раҳмат', ['қанишой']],
    ['Kyrgyz, a listed name that is a word, doing something for the speaker', 'бүгүн болот мага чалып, баарын айтты', ['болот']],
    ['Uzbek Latin, a listed name that is a word, after the object', 'buyurtmani hayot olib keldi, rahmat', ['hayot']],
    ['Kazakh, a name on no list after the object', 'тапсырысты тұрарбек әкелді, рахмет', ['тұрарбек']],
    ['Kazakh, an everyday-word name complained about in the dative', 'сәулеге шағым айтамын, дөрекі сөйледі', ['сәулеге']],
    ['Kazakh, an everyday-word name asked for to the phone', 'жанарды шақырыңызшы, сұрағым бар', ['жанарды']],
    ['Kazakh, an everyday-word name after my order, before a past tense', 'тапсырысымды мейрам қабылдады, рахмет', ['мейрам']],
    ['Uzbek Latin, an everyday-word name before a compound verb', 'buyurtmamni lola qabul qildi', ['lola']],
    ['Uzbek Latin, thanked in a long phrase', 'bahorga minnatdorchilik bildiraman', ['bahorga']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name in those cases without a name-shaped word', () => {
  it.each([
    ['Kazakh, the operator thanked', 'операторға көп рақмет, бәрі жақсы'],
    ['Kazakh, everyone thanked', 'баршаңызға көп рақмет айтамын'],
    ['Kyrgyz, the shop thanked', 'магазинге чоң рахмат, баары келди'],
    ['Uzbek Latin, the staff thanked', 'xodimlarga katta rahmat, hammasi zo‘r'],
    ['Kazakh, talked by phone', 'телефонмен сөйлестім, бәрі түсінікті'],
    ['Kazakh, talked with the boss', 'бастықпен сөйлестім, бәрі шешілді'],
    ['Kyrgyz, talked with the courier', 'курьер менен сүйлөштүм, эртең келет'],
    ['Uzbek Latin, talked with them', 'ular bilan gaplashdim, hammasi tushunarli'],
    ['Uzbek Latin, bought in the shop', "do'kondan sotib oldim, sifati yaxshi"],
    ['Uzbek Latin, bought at the market', 'bozordan sotib oldim, arzon ekan'],
    ['Kazakh, bought in a city', 'алматыдан сатып алдым, тез жеткізді'],
    ['Uzbek Latin, the order brought quickly', 'buyurtmani tez olib keldi, rahmat'],
    ['Uzbek Latin, the order brought by the courier', 'buyurtmani kuryer olib keldi'],
    ['Kyrgyz, the operator called', 'бүгүн оператор мага чалды'],
    ['Uzbek Latin, nobody called', "bugun hech kim menga qo'ng'iroq qilmadi"],
    ['Uzbek Latin, the bank wrote', 'bugun bank menga yozdi'],
    ['Kazakh, a complaint about the manager', 'менеджерге шағым айтамын'],
    ['Kazakh, a complaint about the shop', 'дүкенге шағым айтамын'],
    ['Kazakh, my order accepted today', 'тапсырысымды бүгін қабылдады'],
    ['Uzbek Latin, my order accepted quickly', 'buyurtmamni tez qabul qildi'],
    ['Uzbek Latin, the manager asked for', 'menejerni chaqiring'],
  ])('keeps it out (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
