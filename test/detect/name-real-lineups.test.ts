import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented surnames: -ов (found by its ending) next to weak endings (-ук, -ану) that need the line-up.
describe('a weak surname in a sports line-up with a found surname', () => {
  it.each([
    ['paired by a dash after the found surname', '• Зорбитов — Бренисяну 1:0', ['Зорбитов', 'Бренисяну']],
    ['paired by a dash, opening the line', '• Бренисяну — Зорбитов 0,5:0,5', ['Бренисяну', 'Зорбитов']],
    ['a scorer before the assists in parentheses', '• 2:1 — 14:51 Зорбальчук (Бренитов, Зорбин)', ['Зорбальчук', 'Бренитов', 'Зорбин']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['no found surname in the parenthesis', 'Итог сезона: Зорбальчук (Москва, 2010)', []],
    ['an everyday word before a surname in parentheses', 'Решение (Бренитов, Зорбин) принято.', ['Бренитов', 'Зорбин']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('goal lines of a match report: score, game time, scorer and assistants', () => {
  it.each([
    ['a scorer and two assistants, one of them an everyday word', '• 1:1 — 03:54 Зорбенс (Рой, Бренли)', ['Зорбенс', 'Рой', 'Бренли']],
    ['a scorer alone', '• 2:1 — 09:17 Зорниц', ['Зорниц']],
    ['a hyphenated assistant', '• 3:1 — 14:51 Зорбенс (Сен-Бренли, Зорли), ГБ', ['Зорбенс', 'Сен-Бренли', 'Зорли']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a time range before a place', 'Встреча 10:30 — 12:00 Москва (офис)'],
    ['a time range before an everyday word', 'Приём 10:30 — 12:00 Обед'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
