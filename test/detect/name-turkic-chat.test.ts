// Uzbek, Kazakh and Kyrgyz given names that no list holds, found by their formation endings (-qul, -nazar, -ali,
// -bonu, -zod, -бүбү, -хан) with a second piece of evidence: a service role or greeting before the word, or a case
// ending after it. Names invented for pii-gate from name-forming elements and checked against our lists.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';
import { turkicGivenShape } from '../../src/detect/name/turkic-shape.js';

describe('unlisted Turkic given names in chat', () => {
  it.each([
    ['uz-latn', 'kuryer eshqul buyurtmani vaqtida olib keldi', 'eshqul'],
    ['uz-latn', 'operator bobonazar muammoni tez hal qildi', 'bobonazar'],
    ['uz-latn', "hurmatli ergashali, arizangiz ko'rib chiqildi", 'ergashali'],
    ['uz-latn', 'menejer farruxzod bilan gaplashdim', 'farruxzod'],
    ['uz-cyrl', 'оператор эшқул саволимга жавоб берди', 'эшқул'],
    ['uz-cyrl', 'курьер турсунали буюртмани олиб келди', 'турсунали'],
    ['ky', 'оператор асылбүбү суроомо жооп берди', 'асылбүбү'],
    ['uz-latn', "operator hasanboyga aytdim, hali javob yo'q", 'hasanboyga'],
    ['uz-latn', 'rahmat gulshoda, hammasi tushunarli', 'gulshoda'],
    ['uz-latn', 'operator nodirabegim javob bermayapti', 'nodirabegim'],
    ['uz-latn', 'operator sunnatilla javob bermayapti', 'sunnatilla'],
  ])('%s: finds the name after a service role or greeting in %j', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['uz-latn', 'Islomnazarning yordami bilan pulim qaytdi', 'Islomnazarning'],
    ['uz-latn', "Tursunqulning yordami katta bo'ldi", 'Tursunqulning'],
    ['uz-cyrl', 'Норқулнинг ёрдами билан пулим қайтди', 'Норқулнинг'],
    ['kk', 'Дәулетханның көмегі үшін рақмет', 'Дәулетханның'],
    ['uz-latn', 'Eshqul juda yaxshi tushuntirdi', 'Eshqul'],
    ['uz-latn', 'Bugun Islomnazar buyurtmani olib keldi', 'Islomnazar'],
    ['kk', 'Бүгін Дәулетхан тапсырысты әкелді', 'Дәулетхан'],
  ])('%s: finds a capitalised name with a name ending in %j', (_lang, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a person called so, talked with, or met', () => {
  it.each([
    ['uz-latn', 'Kecha Islomnazar bilan gaplashdim', 'Islomnazar'],
    ['uz-latn', 'kecha islomnazar bilan gaplashdim', 'islomnazar'],
    ['uz-latn', 'tursunqul degan kuryer keldi', 'tursunqul'],
    ['uz-latn', 'Bobonazar degan kuryer keldi', 'Bobonazar'],
    ['kk', 'айбарша деген курьер келді', 'айбарша'],
    ['uz-cyrl', 'Боймирзаева Нодирабегим деган ходим қўполлик қилди', 'Боймирзаева Нодирабегим'],
    ['kk', 'кеше қуанышбек екеуміз сөйлестік', 'қуанышбек'],
    ['ky', 'кечээ асылбүбү менен сүйлөштүм', 'асылбүбү'],
    ['ky', 'асанов талант менен сүйлөштүк, маселе чечилди', 'асанов талант'],
    ['kk', 'исабекова жанар екеуміз сөйлестік', 'исабекова жанар'],
  ])('%s: masks the person in %j', (_lang, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('unlisted lower-case given name and surname opening a message', () => {
  it.each([
    ['uz-cyrl', 'эшқул тожибоева қўнғироқ қилди', 'эшқул тожибоева'],
    ['uz-cyrl', 'шерзодбек холмуродова қўнғироқ қилди', 'шерзодбек холмуродова'],
    ['ky', 'калысбек токтогулов чалды', 'калысбек токтогулов'],
  ])('%s: masks the whole name before a call verb in %j', (_lang, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('honorifics with a case ending after a name', () => {
  it.each([
    ['ky', 'бурулкан эженин жардамы чоң болду', 'бурулкан'],
    ['kk', 'айбарша апайға рахмет', 'айбарша'],
  ])('%s: masks the name without the honorific in %j', (_lang, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('lower-case patronymic names', () => {
  it.each([
    ['ky', 'канышай асанбек кызы чалды', 'канышай асанбек кызы'],
    ['uz-latn', "eshqul tursun o'g'li keldi", "eshqul tursun o'g'li"],
    ['uz-latn', 'shahlo rahim qizi keldi', 'shahlo rahim qizi'],
    ['ky', 'бакыт нуридин уулу чалды', 'бакыт нуридин уулу'],
  ])('%s: masks given name, father and patronymic word in %j', (_lang, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a capitalised possessor inside a Kazakh or Kyrgyz sentence', () => {
  it.each([
    ['kk', 'Мен Ерқанаттың жұмысына өте ризамын', 'Ерқанаттың'],
    ['ky', 'Мен Бурулкандын жардамына ыраазымын', 'Бурулкандын'],
  ])('%s: masks the person whose work or help is praised in %j', (_lang, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('turkicGivenShape', () => {
  it.each([
    ['eshqul', 1],
    ['асылбүбү', 1],
    ['islomnazarning', 2],
    ['дәулетханның', 2],
    ['ergashali', 3],
    ['filiali', 3],
    ['nazar', 0],
    ['nazarda', 0],
    ['мысалы', 0],
    ['бағалы', 0],
    ['oshxonaga', 0],
    ['жигиттер', 0],
  ])('reads %j as shape %i', (word, shape) => {
    expect(turkicGivenShape(word)).toBe(shape);
  });
});
