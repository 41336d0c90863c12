// A first name that is also an everyday word, in lower case right after a greeting that opens the line, before what a
// customer writes to that person.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an ambiguous first name greeted at the start of a line', () => {
  it.each([
    ['kk, a comma and the order', 'сәлем, дәулет тапсырыс келмеді', ['дәулет']],
    ['kk, no comma', 'сәлем дәулет тапсырыс келмеді', ['дәулет']],
    ['uz-latn, a question', 'assalomu alaykum, ozoda qachon keladi', ['ozoda']],
    ['uz-cyrl, the payment', 'ассалому алайкум, озода пул ўтди', ['озода']],
    ['ky, thanks', 'салам, бермет рахмат сизге', ['бермет']],
    ['ru, a date', 'добрый день, снежана с 12.03 цены выросли', ['снежана']],
    ['ru, on the second line', 'заказ 5512\nпривет, жанна где мой заказ', ['жанна']],
    ['uz-latn, then a comma', 'salom, yulduz, rahmat', ['yulduz']],
  ])('is the person (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['uz-latn, "spring has come"', 'salom, bahor keldi'],
    ['uz-latn, "I hope"', 'salom, umid qilaman tez yetkazasiz'],
    ['kk, "I wish happiness"', 'сәлем, бақыт тілеймін'],
    ['uz-latn, "with respect"', 'assalomu alaykum, hurmat bilan'],
    ['ky, "I sell gold"', 'салам, алтын сатам'],
    ['kk, "the mirror broke"', 'сәлем, айна сынып қалды'],
    ['ru, a Russian everyday word', 'здравствуйте, роза завяла'],
    ['ru, "thank God"', 'привет, слава богу пришло'],
    ['a greeting inside a line', 'я сказала привет, снежана где'],
  ])('is no person (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the greeted name typed twice, or before `!`', () => {
  it.each([
    ['ky, the name twice', 'саламатсызбы, жылдыз жылдыз, сизге рахмат', ['жылдыз', 'жылдыз']],
    ['uz-cyrl, an exclamation mark', 'ассалому алайкум, лола! илтимос, тез етказинг', ['лола']],
  ])('is the person (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a two-word greeting whose first word, misspelt, reads as a name', () => {
  it.each([
    ['uz-cyrl, with the name greeted', 'асалому алайкум, лола! илтимос, тез етказинг', ['лола']],
    ['uz-cyrl, with an order', 'асалому алайкум, буюртма қачон келади', []],
  ])('is no name (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an unlisted given name after the Uzbek "good day" in either spelling', () => {
  it.each([
    ['h-spelling, a comma', 'hayrli kun, shoxjahon buyurtma kelmadi', ['shoxjahon']],
    ['x-spelling, a comma', 'xayrli kun, shoxjahon buyurtma kelmadi', ['shoxjahon']],
    ['"good morning", no comma', 'hayrli tong shoxjahon', ['shoxjahon']],
    ['an everyday word after it', 'hayrli kun, kuryer kelmadi', []],
    ['"please" after it', 'hayrli kun, iltimos yordam bering', []],
    ['"every day", no greeting', 'har kun shoxjahon keladi', []],
  ])('%s: %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
