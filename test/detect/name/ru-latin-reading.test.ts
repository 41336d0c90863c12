// Russian typed in Latin letters (ru-latin-reading.ts): a text with two Russian marker words is read in Cyrillic, so
// the Russian lists, cues and everyday words judge it and the spans go back to the Latin text. English and Uzbek
// Latin text stays as it was. Invented messages and names.

import { describe, expect, it } from 'vitest';
import { loadNameResources } from '../../../src/detect/name/resources.js';
import { readInCyrillic, RussianLatinGate, readsRussianInLatin } from '../../../src/detect/name/ru-latin-reading.js';
import { WordGate } from '../../../src/detect/name/vocabulary.js';
import { names } from '../../helpers/names.js';

describe('Russian typed in Latin letters', () => {
  it.each([
    ['a lower-case name before "from the call centre"', 'vopros reshil bogdan iz podderzhki, a ne kurer', ['bogdan']],
    ['two lower-case names, the first after its past tense', 'vopros reshila zorvena iz koll-tsentra, a bozhena dazhe ne perezvonila', ['zorvena', 'bozhena']],
    ['a lower-case surname before "again mixed up"', 'zorbanov opyat pereputal zakaz', ['zorbanov']],
    ['a given name and patronymic addressed', 'Uvazhaemaya Evdokiya Savelevna, vash zakaz uzhe v puti.', ['Evdokiya Savelevna']],
    ['an instrumental pair', 'Vchera obschalis s Platonom Gurevichem iz otdela dostavki, on vsyo obyasnil.', ['Platonom Gurevichem']],
  ])('masks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"my" opening a line', 'Pokupatel: Moy nomer +7 900 111 22 33.'],
    ['"my" in a text with one marker word among everyday words', 'Moy zakaz opozdal na dva dnya.'],
    ['"my" and a street named after a person', 'Moy adres: ulitsa Abaya, dom 5. Spasibo za dostavku.'],
    ['a street after "avenue"', 'Magazin po adresu prospekt Amira Temura ne rabotaet, ochen zhal.'],
    ['a feast that is also a given name', 'Dobryy den. V Ramazan magazin rabotaet do 20:00.'],
    ['an imperative opening a turn', 'Operator: Nazovite, pozhaluysta, nomer zakaza.'],
    ['a brand in Latin spelling', 'Prilozhenie Wildberries ne prinimaet kartu, spasibo.'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['English', 'Thanks so much, Olga from support was great.', ['Olga']],
    ['Uzbek Latin', 'Rahmat, Dilnoza opa, buyurtma vaqtida keldi.', ['Dilnoza']],
  ])('leaves %s text to its own reading: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the Cyrillic reading', () => {
  const resources = loadNameResources();

  it.each([
    ['the soft sign chat drops', 'ploschad', 'площадь'],
    ['two soft signs', 'Polzovatel', 'Пользователь'],
    ['an apostrophe as the soft sign', "Dar'ya", 'Дарья'],
    ['a first e as э', 'eto', 'это'],
    ['a brand shape kept', 'Wildberries', 'Wildberries'],
    ['an e-mail address kept', 'gleb.zaytsev@mail.ru', 'gleb.zaytsev@mail.ru'],
    ['"again" with its soft sign, not the mushrooms', 'opyat', 'опять'],
    ['a final й typed i after a vowel', 'Mi s Umidoi zhdali', 'Ми с Умидой ждали'],
    ['a final -ии kept after i', 'Marii', 'Марии'],
  ])('reads %s: %s', (_, latin, cyrillic) => {
    expect(readInCyrillic(latin, resources).text).toBe(cyrillic);
  });

  it('maps a span of the reading back to the Latin word', () => {
    const text = 'Spasibo Khristine Shchukinoy!';
    const reading = readInCyrillic(text, resources);
    const start = reading.text.indexOf('Христине');
    const end = reading.text.indexOf('!');
    expect(text.slice(reading.latinStart[start]!, reading.latinEnd[end - 1]!)).toBe('Khristine Shchukinoy');
  });

  it.each([
    ['two Russian marker words', ['menya', 'zovut', 'olga'], true],
    ['one marker word among Russian words', ['dostavka', 'opozdala', 'na', 'chas'], true],
    ['one marker word among English words', ['we', 'said', 'da', 'to', 'the', 'driver'], false],
    ['English', ['thanks', 'olga', 'you', 'are', 'great'], false],
    ['Uzbek Latin', ['rahmat', 'dilnoza', 'opa', 'buyurtma', 'keldi'], false],
    ['a staff noun and two service-chat words', ['sotrudnitsa', 'vezhlivo', 'otvetila'], true],
    ['Uzbek Latin with Russian loanwords', ['vrach', 'kassir', 'yaxshi', 'gapirdi'], false],
  ])('tells Russian in Latin letters by %s', (_, words, expected) => {
    expect(readsRussianInLatin(words, words.length, resources)).toBe(expected);
  });

  it('has a word-gate flag no other pass uses', () => {
    for (const flag of Object.values(WordGate)) expect(flag & RussianLatinGate).toBe(0);
  });
});

describe('the looser translit spelling', () => {
  it.each([
    ['ia for я after a vowel', 'Spasibo, Mariia, vy ochen pomogli', ['Mariia']],
    ['an apostrophe for the soft sign', "Dar'ya Vital'evna, vash zakaz peredan kur'eru.", ["Dar'ya Vital'evna"]],
  ])('masks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
