import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names on none of the lists (`Квирения`, `зорвас`, `Quindley`), so only the signature can find them.
describe('a signature on the last line, after a dash, is the writer', () => {
  it.each([
    ['a capitalised unlisted name after an em dash', 'жду ответа\n— Квирения', ['Квирения']],
    ['a capitalised unlisted English name after a hyphen', 'ok thanks\n- Quindley', ['Quindley']],
    ['a lower-case name after the e-mail signature dashes', 'rahmat\n-- gulbarchin', ['gulbarchin']],
    ['a two-line message with its signature', 'заказ пришел мятый\n— зорвас', ['зорвас']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a city after the dash', 'заказ пришел\n— Москва'],
    ['an everyday capitalised word after the dash', 'жду ответа\n— Доставка'],
    ['a team after the dash', 'ok thanks\n- Support'],
    ['a role after the dash', 'спасибо\n- курьер'],
    ['an Uzbek question word after the dashes', 'salom\n-- qachon'],
    ['a brand after the dash', 'оплатил\n— Payme'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
