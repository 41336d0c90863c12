// Russian chat, given names the Russian dictionary knows only as proper nouns and no name list holds
// (ru-chat-dictionary.ts), in the places ru-chat.ts reads a person; and the proper nouns that stay places or bodies.
// Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const persons: [frame: string, text: string, expected: string[]][] = [
  ['a man in -ей before a past tense of going', 'ну пантелей приехал наконец', ['пантелей']],
  ['a man in -ий before `так и не`', 'кароче акакий так и не перезвонил', ['акакий']],
  ['a man in a consonant before a verb a person does', 'илларион обещал помочь с установкой', ['илларион']],
  ['a woman before a feminine past tense', 'вчера степанида пришла и все починила', ['степанида']],
  ['a woman in -ья after an opener', 'блин федосья опять опоздала', ['федосья']],
  ['the instrumental of -ей after с, capitalised at the line start', 'С Федосеем договорились на пятницу', ['Федосеем']],
  ['the instrumental of a name in -на after с', 'с матреной поговорил вчера', ['матреной']],
  ['the genitive of a name in -он after у', 'надо у иллариона уточнить', ['иллариона']],
  ['the genitive of -ья after у', 'У Федосьи спросите, она знает', ['Федосьи']],
  ['the dative of a name in -на after к', 'к аграфене подошел без очереди', ['аграфене']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a city the lexicon derives an adjective from, as a subject', 'иерусалим получил новые данные', []],
  ['a planet after к', 'полет к марсу отложили', []],
  ['a body named by a compound of an everyday word', 'евросоюз уже приостановил работу миссии', []],
  ['a town after с', 'созвонились с вязьмой насчет поставки', []],
  ['an everyday word before a past tense', 'вчера доставка опять опоздала', []],
];

describe('given names the Russian dictionary holds as proper nouns, in Russian chat', () => {
  it.each(persons)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
