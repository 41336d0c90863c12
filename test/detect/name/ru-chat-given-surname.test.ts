// Russian chat, a lower-case given name and surname as the subject (ru-chat-given-surname.ts): surnames the lexicon
// knows as everyday forms, -ский ones, surnames of no Russian shape; and the words after a given name that are none.
// Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const pairs: [frame: string, text: string, expected: string[]][] = [
  ['a surname that is also a genitive plural, before `так и не`', 'кароче ильнур дубов так и не приехал', ['ильнур дубов']],
  ['its feminine before a feminine verb, after а', 'а мухиба клопова так и не ответила', ['мухиба клопова']],
  ['a -ский surname before a past tense of going', 'кароче ильнур вишневский так и не пришел', ['ильнур вишневский']],
  ['a surname in -енко', 'кароче зульфат сидоренко так и не ответил', ['зульфат сидоренко']],
  ['a surname in -ук after вчера', 'вчера ильнур кравчук так и не приехал', ['ильнур кравчук']],
  ['a dictionary given name before a genitive-plural surname', 'кароче пантелей пирогов так и не пришел', ['пантелей пирогов']],
  ['a pair before a particle and its verb', 'ну ильнур гвоздев опять опоздал', ['ильнур гвоздев']],
  ['a given name one swap from an everyday word, before a surname', 'кароче сатрина юсупова так и не ответила', ['сатрина юсупова']],
];

const notPairs: [what: string, text: string, expected: string[]][] = [
  ['an everyday -ский adjective after a name', 'кароче мухиба русский так и не сдала', []],
  ['a genitive plural after an everyday noun', 'кароче заказ котов так и не приехал', []],
  ['a role word before a surname-shaped word', 'кароче курьер котов так и не приехал', []],
  ['a -ский surname after a name, the verb of the other gender', 'кароче мухиба вишневский так и не приехала', []],
];

describe('a lower-case given name and surname as the subject in Russian chat', () => {
  it.each(pairs)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPairs)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
