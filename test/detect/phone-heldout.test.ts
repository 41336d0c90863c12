// PHONE: written forms and look-alike numbers found by a held-out probe (formats the dev corpus does not hold).
// Synthetic numbers: `00` right after the operator or area code; example ids, cards and accounts made up.

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';

/** Reported phones (score ≥ 0.5, overlaps resolved), as the text they cover and their E.164 form. */
function phonesIn(text: string): Array<{ text: string; normalized: string | undefined }> {
  return detect(text, { types: ['PHONE'] }).map((span) => ({ text: text.slice(span.start, span.end), normalized: span.normalized }));
}

describe('the ex-USSR international prefix 8 10', () => {
  it.each([
    ['grouped with spaces', 'Менинг рақамим 8 10 998 90 001 23 45, қўнғироқ қилинг.', '8 10 998 90 001 23 45', '+998900012345'],
    ['grouped with dashes', 'Звоните: 8-10-998-90-001-23-45', '8-10-998-90-001-23-45', '+998900012345'],
    ['bare digits', 'номер 810998900012345', '810998900012345', '+998900012345'],
    ['to Kyrgyzstan', 'Тел. 8 10 996 555 001 234', '8 10 996 555 001 234', '+996555001234'],
  ])('reads a number dialled abroad with it, %s: %j', (_what, text, number, normalized) => {
    expect(phonesIn(text)).toEqual([{ text: number, normalized }]);
  });

  it.each([
    ['an id that starts 810 with no valid number after it', 'Код 8101234567890 в отчёте'],
    ['a short code that starts 810', 'Артикул 810123456'],
  ])('leaves %s alone: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});

describe('a trunk digit, an area or operator code, and the rest in one block', () => {
  it.each([
    ['a Kazakh mobile', 'Менің нөмірім 8 701 0012345', '8 701 0012345', '+77010012345'],
    ['an Astana landline', 'Офис 8 7172 001234', '8 7172 001234', '+77172001234'],
    ['a Kyrgyz mobile', 'Номурум 0 555 001234', '0 555 001234', '+996555001234'],
  ])('reads %s without a cue word it needs: %j', (_what, text, number, normalized) => {
    expect(phonesIn(text)).toEqual([{ text: number, normalized }]);
  });

  it('does not take a leading digit other than a trunk prefix into the number', () => {
    expect(phonesIn('Код 1 234 5678901').map((phone) => phone.text)).not.toContain('1 234 5678901');
  });
});

describe('numbers joined by a slash', () => {
  it.each([
    ['two bare mobiles', 'тел 900012345/910012345', ['900012345', '910012345']],
    ['two grouped mobiles', "Qo'ng'iroq qiling: 90 001 23 45/91 001 23 45", ['90 001 23 45', '91 001 23 45']],
    ['a landline with another ending, masked whole', 'Офис: +998 71 200-00-01/02', ['+998 71 200-00-01/02']],
  ])('reads %s: %j', (_what, text, numbers) => {
    expect(phonesIn(text).map((phone) => phone.text)).toEqual(numbers);
  });

  it.each([
    ['a document number with a year', 'Исх. № 900012345/24 от 12.03'],
    ['a document number with a full year', 'Письмо 900012345/2024'],
    ['a date', '12/05/2024'],
    ['a fraction of two short numbers', 'Страница 12/345'],
  ])('leaves %s alone: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});

describe('a number written with `+` glued between words', () => {
  it.each([
    ['Russian words on both sides', 'номер+998900012345звоните', '+998900012345'],
    ['English words on both sides', 'Call+998900012345now', '+998900012345'],
  ])('reads it with %s: %j', (_what, text, number) => {
    expect(phonesIn(text).map((phone) => phone.text)).toEqual([number]);
  });

  it.each([
    ['digits without `+` inside a code', 'Код AB900012345CD'],
    ['digits followed by a letter and a digit', 'hash 900012345a9'],
  ])('leaves %s alone: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});

describe('Unicode spaces between digit groups', () => {
  it.each([
    ['an ideographic space', '\u3000'],
    ['an en space', '\u2002'],
    ['an em space', '\u2003'],
    ['a medium mathematical space', '\u205f'],
  ])('reads a number grouped with %s', (_what, space) => {
    const number = ['+998', '90', '001', '23', '45'].join(space);
    expect(phonesIn(`тел: ${number}`)).toEqual([{ text: number, normalized: '+998900012345' }]);
  });
});

describe('id words written in Latin letters', () => {
  it.each([
    ['an order in Uzbek Latin', 'Zakaz raqami 77001234567'],
    ['an order, Uzbek possessive', 'zakazim 900012345 kelmadi'],
    ['a tax id', 'INN 200012345'],
    ['a personal id', 'PINFL 900012345'],
    ['a Kazakh personal id', 'IIN 87001234567'],
    ['a phone serial', 'IMEI 900012345'],
  ])('rules out %s: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });

  it.each([
    ['a phone word after the order word', 'Zakaz bo‘yicha telefon: 90 001 23 45', '90 001 23 45'],
    ['the customer (not the order)', 'zakazchik raqami 90 001 23 45', '90 001 23 45'],
  ])('still reads a phone with %s: %j', (_what, text, number) => {
    expect(phonesIn(text).map((phone) => phone.text)).toEqual([number]);
  });
});

describe('look-alike numbers that are not phones', () => {
  it.each([
    ['an IBAN in groups of four', 'IBAN GB82 WEST 1234 5698 7654 32'],
    ['an IBAN with letters inside', 'Hisob: DE89 3704 0044 0532 0130 00'],
    ['a date written with spaces', 'Туғилган куним 12 03 2024'],
    ['coordinates', 'Мы здесь: 41.311081, 69.240562'],
    ['coordinates with four decimals', 'GPS 43.2220 76.8512'],
    ['an ISBN', 'Книга ISBN 978-5-699-12345-6'],
  ])('leaves %s alone: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });

  it.each([
    ['after a four-letter word that opens no IBAN', 'ALOQA 90 001 23 45', '90 001 23 45'],
    ['a date-like number with a two-digit year', 'Ashgabat ofisi 12 03 20 24', '12 03 20 24'],
    ['a number grouped with one dot, next to a cue word', 'тел 90.0012345', '90.0012345'],
    ['a number grouped with dots', 'Tel 90.001.23.45', '90.001.23.45'],
  ])('still reads a phone %s: %j', (_what, text, number) => {
    expect(phonesIn(text).map((phone) => phone.text)).toEqual([number]);
  });
});

describe('cue words of Tajik, Turkmen and support chats', () => {
  it.each([
    ['Russian: not picking up', 'Курьер не берёт трубку, 12 345 678 90 — его номер?', '12 345 678 90'],
    ['Tajik: call', 'Занг занед: 93 001 2345', '93 001 2345'],
    ['Turkmen: call', 'Jaň ediň 65 001234', '65 001234'],
    ['English: not answering', "They're not answering at 374 001 163", '374 001 163'],
  ])('lifts a borderline number with %s: %j', (_what, text, number) => {
    expect(phonesIn(text).map((phone) => phone.text)).toContain(number);
  });

  it.each([
    ['an amount after a Tajik call word', 'Занг задам, 1 250 000 сомонӣ'],
    ['an amount after a Russian phone word', 'Трубку не берёт, а я заплатил 1 250 000 сум'],
    ['an amount in manat after a Turkmen call word', 'Jaň ediň, 1 250 000 manat'],
  ])('still leaves %s alone: %j', (_what, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});
