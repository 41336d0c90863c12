// Russian chat, names on no list (ru-chat.ts, ru-unlisted.ts): a subject that agrees with its past tense across its
// shape (a woman's name in a consonant), verbs with a letter dropped or swapped, thanks written `спс`, a given
// name in -ина before a patronymic, and a woman's name that does not decline after к, у, поблагодарить. Invented
// names, checked to be on no list in patterns/names/. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const named: [text: string, name: string][] = [
  ['назокат обещала перезвонить и пропала', 'назокат'],
  ['хадижат пришла вовремя и все сделала', 'хадижат'],
  ['гоар приехала через час', 'гоар'],
  ['ляйсан помогла с возвратом', 'ляйсан'],
  ['ильнур сказл что заказ на складе', 'ильнур'],
  ['мавлюда атветла очень грубо', 'мавлюда'],
  ['спс радомиру за доставку', 'радомиру'],
  ['шамиль оформил возврат быстро', 'шамиль'],
  ['каролина тахировна спасибо вам огромное', 'каролина тахировна'],
];

// Capitalised inside the sentence after a word that takes a person: a woman's name that does not decline.
const bare: [text: string, name: string][] = [
  ['Пришла к Ляйсан на стрижку, очень довольна.', 'Ляйсан'],
  ['Хочу поблагодарить Мухаббат за помощь.', 'Мухаббат'],
];

describe('a word on no list agreeing with its verb across its shape, or after chat thanks, is the person', () => {
  it.each(named)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a bare capitalised word on no list after a word that takes a person is the person', () => {
  it.each(bare)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

// A word one letter short of an everyday noun, a loanword, a thing, and the object fronted before the verb.
const nameless: string[] = [
  'доставк пришла только вечером',
  'посылк пришла мятая',
  'зарплат пришла вчера',
  'бандероль пришла целая',
  'эсэмэс пришла с кодом',
  'кэшбек пришла не вся сумма',
  'вчера вечером пришла в магазин',
  'сдачу дала кассир не ту',
  'промокод дала подруга',
  'айфон купила дочке',
  'подарок заказала маме',
  'спс за доставку',
  'спс все пришло',
  'Пришла к Некст, а там закрыто.',
  'Сеть у Билайн плохая.',
  'Ездила к Чорсу, там всё дешевле.',
  'Заказ от Макро пришёл вовремя.',
  'Купила у Артель холодильник, доволен.',
];

describe('name-free chat stays unmasked', () => {
  it.each(nameless)('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
