// Russian chat, a capitalised given name that is a thing bought or sold (ru-chat-things.ts): `купил Ладу` is a car,
// while `встретил Ладу` and `купил Ладе цветы` are people. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const things: string[] = [
  'Брат купил Ладу вчера',
  'сосед продал Ладу за копейки',
  'мы купили новую Ладу в кредит',
  'отец пригнал Ладу из другого города',
];

describe('a given name in the accusative after a verb of buying or selling is a thing', () => {
  it.each(things)('%j masks nothing', (text) => {
    expect(names(text)).toEqual([]);
  });
});

const people: [text: string, name: string][] = [
  ['вчера встретил Ладу у магазина', 'Ладу'],
  ['брат купил Ладе цветы', 'Ладе'],
  ['я купил Марине подарок', 'Марине'],
];

describe('a person met, or one bought for, stays a name', () => {
  it.each(people)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
