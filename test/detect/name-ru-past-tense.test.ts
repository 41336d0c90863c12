// A name that is also an everyday Russian word, opening a sentence before a past tense (ru-past-tense.ts): the verb
// vouches for it only when a person does it and it agrees. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const things: string[] = [
  'Роза завяла через день после доставки.',
  'Роман заказала дочке на день рождения, книга отличная.',
  'Лилия завяла в дороге.',
  'курьер приехал рано утром, спасибо',
  'исследователи надеются, что рано или поздно это получится',
];

const people: [text: string, name: string][] = [
  ['Роза приняла заказ.', 'Роза'],
  ['Вера сказала ждать.', 'Вера'],
  ['Рано помогла с возвратом.', 'Рано'],
];

describe('a name that is also a word, before a past tense', () => {
  it.each(things)('a thing’s verb or another subject’s: %j masks nothing', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each(people)('a verb only a person does, agreeing: %j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
