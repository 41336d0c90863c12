// Рамазан / Ramazon and Курбан / Qurbon are feasts and common given names: the feast's own word, a word for a time
// or a congratulation makes them the feast; a surname, a deed or thanks make them a man.
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const feasts: string[] = [
  'Рамазан хайит муборак!',
  'Курбан Хайит куни дўкон ёпиқ',
  'Поздравляем с Рамазаном!',
  'Поздравляю всех с Курбан-байрамом',
  'Qurbon hayit muborak bo\'lsin',
  'Ramazon hayitingiz bilan!',
  'Рамазон ҳайити муборак',
  'В Рамазан магазин работает до 18:00',
  'Во время Рамазана доставка медленнее',
  'Құрбан айт құтты болсын',
  'Ramazon oyi muborak',
  'Поздравляю с Пасхой и Курбаном',
];

const men: [text: string, name: string][] = [
  ['Рамазан Тошматов буюртмани олиб келди', 'Рамазан Тошматов'],
  ['Заказ доставил Курбан, спасибо', 'Курбан'],
  ['Спасибо Рамазану за помощь', 'Рамазану'],
  ['Курбан Алиев привёз заказ', 'Курбан Алиев'],
  ['Qurbon aka yordam berdi', 'Qurbon'],
  ['Договорился с Рамазаном на завтра', 'Рамазаном'],
];

describe('a feast named like a man', () => {
  it.each(feasts)('is not a name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a man named like a feast', () => {
  it.each(men)('is masked in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
