// Russian chat, women's names in -у that do not decline, as the subject of a feminine past tense (ru-unlisted.ts
// agreesAcrossShape), and the words in -у that are no such subject. Invented sentences and names, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const subjects: [frame: string, text: string, expected: string[]][] = [
  ['a name in -у before a feminine past tense', 'ойсулу пришла в обед', ['ойсулу']],
  ['a name in -у before a particle and a feminine verb', 'гульсу уже ушла домой', ['гульсу']],
  ['a name in -у after `а` before a feminine verb', 'а айсылу так и не ответила', ['айсылу']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a known word in -у before a feminine verb', 'меню поменяла администрация', []],
  ['a name-like word in -у before a masculine verb', 'ойсулу пришел вчера', []],
  ['a name-like word in -у before a neuter verb', 'гульсу пришло вчера', []],
];

describe('a woman`s name in -у as the subject in Russian chat', () => {
  it.each(subjects)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
