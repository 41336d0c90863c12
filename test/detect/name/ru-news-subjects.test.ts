// Russian news prose: a surname alone as the subject of a reporting or judgement verb, with a negation or an adverb
// between them (cues.ts, cues/name-verbs.txt). Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['an unknown surname before a negated reporting verb', 'Торвальдсен не признал своей вины.', ['Торвальдсен']],
  ['a surname Russian knows as a word, before a negated reporting verb', 'Бут не признал себя виновным.', ['Бут']],
  ['a surname before an adverb and a verb of judgement', 'Торвальдсен также осудил решение суда.', ['Торвальдсен']],
  ['a surname Russian knows as a word inside the sentence, before a verb of response', 'Вечером Бут поблагодарил болельщиков.', ['Бут']],
  ['a woman before a negated verb', 'Ирвалия Дорн не подтвердила эти сведения.', ['Ирвалия Дорн']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a parcel that did not arrive', 'Заказ не пришел вовремя.', []],
  ['a courier who did not call', 'Курьер не позвонил.', []],
  ['a question settled', 'Вопрос не решил никто.', []],
  ['a city before a verb of judgement', 'Минск также осудил решение.', []],
  ['an acronym before a negated verb', 'МВД не подтвердило данные.', []],
];

describe('a surname as the subject of a reporting verb in Russian news', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
