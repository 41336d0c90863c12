// A review signed with a given name and a town (signature-places.ts): after a label, a dash or a sign-off, the town
// is cut off the name; a listed place after a given name elsewhere stays a surname. Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a given name and a town signing a review', () => {
  it.each([
    ['after an author label', 'Отличный магазин, всем советую!\nАвтор: Марина Самара', ['Марина']],
    ['after a two-word label', 'Отзыв оставил: Тимур Алматы', ['Тимур']],
    ['after a dash opening the line', 'Доставили быстро.\n— Олег Москва', ['Олег']],
    ['after a sign-off and a comma', 'Спасибо за доставку.\nС уважением, Ирина Казань', ['Ирина']],
    ['after an Uzbek label', 'Muallif: Dilnoza Toshkent', ['Dilnoza']],
  ])('masks the given name only (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a writer named in prose', 'Мне нравится, как пишет Джек Лондон', ['Джек Лондон']],
    ['a courier named in prose', 'Курьер Олег Москва приехал вовремя', ['Олег Москва']],
    ['a given name and a surname after a label', 'Автор: Марина Соколова', ['Марина Соколова']],
  ])('keeps the whole name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
