// A feminine surname in -овой/-иной is no town in -о (`Иваново`, `Пушкино`) with a Turkic -й: no Russian case form of
// a noun in -о adds -й. The towns themselves stay places.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('feminine surnames that look like a town in -о', () => {
  it.each([
    ['after a given name', 'Спасибо Анне Ивановой за помощь', ['Анне Ивановой']],
    ['alone after a verb of passing on', 'Передайте Ивановой, что заказ готов', ['Ивановой']],
    ['surname first before the given name and patronymic', 'Отзыв о работе врача Ивановой Алины Андреевны: всё отлично', ['Ивановой Алины Андреевны']],
  ])('is the person (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the town after `в`', 'Я живу в Иваново, доставка идёт три дня'],
    ['another town in -о', 'Заказала доставку в Пушкино'],
  ])('is no person (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});
