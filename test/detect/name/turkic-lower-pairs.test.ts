// Lower-case Turkic chat, a listed given name that is also a word beside a surname (turkic-lower-pairs.ts): the
// surname's ending carries the pair. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const pairs: [frame: string, text: string, expected: string[]][] = [
  ['a Kazakh given name that is a word ("burning") before an -ева surname', 'жанар бекқалиева тапсырысты шатастырып жіберді', ['жанар бекқалиева']],
  ['a Kyrgyz given name that is a word ("talent") before an -ев surname', 'талант сейтқазиев бәрін түсіндірді', ['талант сейтқазиев']],
  ['a Kazakh given name that is a word ("gold") before an -ова surname', 'алтын ермекова көмектесті', ['алтын ермекова']],
  ['an Uzbek Cyrillic given name that is a word ("hope")', 'умид ҳайдаркулов буюртмани адаштириб юборди', ['умид ҳайдаркулов']],
  ['an Uzbek Latin given name from the international lists', 'lola qudratova buyurtmani adashtirib yubordi', ['lola qudratova']],
];

const notPairs: [what: string, text: string, expected: string[]][] = [
  ['a surname-shaped word after a verb', 'курьер кеше келді, тапсырыс толық', []],
  ['an English function word before an -ova word', 'will ivanova', []],
];

describe('a listed given name that is a word, beside a lower-case surname in Turkic chat', () => {
  it.each(pairs)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPairs)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
