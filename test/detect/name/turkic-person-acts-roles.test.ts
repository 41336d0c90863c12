// Lower-case Turkic chat, an unlisted given name right after a service role and before a deed (turkic-person-acts.ts),
// with "on time", an object or a delay between; everyday adverbs, adjectives and abstract nouns there are no names.
// Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a Kazakh courier, "on time", came', 'курьер ақбөпе уақытында келді', ['ақбөпе']],
  ['a Kazakh shop assistant who helped', 'дүкендегі сатушы ақбөпе көмектесті', ['ақбөпе']],
  ['a Kyrgyz courier, "in its own time", came', 'курьер сарыкөз өз убагында келди', ['сарыкөз']],
  ['a Kazakh courier who brought the order (an accusative object)', 'курьер ақбөпе тапсырысты әкелді', ['ақбөпе']],
  ['a Kazakh courier late by two hours', 'курьер ерқанат 2 сағат кешікті', ['ерқанат']],
  ['an Uzbek Latin courier who brought the order', 'kuryer qunduzxon buyurtmani olib keldi', ['qunduzxon']],
];

const none: [what: string, text: string][] = [
  ['a Kazakh time word after the courier', 'курьер таңертең келді'],
  ['a Kazakh evening word after the courier', 'курьер кешкісін келді'],
  ['a Kyrgyz converb adverb after the seller', 'сатуучу жакшылап түшүндүрдү'],
  ['an Uzbek Latin time word after the courier', 'kuryer ertalab keldi'],
  ['an Uzbek Cyrillic manner word after the operator', 'оператор батафсил тушунтирди'],
  ['an Uzbek Latin abstract noun ("rudeness") after the clerk', "xodim qo'pollik qildi"],
  ['an Uzbek Cyrillic abstract noun ("carelessness") after the clerk', 'ходим эътиборсизлик қилди'],
  ['"on time" alone after the courier', 'kuryer vaqtida keldi'],
  ['"today" after the courier', 'курьер бүгін келді'],
  ['a Kazakh adjective before the object ("the wrong order")', 'курьер қате тапсырысты әкелді'],
  ['a Kazakh adjective before the object ("a broken phone")', 'курьер сынық телефонды әкелді'],
  ['an Uzbek Latin adjective before the object ("another order")', 'kuryer boshqa buyurtmani olib keldi'],
  ['a Kyrgyz adjective before the object ("the old order")', 'курьер эски буйрутманы алып келди'],
  ['an object alone after the role', 'оператор мәселені шешті'],
];

describe('an unlisted given name between a service role and a deed in Turkic chat', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(none)('does not read %s as a person', (_what, text) => {
    expect(names(text)).toEqual([]);
  });
});
