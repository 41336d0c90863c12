// PHONE: written forms first seen in the blind corpus's classes (old domestic forms, dialogue turns that are only a
// number, words that belong to another number). Synthetic numbers: `00` right after the operator or area code.

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';

/** Reported phones (score ≥ 0.5, overlaps resolved), as the text they cover and their E.164 form. */
function phonesIn(text: string, regions?: readonly string[]): Array<{ text: string; normalized: string | undefined }> {
  return detect(text, { types: ['PHONE'], ...(regions ? { regions } : {}) }).map((span) => ({
    text: text.slice(span.start, span.end),
    normalized: span.normalized,
  }));
}

describe('Uzbek landlines in the old domestic form (trunk 8, area code 3XY)', () => {
  it.each([
    ['Tashkent, area code in parentheses', 'Звоните 8 (371) 001-23-45 в рабочее время', '8 (371) 001-23-45', '+998710012345'],
    ['Tashkent, on a line of its own', 'Офис:\n8 (371) 001-23-45', '8 (371) 001-23-45', '+998710012345'],
    ['Tashkent, grouped with spaces, no cue word', 'Bizning ofis 8 371 001 23 45 ishlaydi', '8 371 001 23 45', '+998710012345'],
    ['Samarkand, dashes', 'Filial: 8-366-001-23-45', '8-366-001-23-45', '+998660012345'],
    ['Tashkent, bare digits next to a cue word', 'Тел.: 83710012345', '83710012345', '+998710012345'],
    ['Tashkent, four-digit city code, six-digit local number', 'Приёмная 8 (3710) 01-23-45 до 18:00', '8 (3710) 01-23-45', '+998710012345'],
  ])('reads %s: %j', (_what, text, number, normalized) => {
    expect(phonesIn(text)).toEqual([{ text: number, normalized }]);
  });

  it.each([
    ['bare digits without a cue word', 'Код 83710012345 в отчёте'],
    ['an old area code that is no landline today', 'Звоните 8 (390) 001-23-45'],
  ])('does not read %s as a Tashkent number: %j', (_what, text) => {
    expect(phonesIn(text).map((phone) => phone.normalized)).not.toContainEqual(expect.stringMatching(/^\+998/u));
  });

  it('reads the old form as Uzbek only when the tenant lists UZ', () => {
    expect(phonesIn('Звоните 8 (371) 001-23-45', ['KZ', 'RU']).map((phone) => phone.normalized)).not.toContain('+998710012345');
  });
});

describe('a dialogue turn that is only a number', () => {
  it.each([
    ['a dotted mobile that is also IP-shaped', 'Оператор: Спасибо.\nКлиент: 91.000.19.78', '91.000.19.78', '+998910001978'],
    ['a Kazakh mobile with trunk 8, no separators', 'Operator: Rahmat.\nMijoz: 87710012345', '87710012345', '+77710012345'],
    ['a trunk-form mobile after a dialogue dash', 'Оператор: Слушаю.\n— 87710012345.', '87710012345', '+77710012345'],
    ['a trunk-form mobile as the whole text', '87710012345', '87710012345', '+77710012345'],
  ])('finds %s: %j', (_what, text, number, normalized) => {
    expect(phonesIn(text)).toEqual([{ text: number, normalized }]);
  });

  it.each([
    ['an IP-shaped number inside a sentence', 'Blocked address 91.000.19.78 again'],
    ['a trunk-form mobile with more words on its line', 'Клиент: 87710012345 и ещё'],
    ['a trunk-form mobile labelled as an id', 'ID: 87710012345'],
    ['a minus sign, not a dialogue dash', '-87710012345'],
    ['an IP address that is no phone', 'Server: 192.168.10.25'],
  ])('leaves %s: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});

describe('words that belong to another number', () => {
  it.each([
    ['a Tajik number without `+`, then a price', "Mening nomerim 992900012345, 50 000 so'm to'ladim", '992900012345', '+992900012345'],
    ['a Turkmen national number, then a price', 'Мой nomer 8 61 001234, 200 сум', '8 61 001234', '+99361001234'],
    ['a Turkmen national number, then a count of orders', 'Nomerim 8 61 001234, 2 ta buyurtma', '8 61 001234', '+99361001234'],
  ])('keeps %s: %j', (_what, text, number, normalized) => {
    expect(phonesIn(text)).toEqual([{ text: number, normalized }]);
  });

  it.each([
    ['an id right after a phone (the phone word is the phone’s)', 'Tel: +998 90 001 23 45, ID 100234567', '+998 90 001 23 45'],
    ['an order number right after a phone', 'Телефон +998 90 001 23 45, заказ 100234567', '+998 90 001 23 45'],
    ['an order number after a national phone', 'Telefon 90 001 23 45, buyurtma 100234567', '90 001 23 45'],
  ])('does not take %s: %j', (_what, text, number) => {
    expect(phonesIn(text).map((phone) => phone.text)).toEqual([number]);
  });

  it.each([
    ['its own price word', "Narxi 900 012 345 so'm"],
    ['its own price word after the rest of its run', 'nomer 992 900 012 345 dollar'],
  ])('still rules a number out by %s: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });

  it('still lets a phone word outweigh an id word with no other number between them', () => {
    expect(phonesIn('Телефон по заказу: 900012345').map((phone) => phone.normalized)).toEqual(['+998900012345']);
  });
});
