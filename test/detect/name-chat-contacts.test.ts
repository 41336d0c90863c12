import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Given names on none of our lists (`ильсур`, `алсу`, `мээрбан`, `doston`, `tavrin`): only their place beside a phone
// number finds them. Negatives: messengers, times, household lines, order numbers.
describe('the word beside a phone number is the contact', () => {
  it.each([
    ['in parentheses', '+998 90 123 45 67 (ильсур)', ['ильсур']],
    ['in parentheses before a request to call', '90-123-45-67 (алсу, звоните после 18)', ['алсу']],
    ['after a dash', 'номер 0555 12 34 56 — ленар', ['ленар']],
    ['after a space, with a phone word before the number', 'тел 8 701 234 5678 айкерим', ['айкерим']],
    ['in Kyrgyz text, in parentheses', '+996 700 12 34 56 (нуркыз)', ['нуркыз']],
    ['in Latin letters, code-switched', 'tel 90 555 66 77 (зарнигор)', ['зарнигор']],
    ['in Uzbek Latin, after a phone word', 'tel: 91 765 43 21 shodiyona', ['shodiyona']],
    ['in English, after a phone word', 'call +1 415 555 0134 (tavrin)', ['tavrin']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a time to call', '+998 90 123 45 67 (после 18)'],
    ['a messenger', '90-123-45-67 (whatsapp)'],
    ['a messenger after a dash', 'тел 8 701 234 5678 телеграм'],
    ['a household line', '90 123 45 67 (муж)'],
    ['an Uzbek time word', 'tel 90 555 66 77 (kechqurun)'],
    ['"only"', '93 111 22 33 — faqat sms'],
    ['a Kazakh word after a bare space', 'тел 8 747 555 66 77 кешке'],
    ['an English label without a phone word', '+1 415 555 0134 (office)'],
    ['a word after an order number', 'заказ 1234567 оформлен'],
    ['a Turkic verb after an order number', 'Буюртма 2658343390 текширилмоқда.'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('greetings and thanks as Russian chat spells them cue the name after them and are no names', () => {
  it.each([
    ['салям', 'салям ильсур заказ где', ['ильсур']],
    ['здрасьте', 'здрасьте айназ подскажите', ['айназ']],
    ['хелоу', 'хелоу фанис где курьер', ['фанис']],
    ['здарова, read as a surname before', 'здарова ильсур заказ где', ['ильсур']],
    ['хаюшки opening a request', 'хаюшки где мой заказ', []],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
