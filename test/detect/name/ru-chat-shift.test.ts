// Russian chat, the person asked about: the subject of a question about a shift, leave or day off (ru-chat-shift.ts),
// and the shops, apps and everyday words asked about the same way that are no person. Invented sentences and names,
// written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const subjects: [frame: string, text: string, expected: string[]][] = [
  ['an unlisted man`s name on a shift, after `а`', 'а рахмонкул сегодня на смене?', ['рахмонкул']],
  ['an unlisted woman`s name on leave', 'шаходат в отпуске?', ['шаходат']],
  ['an unlisted name off sick, after a greeting and `а`', 'здравствуйте, а тоирхуж на больничном?', ['тоирхуж']],
  ['an unlisted woman`s name with a day off, the adjective giving her gender', 'хумайро завтра выходная?', ['хумайро']],
  ['an unlisted man`s name asked whether he works today', 'а ильдус сегодня работает или нет', ['ильдус']],
  ['an unlisted woman`s name in -а asked whether she works', 'а хумайра сегодня работает?', ['хумайра']],
  ['an undeclinable woman`s name in -у asked whether she works', 'а ойсулу сегодня работает?', ['ойсулу']],
  ['a name behind three openers', 'подскажите пожалуйста а рахмонкул сегодня работает?', ['рахмонкул']],
  ['a name before `работает или выходная`', 'шаходат сегодня работает или выходная?', ['шаходат']],
  ['a name before `будет на смене`', 'а рахмонкул завтра будет на смене?', ['рахмонкул']],
  ['a short message with a listed name on a shift', 'а вика на смене?', ['вика']],
  ['a listed name that is also a word, on a shift', 'а вера сегодня на смене?', ['вера']],
  ['a listed man`s name on the spot today', 'а тимур на месте?', ['тимур']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a shop asked whether it works today (a doubled last letter)', 'а вкусвилл сегодня работает?', []],
  ['a brand in -кс asked whether it works', 'а яндекс сегодня работает?', []],
  ['a brand in a vowel asked whether it works', 'а дикси сегодня работает?', []],
  ['a shop asked whether it works, with no day word', 'а ашан работает?', []],
  ['a listed name that is also a word after a weak predicate', 'а роза сегодня будет?', []],
  ['an everyday word on leave', 'а отдел сегодня в отпуске?', []],
  ['an everyday word working today', 'а касса сегодня работает?', []],
  ['a word in -а with a masculine day off', 'а шаходата сегодня выходной?', []],
  ['a word inside the clause, not opening it', 'заказ шаходат сегодня на смене', []],
];

describe('the person asked about a shift or day off in Russian chat', () => {
  it.each(subjects)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
