import { describe, expect, it } from 'vitest';
import { foldCode, foldHashFinish, foldHashSeed, foldHashStep, foldWord, isAllUpper, lacksUpperCase, startsUpper } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { cpuMilliseconds } from '../helpers/cpu-time.js';
import { skeleton, uzbekCyrillicToLatin, uzbekLatinToCyrillic } from '../../src/text/translit.js';

describe('foldWord', () => {
  it.each([
    ['Пётр', 'петр'],
    ["O‘g‘li", "o'g'li"],
    ['oʻgʻli', "o'g'li"],
    ['o’g’li', "o'g'li"],
    ['o`g`li', "o'g'li"],
    ['АЙГҮЛ', 'айгүл'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('keeps the UTF-16 length', () => {
    for (const word of ['Пётр', "G‘ulom", 'Ёлкин', 'Әсел']) expect(foldWord(word)).toHaveLength(word.length);
  });
});

describe('capitalisation', () => {
  it.each([
    ['Алишер', true],
    ['алишер', false],
    ['Ərzu', true],
    ['Ўктам', true],
  ])('startsUpper(%s) is %s', (word, expected) => {
    expect(startsUpper(word)).toBe(expected);
  });

  it('tells acronyms from capitalised words', () => {
    expect(isAllUpper('ООО')).toBe(true);
    expect(isAllUpper('Иван')).toBe(false);
  });
});

describe('transliteration', () => {
  it.each([
    ['алишер', 'alisher'],
    ["alisher", 'alisher'],
    ['ғулом', 'gulom'],
    ["g'ulom", 'gulom'],
    ['айгүл', 'aigul'],
    ['aygul', 'aigul'],
    ['aigul', 'aigul'],
    ['zhanar', 'janar'],
    ['жанар', 'janar'],
    ['yerlan', 'erlan'],
    ['николай', 'nikolai'],
    ['нұрсұлтан', 'nursultan'],
  ])('the skeleton of %s is %s', (word, key) => {
    expect(skeleton(word)).toBe(key);
  });

  it.each([
    ["o'tkir", 'ўткир'],
    ['shahnoza', 'шаҳноза'],
    ["g'ayrat", 'ғайрат'],
  ])('writes Uzbek Latin %s in Cyrillic as %s', (latin, cyrillic) => {
    expect(uzbekLatinToCyrillic(latin)).toBe(cyrillic);
  });

  it('round-trips Uzbek Cyrillic through Latin', () => {
    for (const word of ['ўткир', 'ғайрат', 'жасур', 'дилноза']) {
      expect(uzbekLatinToCyrillic(uzbekCyrillicToLatin(word))).toBe(word);
    }
  });
});

describe('tokenize', () => {
  const words = (text: string): string[] => tokenize(text).map((token) => text.slice(token.start, token.end));

  it.each([
    ["Alisher Rustam o‘g‘li keldi", ['Alisher', 'Rustam', 'o‘g‘li', 'keldi']],
    ['Қасым-Жомарт Тоқаев', ['Қасым-Жомарт', 'Тоқаев']],
    ['И.И. Иванов', ['И', 'И', 'Иванов']],
    ['привет 👋 Анна', ['привет', 'Анна']],
    ["O'Brien's", ["O'Brien's"]],
    ['-- ,,, ', []],
  ])('splits %j into words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets after an emoji', () => {
    const text = '😀 Анна';
    const [token] = tokenize(text);
    expect(token).toMatchObject({ start: 3, end: 7 });
  });

  it('marks sentence starts', () => {
    const starts = tokenize('Привет. Как дела?\nАнна пишет').map((token) => token.sentenceStart);
    expect(starts).toEqual([true, true, false, true, false]);
  });

  it.each([
    ['Алишер', 'алишер'],
    ['ПЁТР', 'пётр'],
    ["O‘g‘li", "o'g'li"],
    ['Қасым-Жомарт', 'қасым-жомарт'],
  ])('hashes %s like its folded form %s', (word, folded) => {
    const [token] = tokenize(word);
    let hash = foldHashSeed;
    for (const char of foldWord(folded)) hash = foldHashStep(hash, char.charCodeAt(0));
    expect(token?.foldHash).toBe(foldHashFinish(hash));
  });

  it.each(['İlhom', 'ΣΟΦΙΑ', 'Արամ', 'Ким-Ёнг', 'ким-ёнг'])('gives %s no fold hash (it needs the whole word or text folded)', (word) => {
    expect(tokenize(word)[0]?.foldHash).toBe(-1);
  });

  it('is linear on one huge token', () => {
    const text = 'а'.repeat(1_000_000);
    let tokens: ReturnType<typeof tokenize> = [];
    expect(cpuMilliseconds(() => (tokens = tokenize(text)))).toBeLessThan(1000);
    expect(tokens).toHaveLength(1);
  });
});

describe('foldCode', () => {
  it.each([...'AbЯёЁÜİΣ‘’′ʻ`-‐Ә'])('agrees with foldWord on %s or defers to it', (char) => {
    const code = foldCode(char.charCodeAt(0));
    if (code === 0) expect(foldWord(char).length !== 1 || char === 'Σ').toBe(true);
    else expect(String.fromCharCode(code)).toBe(foldWord(char));
  });

  it.each([
    ['İ', 0],
    ['Σ', 0],
    ['中', 0],
    ['Ё', 'е'.charCodeAt(0)],
    ['’', 39],
  ])('folds %s to code %s', (char, expected) => {
    expect(foldCode(char.charCodeAt(0))).toBe(expected);
  });

  it('folds every word of mixed text code by code exactly as foldWord does', () => {
    for (const word of ['Пётр', "O‘g‘li", 'АЙГҮЛ', 'Jürgen', 'Қасым-Жомарт', 'ЎКТАМ', 'Ərzu']) {
      expect(String.fromCharCode(...[...word].map((char) => foldCode(char.charCodeAt(0))))).toBe(foldWord(word));
    }
  });
});

describe('lacksUpperCase', () => {
  it.each([
    ['спасибо алишер, всё хорошо', true],
    ["o‘g‘li rahmat — yaxshi…", true],
    ['Спасибо алишер', false],
    ['ёлка Ё', false],
    ['σ and Σ', false],
    ['İstanbul', false],
    ['ok ｏｋ', undefined],
    ['ok Ａ', undefined],
  ] as const)('says %j has no capital: %s', (text, expected) => {
    expect(lacksUpperCase(text)).toBe(expected);
  });
});
