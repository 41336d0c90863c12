// tokenize(text, seen, true) re-uses its Token objects from call to call: the tokens and marks must be exactly those
// of a call without `reuse`, for short texts, texts longer than the shared objects, and after either.
import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenStats } from '../../src/text/tokenize.js';

const plain = (token: Token): Token => ({ ...token });
const stats = (): TokenStats => ({ foldable: false, turkicLetter: false });

describe('tokenize with reuse', () => {
  const texts = [
    'Здравствуйте, Зорбек! Заказ 12-34 пришёл.',
    "Salom, men Dilnozaxon O‘g‘ilova, raqamim +998 90 123 45 67",
    '',
    '   ...   ',
    'Hi Quennaly — thanks (again): Жан-Поль',
    'ok',
    Array.from({ length: 5000 }, (_, k) => `Слово${k % 7 === 0 ? 'ё' : ''} word${k}`).join(' '),
    'Спасибо Қасым-Жомарт, рақмет',
  ];

  it.each(texts.map((text, k) => [k, text] as const))('text %i: the same tokens and marks as without reuse', (_, text) => {
    const expectedStats = stats();
    const expected = tokenize(text, expectedStats).map(plain);
    const seen = stats();
    const reused = tokenize(text, seen, true);
    expect(reused.map(plain)).toEqual(expected);
    expect(seen).toEqual(expectedStats);
  });

  it('answers every text of a sequence correctly, long ones between short ones', () => {
    for (const text of [...texts, ...texts.slice().reverse()]) {
      expect(tokenize(text, undefined, true).map(plain)).toEqual(tokenize(text).map(plain));
    }
  });

  it('hands back an array of its own each call (only the objects are shared)', () => {
    const first = tokenize('one two three', undefined, true);
    const second = tokenize('four', undefined, true);
    expect(first).not.toBe(second);
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(1);
  });

  it('leaves calls without reuse untouched by later calls', () => {
    const own = tokenize('Anna and Boris');
    const copy = own.map(plain);
    tokenize('x y z w v', undefined, true);
    expect(own.map(plain)).toEqual(copy);
  });
});
