// detect() sees through invisible characters and look-alike digits/ASCII: spans cover them in the original text.

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { FOLDABLE_ALL, INVISIBLE_ALL, plainDigitCount, visibleView } from '../../src/detect/invisible.js';

describe('visibleView', () => {
  it.each([
    ['plain text, which is returned as is', 'abc', 'abc'],
    ['a zero-width space', 'a\u200bb', 'ab'],
    ['bidi overrides and isolates', '\u202ea\u2066b\u2069', 'ab'],
    ['NUL and other C0 controls, keeping tab and newline', 'a\u0000b\tc\nd\u001f', 'ab\tc\nd'],
    ['a soft hyphen and a byte-order mark', '\ufeffa\u00adb', 'ab'],
    ['fullwidth ASCII and Arabic-Indic digits, folded in place', '＋９ ٩ ۹ a＠b。c', '+9 9 9 a@b.c'],
    ['a small-form @ and full stop, folded in place', 'a\ufe6bb\ufe52c', 'a@b.c'],
  ])('removes or folds %s', (_label, text, visible) => {
    expect(visibleView(text).text).toBe(visible);
  });

  it('maps spans back so they include the invisible characters inside them and none at their edges', () => {
    const view = visibleView('x \u200bab\u200dcd\u200b y');
    const start = view.text.indexOf('abcd');
    expect(view.toOriginal([{ start, end: start + 4 }])).toEqual([{ start: 3, end: 8 }]);
  });
});

describe('plainDigitCount, the one pass detect() makes over every text', () => {
  // The pass reads a per-code-unit table instead of the two regexes; both must agree on every code unit, or a
  // hidden character would slip past the view.
  const invisible = new RegExp(INVISIBLE_ALL.source, 'u');
  const foldable = new RegExp(FOLDABLE_ALL.source, 'u');

  it('says -1 exactly for the code units the view removes or folds, and counts ASCII digits otherwise', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const hides = invisible.test(char) || foldable.test(char);
      const expected = hides ? -1 : 1 + (code >= 0x30 && code <= 0x39 ? 1 : 0);
      if (plainDigitCount(`#${char}1`) !== expected) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['no digits', 'Привет, мир', 0],
    ['ASCII digits anywhere', '+998 (90) 123-45-67', 12],
    ['a hidden character after the digits', '123\u200b', -1],
    ['fullwidth digits, which only the view turns into digits', '１２３', -1],
    ['a Latin letter inside a Cyrillic word, which the view folds', 'Cпасибо 12', -1],
    ['Latin and Cyrillic words side by side', 'Rahmat, Привет 12', 2],
  ])('counts %s', (_label, text, count) => {
    expect(plainDigitCount(text)).toBe(count);
  });
});

describe('detect() with invisible characters inside entities', () => {
  it.each([
    ['an e-mail with a zero-width space before the @', 'пишите ivan\u200b@mail.ru', 'EMAIL', 'ivan\u200b@mail.ru'],
    ['an e-mail with a NUL byte in the domain', 'пишите ivan@ma\u0000il.ru', 'EMAIL', 'ivan@ma\u0000il.ru'],
    ['a phone with a zero-width joiner', 'тел +998 90 123\u200d45 67', 'PHONE', '+998 90 123\u200d45 67'],
    ['a phone with a NUL byte', 'тел +998 90 123\u000045 67', 'PHONE', '+998 90 123\u000045 67'],
    ['a name with a soft hyphen', 'Меня зовут Дильноза Кари\u00adмова', 'NAME', 'Дильноза Кари\u00adмова'],
    ['a phone in fullwidth digits', 'тел ＋９９８ ９０ １２３ ４５ ６７', 'PHONE', '＋９９８ ９０ １２３ ４５ ６７'],
    ['a phone in Arabic-Indic digits', 'тел +٩٩٨ ٩٠ ١٢٣ ٤٥ ٦٧', 'PHONE', '+٩٩٨ ٩٠ ١٢٣ ٤٥ ٦٧'],
    ['an e-mail with a fullwidth @', 'почта ivan＠mail.ru', 'EMAIL', 'ivan＠mail.ru'],
    ['an e-mail with an ideographic full stop', 'почта ivan@mail。ru', 'EMAIL', 'ivan@mail。ru'],
    ['an e-mail with a small-form @ and full stop', 'почта ivan\ufe6bmail\ufe52ru', 'EMAIL', 'ivan\ufe6bmail\ufe52ru'],
  ])('finds %s, covering the hidden character', (_label, text, type, value) => {
    const spans = detect(text, { regions: ['UZ', 'RU'] });
    expect(spans.map((span) => [span.type, text.slice(span.start, span.end)])).toContainEqual([type, value]);
  });

  it('gives the same pseudonymisation key with and without the hidden character', () => {
    const [plain] = detect('пишите ivan@mail.ru', { types: ['EMAIL'] });
    const [hidden] = detect('пишите ivan\u200b@mail.ru', { types: ['EMAIL'] });
    expect(hidden?.normalized).toBeDefined();
    expect(hidden?.normalized).toBe(plain?.normalized);
  });
});
