// Russian chat, a surname alone as the subject of a past tense (ru-chat-surnames.ts), in lower case, and the
// possessive-shaped words before a verb that are no person. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const subjects: [frame: string, text: string, expected: string[]][] = [
  ['a man by surname, a particle before the verb', 'жданов опять перепутал адрес', ['жданов']],
  ['a woman by surname before her verb', 'тарасова перезвонила через час', ['тарасова']],
  ['a surname before `так и не`', 'логинов так и не перезвонил', ['логинов']],
  ['a surname in -ина before a feminine verb', 'кузьмина снова забыла про сдачу', ['кузьмина']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a surname-like word before a verb of the other gender', 'логинов перезвонила через час', []],
  ['a genitive plural the lists know as a surname before a plural verb', 'блинов опять напекли на всех', []],
  ['a shop word before a past tense', 'магазин опять перепутал заказ', []],
  ['a surname-like word before a neuter verb', 'сотрудников опять не хватало', []],
  ['a surname-like word as an object, not the subject', 'мама кормила котов утром', []],
];

describe('a lower-case surname as the subject in Russian chat', () => {
  it.each(subjects)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
