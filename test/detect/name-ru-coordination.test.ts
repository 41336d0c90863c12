// Russian chat, names in a list (ru-coordination.ts): a word Russian does not know (or a listed first name) joined
// by `и` or a comma to a name, in the same case, or opening a clause as `X и Y` before a plural past tense. Invented
// names checked to be on no list in patterns/names/. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const listed: [text: string, masked: string[]][] = [
  ['алишер и эшкул приехали вдвоем', ['алишер', 'эшкул']],
  ['спасибо сардору и карамату', ['сардору', 'карамату']],
  ['жамшид, ахрор и давлат грузили', ['жамшид', 'ахрор', 'давлат']],
  ['азиз и зарема мне помогли', ['азиз', 'зарема']],
  ['Алишер и Эшкул приехали вдвоем', ['Алишер', 'Эшкул']],
  ['Спасибо Сардору и Карамату', ['Сардору', 'Карамату']],
  ['Азиз и Зарема мне помогли', ['Азиз', 'Зарема']],
];

describe('a name in a list with another name is masked', () => {
  it.each(listed)('%j masks %j', (text, masked) => {
    expect(names(text)).toEqual(masked);
  });
});

const nameless: string[] = [
  'спасибо алишеру и доставке',
  'пицца и бургер пришли холодные',
  'курьер и оператор помогли',
  'самса и лагман понравились',
  'заказывали айфон и эирподсы, пришли быстро',
  'азиз и вайлдберриз доставили',
  'ребята и девчата помогли',
  'Калоев, потерявший семью, заявил об этом',
  'В споре победил мэр Лужков, узнавший обо всем',
];

describe('a list beside a name keeps its everyday words', () => {
  it.each(nameless)('%j masks no list word', (text) => {
    const masked = names(text);
    expect(masked.every((name) => ['алишеру', 'азиз', 'Калоев', 'Лужков'].includes(name))).toBe(true);
  });
});
