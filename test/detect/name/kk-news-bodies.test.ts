// Kazakh news (kk-news-bodies.ts): a run ending in the head noun of a state or a body is no person, nor is an
// occupation noun opening the sentence before a name. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const cases: [frame: string, text: string, expected: string[]][] = [
  ['a union of nations as the subject', 'Бұл туралы Біріккен Ұлттар Ұйымы хабарлады.', []],
  ['a union of nations right after a person', 'Комиссия төрағасы Гүлнар Тоқсанова Біріккен Ұлттар Ұйымы сарапшыларына жауап берді.', ['Гүлнар Тоқсанова']],
  ['an adjective before a lower-case union, after a surname', 'Назарбаев Еуразиялық одақ туралы айтты.', ['Назарбаев']],
  ['a farmer opening the sentence before a name in the genitive', 'Шаруагер Тілеужан Қожановтың бағында мал көп.', ['Тілеужан Қожановтың']],
  ['an unlisted given name opening the sentence before a surname', 'Толқын Серікова келді.', ['Толқын Серікова']],
  ['a contest whose name fills a quotation', '«Джуниор Стар» байқауы жиырма жыл бұрын басталды.', []],
  ['a listed given name before a square named after the republic', 'Кеше Ерлан Республика алаңында ән айтты.', ['Ерлан']],
  ['a listed given name and surname', 'Дәрігер Ерлан Қасымов келді.', ['Ерлан Қасымов']],
];

describe('bodies and occupations around names in Kazakh news', () => {
  it.each(cases)('reads %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
