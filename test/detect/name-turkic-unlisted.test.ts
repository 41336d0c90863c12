// Lower-case Uzbek, Kazakh and Kyrgyz given names on no list, found from two pieces of evidence (turkic-unlisted.ts):
// a name-forming ending and the subject's place or a role word after it, or "and" joining a name the scan found.
// Invented names (checked against the lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('lower-case unlisted Turkic given names', () => {
  it.each([
    ['an Uzbek -qul subject opening the message', 'eshqul juda yaxshi tushuntirdi', ['eshqul']],
    ['an Uzbek -bek subject before a past tense', 'ochilbek hali javob bermadi', ['ochilbek']],
    ['an Uzbek -nazar name before a role word', 'xolnazar operator juda xushmuomala ekan', ['xolnazar']],
    ['an Uzbek Cyrillic -жон subject', 'охунжон жуда яхши тушунтирди', ['охунжон']],
    ['a Kazakh -бек subject', 'қуанышбек бәрін жақсы түсіндірді', ['қуанышбек']],
    ['a Kazakh -гүл subject', 'сәулегүл тапсырысты тез әкелді', ['сәулегүл']],
    ['a Kyrgyz -бек subject', 'жаңылбек айтты, эртең жеткирет', ['жаңылбек']],
    ['a Kyrgyz -бай subject after a vowel', 'жумабай заказды тез алып келди', ['жумабай']],
    ['a Kyrgyz name before a role word', 'эсенбек оператор абдан сылык экен', ['эсенбек']],
    ['an unshaped Uzbek name joined to a listed one', 'dilnoza va muhayyo yordam berishdi', ['dilnoza', 'muhayyo']],
    ['an unshaped Uzbek Cyrillic name before a listed one', 'тоштемир ва дилноза тез жавоб беришди', ['тоштемир', 'дилноза']],
    ['an unshaped Kazakh name joined by мен', 'айгерім мен айкүміс көмектесті', ['айгерім', 'айкүміс']],
    ['an unshaped Kyrgyz name joined by жана', 'бакыт жана чолпонай жардам беришти', ['бакыт', 'чолпонай']],
    ['an Uzbek -bek name in the dative before a verb of writing', 'kecha ochilbekka yozdim', ['ochilbekka']],
    ['an Uzbek Cyrillic -жон name in the accusative before a verb of asking', 'охунжонни сўрадим, у ёрдам берди', ['охунжонни']],
    ['a Kazakh -бек name in the dative before a verb of contacting', 'қуанышбекке хабарластым', ['қуанышбекке']],
    ['a Kazakh -гүл name in the dative before thanks', 'сәулегүлге үлкен рахмет', ['сәулегүлге']],
    ['a Kyrgyz -бек name in the accusative before a verb of asking', 'эсенбекти сурадым, ал жардам берди', ['эсенбекти']],
    ['an Uzbek -qul subject after "today"', "bugun shodmonqul qo'ng'iroq qildi", ['shodmonqul']],
    ['a Kyrgyz -бек subject after "today"', 'бүгүн максатбек чалды', ['максатбек']],
    ['a capitalised unshaped name in the dative before a verb of writing', 'Kecha Gulbadanga yozdim', ['Gulbadanga']],
    ['a capitalised unshaped Kazakh name in the accusative before a verb of asking', 'Мен Жарқынайды сұрадым', ['Жарқынайды']],
    ['a capitalised -бек name in the dative opening a Kyrgyz message', 'Эсенбекке чалдым бирок жооп бербеди', ['Эсенбекке']],
    ['a capitalised -berdi name inside an Uzbek sentence', "Bugun Xudoyberdi qo'ng'iroq qildi", ['Xudoyberdi']],
    ['a lower-case -temir name after a role word', 'kuryer oltintemir kechikdi', ['oltintemir']],
    ['a capitalised Kazakh -тұрсын name in the dative', 'Кеше Қуаттұрсынға жаздым', ['Қуаттұрсынға']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a listed name and the verb after "with"', 'айгерім мен сөйлестік', ['айгерім']],
    ['a Kazakh negative converb opening the message', 'жазбай кеттіңіз, хабарлама келмеді', []],
    ['a Kyrgyz negative converb opening the message', 'түшүнбөй калдым, кайра айтып бериңизчи', []],
    ['a reduplicated word ending in -jon', "jonajon do'konim, doim shu yerdan olaman", []],
    ['an everyday word before a role word', 'yangi operator hech narsa tushuntirmadi', []],
    ['two everyday words joined by va', 'kuryer va operator ikkalasi ham yaxshi', []],
    ['"gave" as a verb, the stem too short for a -berdi name', 'курьер жіберді ме, білмеймін', []],
    ['"iron road" opening a Kazakh sentence', 'Темір жол вокзалына жеткізіңіз', []],
    ['a Kazakh negative converb capitalised at the start', 'Жазбай кеттіңіз, хабарлама келмеді', []],
    ['a reduplicated word capitalised at the start', "Jonajon do'konim, doim shu yerdan olaman", []],
    ['"light and warmth" after a listed name that is also a word', 'Нур жана жылуулук жетишпейт бул үйдө', []],
  ])('not a second person: %s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
