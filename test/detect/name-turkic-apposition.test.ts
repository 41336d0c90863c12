// A person noun or honorific in apposition after an unlisted Turkic name (`айнамкөз қыз жақсы түсіндірді`), the
// Kyrgyz honorific `айым`, heads of a branch as roles, and Kyrgyz/Kazakh words typed without their own letters as
// markers of Turkic text. Invented names (checked against the lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('Turkic appositions, honorifics and heads of a branch', () => {
  it.each([
    ['a lower-case Kazakh name before "girl" and a deed', 'айнамкөз қыз жақсы түсіндірді рахмет', ['айнамкөз']],
    ['a lower-case Kyrgyz name before "girl" and a deed', 'айчүрөк кыз жакшы түшүндүрдү рахмат', ['айчүрөк']],
    ['a capitalised Kyrgyz name before "girl" and a deed', 'Айчүрөк кыз жакшы түшүндүрдү.', ['Айчүрөк']],
    ['a Kyrgyz name before the honorific айым', 'Кардар: Сагынай айым, буйрутмам кайда?', ['Сагынай']],
    ['a Kazakh head of a branch office', 'Бөлімше меңгерушісі Қайсар мәселені шешті.', ['Қайсар']],
    ['a Kyrgyz genitive possessor typed without Kyrgyz letters', 'Эсенгулдун жардамына ыраазымын.', ['Эсенгулдун']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"another girl" explained', 'басқа қыз жақсы түсіндірді'],
    ['"another girl" in Kyrgyz', 'башка кыз жакшы түшүндүрдү'],
    ['"another girl" in Uzbek', 'boshqa qiz yaxshi tushuntirdi'],
    ['a term of endearment before айым', 'жаным айым сени сагындым'],
    ["a city's manager, typed without Kyrgyz letters", 'Шаардын менеджери маселени чечти.'],
    ["a branch's head, typed without Kyrgyz letters", 'Филиалдын башчысы маселени чечти.'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
