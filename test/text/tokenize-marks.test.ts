// tokenize() reports the marks that let the name scan skip passes (dash, colon, comma, parenthesis, inner hyphen).
import { describe, expect, it } from 'vitest';
import { tokenize, type TokenStats } from '../../src/text/tokenize.js';

function marksOf(text: string): Pick<TokenStats, 'dash' | 'colon' | 'comma' | 'parenthesis' | 'hyphen'> {
  const stats: TokenStats = { foldable: false, turkicLetter: false };
  tokenize(text, stats);
  return { dash: stats.dash, colon: stats.colon, comma: stats.comma, parenthesis: stats.parenthesis, hyphen: stats.hyphen };
}

describe('marks between tokens', () => {
  it.each([
    ['Топалов — Крамник', { dash: true, colon: false, comma: false, parenthesis: false, hyphen: false }],
    ['Петров – Сидоров', { dash: true, colon: false, comma: false, parenthesis: false, hyphen: false }],
    ['Петров - Сидоров', { dash: true, colon: false, comma: false, parenthesis: false, hyphen: false }],
    ['Жан-Поль Сартр', { dash: false, colon: false, comma: false, parenthesis: false, hyphen: true }],
    ['Оператор Анна: здравствуйте', { dash: false, colon: true, comma: false, parenthesis: false, hyphen: false }],
    ['Зейін, рахмет', { dash: false, colon: false, comma: true, parenthesis: false, hyphen: false }],
    ['Джоэл Саймон (Joel Simon)', { dash: false, colon: false, comma: false, parenthesis: true, hyphen: false }],
    ['слово- дефис', { dash: true, colon: false, comma: false, parenthesis: false, hyphen: false }],
    ['3:1 — 14:51 Бернс (Сен-Луи, Хитли)', { dash: true, colon: true, comma: true, parenthesis: true, hyphen: true }],
    ['', { dash: false, colon: false, comma: false, parenthesis: false, hyphen: false }],
  ])('%j has %j', (text, marks) => {
    expect(marksOf(text)).toEqual(marks);
  });

  it.each(['a—b', 'x:y', 'p,q', 'f(g)', 'a-b', 'a -b', 'Привет, Алишер — это я: (тест)'])('agrees with a search of the text in %j', (text) => {
    const marks = marksOf(text);
    expect(marks.colon).toBe(text.includes(':'));
    expect(marks.comma).toBe(text.includes(','));
    expect(marks.parenthesis).toBe(text.includes('('));
    expect(marks.hyphen === true || marks.dash === true).toBe(text.includes('-') || text.includes('—'));
  });
});
