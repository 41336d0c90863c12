// Text typed without capitals: a surname with its initials before or after it (chat-lower-initials.ts). Invented
// people.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case surname with its initials', () => {
  it.each([
    ['two initials before a Korean surname', 'ответственный: б.и. цой, тел. 87011234567', ['б.и. цой']],
    ['one initial before a Korean surname', 'ответственный: х. ли, звоните после обеда', ['х. ли']],
    ['two initials before a surname in -ов', 'ответственный: в.т. зарубов, тел. 87011234567', ['в.т. зарубов']],
    ['a Korean surname before its initial', 'обращение от тен л. зарегистрировано, ждите ответа', ['тен л.']],
    ['a surname in -ская before two initials', 'документы подписал вельяминская п.п., главный бухгалтер', ['вельяминская п.п.']],
    ['a word Russian does not know before an initial', 'документы подписал ашурпур з., главный бухгалтер', ['ашурпур з.']],
    ['English, an initial before a listed surname', 'the refund was approved by manager r. persson yesterday', ['r. persson']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name in abbreviations that look like initials', () => {
  it.each([
    ['a city', 'доставка в г. алматы заняла неделю'],
    ['a house and flat', 'адрес: ул. абая д. 5 кв. 12'],
    ['etc.', 'и т.д. и т.п., всё как обычно'],
    ['that is', 'т.е. заказ не пришел вовремя'],
    ['a village', 'с. карасу, дом 12, спросить у соседей'],
    ['a Kazakh year', '2020 ж. тапсырыс бердім, әлі келмеді'],
    ['an English sign-off', 'jews left and came back white r. i. p'],
    ['an English page', 'see p. 5 for details, thanks'],
  ])('keeps it out (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
