// tokenize() reports the marks between tokens that let the name scan skip passes (dash, colon, comma, parenthesis).
import { describe, expect, it } from 'vitest';
import { tokenize, type TokenStats } from '../../src/text/tokenize.js';

function marksOf(text: string): Pick<TokenStats, 'dash' | 'colon' | 'comma' | 'parenthesis'> {
  const stats: TokenStats = { foldable: false, turkicLetter: false };
  tokenize(text, stats);
  return { dash: stats.dash, colon: stats.colon, comma: stats.comma, parenthesis: stats.parenthesis };
}

describe('marks between tokens', () => {
  it.each([
    ['Топалов — Крамник', { dash: true, colon: false, comma: false, parenthesis: false }],
    ['Петров – Сидоров', { dash: true, colon: false, comma: false, parenthesis: false }],
    ['Петров - Сидоров', { dash: true, colon: false, comma: false, parenthesis: false }],
    ['Жан-Поль Сартр', { dash: false, colon: false, comma: false, parenthesis: false }],
    ['Оператор Анна: здравствуйте', { dash: false, colon: true, comma: false, parenthesis: false }],
    ['Зейін, рахмет', { dash: false, colon: false, comma: true, parenthesis: false }],
    ['Джоэл Саймон (Joel Simon)', { dash: false, colon: false, comma: false, parenthesis: true }],
    ['слово- дефис', { dash: true, colon: false, comma: false, parenthesis: false }],
    ['3:1 — 14:51 Бернс (Сен-Луи, Хитли)', { dash: true, colon: true, comma: true, parenthesis: true }],
    ['', { dash: false, colon: false, comma: false, parenthesis: false }],
  ])('%j has %j', (text, marks) => {
    expect(marksOf(text)).toEqual(marks);
  });

  it.each(['a—b', 'x:y', 'p,q', 'f(g)', 'Привет, Алишер — это я: (тест)'])('agrees with a search of the text in %j', (text) => {
    const marks = marksOf(text);
    expect(marks.colon).toBe(text.includes(':'));
    expect(marks.comma).toBe(text.includes(','));
    expect(marks.parenthesis).toBe(text.includes('('));
  });
});
