import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names on none of the lists (`zorvat`, `бренида`), so only the rule can find them.
describe('Russian cue phrases: who is X, an order made out to X, X called or helped', () => {
  it.each([
    ['a lower-case surname after кто такой', 'кто такой зорватов и почему он звонит', ['зорватов']],
    ['a lower-case given name after а где', 'а где зорват? обещал заехать сегодня', ['зорват']],
    ['a capitalised name after оформлен на', 'заказ оформлен на Зорвата Бренидова', ['Зорвата Бренидова']],
    ['a lower-case given name and surname after мне звонила', 'мне звонила брения зорватова сказала ждать', ['брения зорватова']],
    ['a name after благодаря', 'Ставлю пять звёзд только благодаря Зорвату, остальные так себе', ['Зорвату']],
    ['an unlisted name after a capitalised про, without the preposition', 'Про Зорвата из отдела доставки хочу сказать', ['Зорвата']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word after кто такой', 'кто такой менеджер в вашей компании'],
    ['an everyday word after а где', 'а где посылка? обещали сегодня'],
    ['a date after оформлен на', 'заказ оформлен на завтра'],
    ['an everyday word after мне звонила', 'мне звонила девушка из банка'],
    ['a noun phrase after благодаря', 'благодаря вашей помощи всё решилось'],
    ['a capitalised preposition and a noun opening a sentence', 'На Землю вернулись три космонавта'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('requests about a person in Central Asian chat', () => {
  it.each([
    ['an Uzbek accusative before a verb of calling over', 'zorvatni chaqirib bering iltimos', ['zorvatni']],
    ['a Kazakh accusative before a verb of calling over', 'бренидені шақырып беріңізші', ['бренидені']],
    ['a Kyrgyz accusative before a verb of calling over', 'зорватты чакырып бериңизчи', ['зорватты']],
    ['a name after the dative of "number", asked to call', '+7 705 111 22 33 осы нөмірге бренида хабарлассын', ['бренида']],
    ['a Kyrgyz name after the dative of "number"', '+996 555 123 456 ушул номерге зорват чалсын', ['зорват']],
    ['an Uzbek dative after a Russian request to tell', 'скажите zorvatga pulni o‘tkazdim', ['zorvatga']],
    ['a name ending in -begim before an honorific', 'salom zorvabegim opa qachon yetkazasiz', ['zorvabegim']],
    ['an unlisted given name and an Uzbek surname opening a message', 'zorvat brenidova bilan gaplashdim u ertaga dedi', ['zorvat brenidova']],
    ['an unlisted given name and a Kazakh surname with its case ending', 'зорват бренидовбен сөйлестім ол ертең дейді', ['зорват бренидовбен']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a role in the accusative before a verb of calling over', 'operatorni chaqirib bering'],
    ['a Kazakh role in the accusative', 'менеджерді шақырып беріңізші'],
    ['a possessive accusative before a verb of calling over', 'bittasini chaqirib bering'],
    ['a short pronoun in the accusative', 'uni chaqirib bering'],
    ['an everyday word after the dative of "number", no call verb', 'осы нөмірге ақша жіберіңіз'],
    ['a role in the dative after a Russian request to tell', 'скажите operatorga pulni o‘tkazdim'],
    ['a Russian everyday word after a request to tell', 'скажите пожалуйста когда привезут'],
    ['a first-person possessive after a greeting, no honorific', 'salom buyurtmam qayerda'],
    ['a Russian noun before a genitive plural in -ов', 'доставка заказов опять задерживается'],
    ['an Uzbek possessive before a surname-like word', 'buyurtmam ivanov orqali keldi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('label words and towns around names', () => {
  it.each([
    ['the recipient label before a full Uzbek name is not part of it', 'Mijoz: Oluvchi Zorvatov Brenid Ergash o‘g‘li', ['Zorvatov Brenid Ergash o‘g‘li']],
    ['an Uzbek town with a case ending is no surname', 'Buyurtma qildim, Denovga uch kunda keldi', []],
    ['an Uzbek town in the ablative is no surname', 'Men Nurafshondan yozyapman', []],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
