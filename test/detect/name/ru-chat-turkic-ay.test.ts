// Russian chat, Kazakh and Kyrgyz given names in -ай as subjects (ru-unlisted.ts agreesWithVerb, agreesAcrossShape):
// women's names in -ай agree with a feminine past tense; Russian masculine nouns in -ай stay things.
// Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const persons: [frame: string, text: string, expected: string[]][] = [
  ['a woman in -ай before a verb a person does', 'блин жаркынай так и не перезвонила', ['жаркынай']],
  ['a woman in -ай before any past tense', 'кундузай пришла на точку вовремя', ['кундузай']],
  ['a woman in -ай after an order number', 'заказ 45821 кундузай так и не привезла', ['кундузай']],
  ['a man in -бай before a masculine verb', 'кароче турдубай так и не ответил', ['турдубай']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a masculine noun in -ай before a feminine verb', 'вчера сарай опять протекла', []],
  ['a masculine noun in -ай before a masculine verb', 'трамвай опять опоздал', []],
];

describe('given names in -ай as subjects in Russian chat', () => {
  it.each(persons)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
