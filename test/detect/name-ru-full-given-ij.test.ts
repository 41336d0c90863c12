// An -ий given name on no list right before a patronymic (words.ts): the adjective veto no longer cuts it from the
// name (`Оператор: Евграфий Петрович`). Invented names (checked against the lists), synthetic lines for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('an unlisted -ий given name before a patronymic', () => {
  it.each([
    ['after a speaker label', 'Оператор: Евграфий Петрович, ваш заказ готов.', ['Евграфий Петрович']],
    ['after a customer label', 'Клиент: Пантелеймоний Сергеевич, когда доставка?', ['Пантелеймоний Сергеевич']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an adjective before a patronymic alone', 'Российский Петрович приехал.', ['Петрович']],
    ['a known adjective opening the line', 'Оператор: Последний Петрович звонил.', ['Петрович']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
