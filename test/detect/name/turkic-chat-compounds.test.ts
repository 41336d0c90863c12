// A noun in a compound verb with "make/do" (turkic-chat-compounds.ts) is no person even when a given-name list holds
// it; a person before the converb and "give" or "put", or with an object between, stays a name.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a noun before a light-verb converb', () => {
  it.each([
    ['Kyrgyz "making an effort"', 'Кайрат кылып 5 кун иштедим'],
    ['Kyrgyz, going on', 'Кайрат кылып жатам'],
    ['Kazakh', 'Қайрат қылып жүрміз'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person before a deed', () => {
  it.each([
    ['the converb before "give"', 'Dilnoza qilib berdi', ['Dilnoza']],
    ['the converb before "put"', 'Кайрат кылып койду', ['Кайрат']],
    ['an object between', 'Кайрат иш кылып', ['Кайрат']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a lower-case predicate before Uzbek "be" (turkic-chat-compounds.ts)', () => {
  it.each([
    ['after a role', "kuryer rozi bo'lmadi"],
    ['after a role, capitalised role', "Kuryer rozi bo'lmadi"],
    ['Uzbek Cyrillic', 'курьер рози бўлмади'],
    ['after an operator', "operator rozi bo'ldi"],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['capitalised before a deed', 'Rozi opa yordam berdi', ['Rozi']],
    ['capitalised after a role', 'kuryer Rozi kechikdi', ['Rozi']],
    ['addressed, then the predicate', "Rozi aka rozi bo'lmadi", ['Rozi']],
    ['before "is not"', 'kuryer malika emas', ['malika']],
  ])('keeps the person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a hotel brand in the prepositional case (stoplists/establishment-words.txt)', () => {
  it.each([
    ['after "in the hotel"', 'В отеле Хилтон всё хорошо.'],
    ['mid-sentence', 'Жили в отеле Хилтон, всё понравилось.'],
    ['"in the guesthouse"', 'В гостинице Хилтон отличный сервис.'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a role before the person', 'В отеле администратор Анна нас встретила.', ['Анна']],
    ['a shop keeps its person', 'В магазине Мадина помогла с выбором.', ['Мадина']],
  ])('keeps the person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
