// English typed with every word capitalised (title-case.ts englishTitleLine): a line whose articles, short
// prepositions or conjunctions are capitalised is no headline or work title, and is read lowered like other title-case
// writing; a listed name that is also an English word keeps its capital where a name stands (latinNameSlot).
// Invented names throughout, but the listed names that are everyday words too.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an English line with every word capitalised', () => {
  it.each([
    ['names on no list, coordinated', 'Both Kador And Nelford Were Helpful.', ['Kador', 'Nelford']],
    ['a name on no list after a preposition, in a dialogue', 'Support: We Will Call You Back At The Number.\nClient: The Order Is Under Velli Zobritor.', ['Velli Zobritor']],
    ['an acronym in the line', 'Both Kador And Tolmeth Were Helpful. Paid 900 UZS With Card, No Receipt Yet.', ['Kador', 'Tolmeth']],
  ])('finds the names (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a listed name that is also an English word, every word capitalised', () => {
  it.each([
    ['beside another such name', 'Agent: Penny Hunter, Your Order Is With The Courier.', ['Penny Hunter']],
    ['after a cue phrase', 'Many Thanks To Penny For The Quick Delivery.', ['Penny']],
    ['addressed at the sentence start', 'Paid With Card, No Receipt Yet. Penny, Thank You So Much!', ['Penny']],
    ['joined by and to a kept name', 'Both Hunter And Zarvina Were Helpful.', ['Hunter', 'Zarvina']],
  ])('keeps its capital (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a function word beside a name, every word capitalised', () => {
  it.each([
    ['and before the pronoun I', 'My Name Is Tavrel And I Ordered On Monday. Paid 400 KZT With Card, No Receipt Yet.', ['Tavrel']],
  ])('is no part of the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Kazakh and Kyrgyz title-case lines', () => {
  it.each([
    ['ky, a postposition after a name', 'Курьер Нургүл Эшикке Чейин Алып Келди.', ['Нургүл']],
    ['ky, a first-person predicate after a comma', 'Оператор Айгүл Тез Жооп Берди, Ыраазыбыз.', ['Айгүл']],
    ['ky, a verb of the first person plural after a comma', 'Курьер Бакытбек Эртең Келет, Күтөбүз.', ['Бакытбек']],
    ['ky without its own letters or a marker word', 'Кутучасы Жыртылып Калыптыр, Ичиндеги Буюмдар Сынган.', []],
  ])('keeps everyday words out of names (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('capitalised text that is no English title-case writing, read as before', () => {
  it.each([
    ['a work title inside ordinary writing', 'We watched The Lord Of The Rings with Jessica yesterday.', ['Jessica']],
    ['a firm with Of inside ordinary writing', 'I bank with Bank Of America and Zarvina helped me.', ['Zarvina']],
    ['a sentence of everyday words only', 'We Will Call You Back Tomorrow With The Details.', []],
    ['the pronoun I before an everyday word that is a name too', 'I Hope The Next Order Will Come On Time.', []],
    ['two everyday words that are names too opening a sentence', 'Young Guy At The Desk Did Not Know Anything.', []],
    ['an advert with one capitalised preposition', 'Tobias Thunder Festival Tickets On Sale Now Here Today', []],
    ['kk, a thanked name on no list before a full stop', 'Рақмет, Ақшәйім.', ['Ақшәйім']],
    ['Russian title case', 'Курьер Приехал Вовремя, Все Отлично, Спасибо Большое.', []],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
