// A capitalised word right after a phone number, then a request to call a word or two on: the contact to ask for.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name between a phone number and a request to call', () => {
  it.each([
    ['uz-latn, an unlisted name, a comma and "please"', "+998 90 123 45 67 Zarnigor, iltimos qo'ng'iroq qiling", ['Zarnigor']],
    ['uz-latn, "ring me" without a comma', "+998 91 765 43 21 Bekzod menga qo'ng'iroq qiling", ['Bekzod']],
    ['uz-latn, "phone me"', '+998 93 111 22 33 Farrux, tel qiling', ['Farrux']],
    ['ru typed in Latin', '+7 701 765 43 21 Nurzhan, perezvonite', ['Nurzhan']],
    ['a Latin name and a Russian request', '+998 90 222 33 44 Umidjon, перезвоните', ['Umidjon']],
    ['ru, "in the evening" before the request', '+7 701 765 43 21 Данияр, вечером перезвоните', ['Данияр']],
    ['ky, "ring me"', '+996 555 12 34 56 Айбек, мага чалыңыз', ['Айбек']],
  ])('is the contact (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['uz-latn, "tomorrow"', "+998 90 123 45 67 Ertaga qo'ng'iroq qiling"],
    ['uz-latn, "please"', "+998 90 123 45 67 Iltimos, qo'ng'iroq qiling"],
    ['uz-latn, "I am at work"', "+998 90 123 45 67 Ishdaman, qo'ng'iroq qiling"],
    ['kk, "I am on the road"', '+7 705 123 45 67 Жолдамын, хабарласыңыз'],
    ['uz-latn, a place', "+998 90 123 45 67 Toshkent, qo'ng'iroq qiling"],
    ['uz-latn, a messenger', '+998 90 123 45 67 Telegram orqali yozing'],
    ['ru typed in Latin, "urgently"', '+7 701 765 43 21 Srochno perezvonite'],
    ['ru, "please"', '+7 701 765 43 21 Пожалуйста, перезвоните'],
    ['kk, "quickly"', '+7 705 123 45 67 Тез хабарласыңыз'],
    ['en, an everyday word the English lexicon leaves off', '+1 415 555 0134 Anytime, text me'],
    ['uz-latn, a lower-case Turkic verb', "+998 90 123 45 67 ishdaman, qo'ng'iroq qiling"],
  ])('is no name (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});
