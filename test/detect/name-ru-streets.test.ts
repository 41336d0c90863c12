// Russian chat, streets named after people without the word "street" (ru-street-ellipsis.ts): after на/по, the name is the
// street when an address word stands before it. A complaint about a person, or money sent to one, keeps the name.
// Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const streets: string[] = [
  'живу на Амира Темура, дом 5',
  'доставка на амира темура',
  'офис на Навои 12',
  'еду на Абылай хана',
  'магазин на Бабура закрыт',
  'я живу на Абая',
  'пункт выдачи по Шота Руставели, 7',
];

describe('a street named after a person, without the street word, is not masked', () => {
  it.each(streets)('%j masks nothing', (text) => {
    expect(names(text)).toEqual([]);
  });
});

const people: [text: string, name: string][] = [
  ['жалоба на Алишера', 'Алишера'],
  ['жалоба на курьера Алишера Каримова', 'Алишера Каримова'],
  ['оформили на Зарему Курбанову', 'Зарему Курбанову'],
  ['перевел на Азиза 500 тысяч', 'Азиза'],
];

describe('a person after на is still masked', () => {
  it.each(people)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
