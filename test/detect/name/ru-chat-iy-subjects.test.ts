// Russian chat, men's names in -ий and -ей on no list as the subject of a masculine past tense (ru-unlisted.ts
// masculineInIy), and the -ий words that stay adjectives and participles. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const subjects: [frame: string, text: string, expected: string[]][] = [
  ['a name in -ий before `опять не` and a verb of going', 'ну евграфий опять не пришел', ['евграфий']],
  ['a name in -хий before `так и не`', 'блин евтихий так и не приехал', ['евтихий']],
  ['a name in -лий before a past tense and a time', 'вчера маркелий опоздал на час', ['маркелий']],
  ['a name in -ей after а', 'а тихомей так и не приехал', ['тихомей']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a -ский word the lexicon lacks', 'кароче стажерский опять не пришел', []],
  ['a participle in -ший', 'ну бежавший опять не пришел', []],
  ['an adjective in -ий before a plural verb', 'блин свежий опять не завезли', []],
  ['a name in -ий before a feminine verb', 'вчера евтихий пришла', []],
];

describe('men\'s names in -ий and -ей as subjects in Russian chat', () => {
  it.each(subjects)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
