// Uzbek, Kazakh and Kyrgyz customer messages, after a service role or a greeting, that name nobody: the word there is
// a verb (`курьер кечикти`, `менеджер хабарласты`), a thing in the accusative (`курьер сумкани унутиб кетди`) or an
// everyday noun (`сәлем, қызмет нашар`, `salom, chegirma bormi`). Without Kazakh or Kyrgyz letters such text is read
// with the Russian lexicon, which knows none of these words. Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const messages: [lang: string, text: string][] = [
  ['uz-latn', 'operator hali javob bermadi'],
  ['uz-latn', 'salom, buyurtmam qachon keladi'],
  ['uz-latn', 'assalomu alaykum, to\'lov o\'tmadi'],
  ['uz-latn', 'kuryer kechikdi, ovqat sovib qoldi'],
  ['uz-latn', 'menejer xafa qildi'],
  ['ky/uz-cyrl', 'оператор хабарласпады'],
  ['kk', 'курьер кешікті, тапсырыс суып қалды'],
  ['kk', 'сәлеметсіз бе, тапсырысым қашан келеді'],
  ['kk', 'оператор жауап бермеді'],
  ['ky/uz-cyrl', 'саламатсызбы, буйрутма качан келет'],
  ['ky/uz-cyrl', 'курьер кечикти'],
  ['kk', 'ассалому алайкум, пул қайтмади'],
  ['ky/uz-cyrl', 'курьер нарсани олиб кетди'],
  ['uz-cyrl', 'оператор ҳеч нарса демади'],
  ['uz-latn', 'salom, mahsulot sifati yomon'],
  ['uz-latn', 'kuryer mehmonxonaga olib keldi'],
  ['uz-latn', 'operator qulay vaqt so\'radi'],
  ['uz-latn', 'salom, aloqa yo\'q'],
  ['uz-latn', 'operator ahvolni tushuntirdi'],
  ['kk', 'курьер ханшайым қонақүйіне әкелді'],
  ['kk', 'оператор нұсқаулық жіберді'],
  ['kk', 'сәлем, жаңалық бар ма'],
  ['uz-latn', 'kuryer dukonga kirib ketdi'],
  ['uz-latn', 'operator tez javob berdi, rahmat'],
  ['uz-latn', 'salom alaykum, narxi qancha'],
  ['ky/uz-cyrl', 'оператор сыйлык берди'],
  ['ky/uz-cyrl', 'салам, баасы канча'],
  ['uz-latn', 'operator chegirma berdi'],
  ['ky/uz-cyrl', 'курьер келди, рахмат'],
  ['ky/uz-cyrl', 'курьер кетти, посылка жок'],
  ['ky/uz-cyrl', 'оператор жооп берди'],
  ['ky/uz-cyrl', 'менеджер чалды бирок эч ким жок'],
  ['ky/uz-cyrl', 'курьер кечикди'],
  ['ky/uz-cyrl', 'оператор жавоб берди'],
  ['ky/uz-cyrl', 'курьер телефонни олмади'],
  ['kk', 'менеджер қўнғироқ қилмади'],
  ['kk', 'сәлем, тапсырыс келмеді'],
  ['kk', 'сәлеметсіз бе, жеткізу қашан'],
  ['kk', 'курьер тапсырысты әкелді'],
  ['kk', 'оператор жауап берді'],
  ['ky/uz-cyrl', 'менеджер хабарласты'],
  ['ky/uz-cyrl', 'салам, заказ келбеди'],
  ['ky', 'саламатсызбы, жеткирүү качан болот'],
  ['ky/uz-cyrl', 'курьер кечигип калды'],
  ['uz-latn', 'salom, yetkazib berish qachon'],
  ['uz-latn', 'kuryer keldi rahmat'],
  ['uz-latn', 'operator javob berdi'],
  ['uz-latn', 'menejer qo\'ng\'iroq qilmadi'],
  ['uz-latn', 'assalomu alaykum, buyurtma kelmadi'],
  ['uz-latn', 'salom, chegirma bormi'],
  ['ky/uz-cyrl', 'курьер сумкани унутиб кетди'],
  ['ky/uz-cyrl', 'оператор мени тушунмади'],
  ['kk', 'сәлем, қызмет нашар'],
  ['kk', 'курьер пакетті жыртты'],
  ['kk', 'оператор сөйлескен жоқ'],
  ['ky/uz-cyrl', 'салам, жумуш кечикти'],
  ['kk', 'курьер эшикни тақиллатмади'],
];

describe('a service role or greeting before an everyday Turkic word names nobody', () => {
  it.each(messages)('%s: %j', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });
});

// Thanks and greetings to everyone or to a role, in the dative after a possessive (`барлығына`) or plain.
const thanksToAll: string[] = ['сәлем барлығына', 'рақмет курьерге', 'рахмат баарыңарга', 'rahmat hammaga', 'раҳмат курьерга', 'рахмет жылдамдыққа'];

describe('thanks or greetings to everyone or to a role name nobody', () => {
  it.each(thanksToAll)('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// `barakalla` ("well done") before a listed name praises that person; before everyone or a brand, nobody.
describe('barakalla before a name', () => {
  it.each([
    ['barakalla dilnoza', 'dilnoza'],
    ['баракалла дилноза', 'дилноза'],
  ])('masks the person in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it.each(["barakalla, hammasi zo'r", 'barakalla kuryerlar', 'barakalla uzum'])('leaves %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
});
