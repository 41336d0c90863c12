// Kazakh news (kk-news-unlisted.ts): a capitalised word on no list as the person whose kin follows (`Xтың әкесі`),
// the person who went along (`Xмен бірге`), or the person after "daughter/son of" (`Xтың қызы Y`); a word the
// stoplists hold only as a Russian noun's stem. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a genitive before a kin noun', 'Ақтолқынның әкесі мектепке келді.', ['Ақтолқынның']],
  ['a genitive before a kin noun after an everyday opener', 'Кеше Жайдарманның анасы келді.', ['Жайдарманның']],
  ['a comitative before "together"', 'Жарқынмен бірге ауылға бардық.', ['Жарқынмен']],
  ['another comitative before "together"', 'Тілеукенмен бірге жұмыс істедік.', ['Тілеукенмен']],
  ['the son after his father\'s genitive', 'Кинода Жайдарманның ұлы Ербосын ойнайды.', ['Жайдарманның', 'Ербосын']],
  ['a name the stoplists hold only as a Russian stem, before a family word', 'Біз Эсхат әулетінің тарихын жаздық.', ['Эсхат']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['my mother\'s father', 'Анамның әкесі келді.', []],
  ['his elder brother along', 'Ағасымен бірге келді.', []],
  ['friends along', 'Достармен бірге барды.', []],
  ['a country along', 'Ресеймен бірге жұмыс істейміз.', []],
  ['a region\'s body along', 'Ақмола облысымен бірге жұмыс істейміз.', []],
  ['a ministry\'s head', 'Министрліктің бастығы келді.', []],
  ['a country\'s son', 'Қазақстанның ұлы атанды.', []],
];

describe('Kazakh news: kin, company and children of a person on no list', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
