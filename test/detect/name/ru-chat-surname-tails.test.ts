// Russian chat in lower case, a surname beside a given name in the same case (ru-chat-surname-tails.ts): an
// adjective-shaped one, one of the -ов shape after a given name in -ина, a Korean one, a dative or prepositional
// pair, a surname hunspell spells in lower case, the surname first. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const pairs: [frame: string, text: string, expected: string[]][] = [
  ['an -ская surname in the instrumental after с', 'вчера общались с мариной вишневской из отдела доставки', ['мариной вишневской']],
  ['an -ская surname in the accusative after a role', 'хочу поблагодарить менеджера марину ольшанскую', ['марину ольшанскую']],
  ['a Korean surname after a given name in the instrumental', 'вчера общались с мариной ким из отдела доставки', ['мариной ким']],
  ['an -ова surname after a given name in -ина, both in the instrumental', 'вчера общались с мариной сизовой из отдела доставки', ['мариной сизовой']],
  ['an everyday-word given name and its surname in the dative', 'спасибо вере крутояровой за помощь', ['вере крутояровой']],
  ['a surname Russian spells in lower case, in the dative', 'спасибо надежде соколовой за терпение', ['надежде соколовой']],
  ['a dative pair after a modifier of thanks', 'отдельное спасибо розе зорькиной из доставки', ['розе зорькиной']],
  ['the surname first, both in the accusative', 'жалоба на сотрудника волкову надежду: грубила', ['волкову надежду']],
];

const kept: [what: string, text: string, expected: string[]][] = [
  ['a full name the scan found, surname first, whole', 'жалоба на сотрудника ильина николая васильевича: грубил', ['ильина николая васильевича']],
];

const notPairs: [what: string, text: string, expected: string[]][] = [
  ['a given name that is a word before an everyday adjective', 'мы с любовью московской встретились', []],
  ['a given name that is a word before a noun in -ов', 'помню розу ветров', []],
  ['a given name in the dative before an adjective of another case', 'подарили марине старинную брошь', []],
  ['two given names that are words, joined by и', 'спасибо вере и надежде за помощь', []],
  ['an everyday noun in -ой after a given name that is a word', 'спасибо вере за помощь с головой', []],
];

describe('a surname after a given name in lower-case Russian chat', () => {
  it.each(pairs)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(kept)('keeps %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPairs)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
