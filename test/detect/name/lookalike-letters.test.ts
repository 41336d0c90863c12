// Words typed in two scripts (a Latin look-alike inside a Cyrillic word, or the other way round): detect() reads them
// in their own script, and a name's span still covers the characters as typed.

import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect/index.js';
import { foldMixedScriptWords } from '../../../src/detect/lookalike-letters.js';

function nameTexts(text: string): string[] {
  return detect(text).filter((span) => span.type === 'NAME').map((span) => text.slice(span.start, span.end));
}

describe('foldMixedScriptWords', () => {
  it.each([
    ['a Latin C opening a Russian word', 'Cпасибо', 'Спасибо'],
    ['Latin o and e inside a Russian word', 'Бoльшoе', 'Большое'],
    ['a Latin i inside a Kazakh word', 'бiз', 'біз'],
    ['a Cyrillic А opening an Uzbek Latin word', 'Аziz', 'Aziz'],
    ['a word of look-alikes only, by the script of the rest of the text', '\u0421axap и соль', 'Сахар и соль'],
    ['a word of look-alikes only in Latin text', 'Boxe\u0441 open', 'Boxec open'],
  ])('writes %s in one script', (_label, text, folded) => {
    expect(foldMixedScriptWords(text)).toBe(folded);
  });

  it.each([
    ['a Latin word', 'Cabo Verde'],
    ['a Cyrillic word', 'Сахар'],
    ['a brand with a Kazakh ending', 'Kaspiге төледім'],
    ['a brand of look-alikes with an Uzbek ending', 'OKEYда олдим'],
    ['words of two scripts side by side', 'Привет Aziz'],
  ])('leaves %s as typed', (_label, text) => {
    expect(foldMixedScriptWords(text)).toBe(text);
  });
});

describe('detect() with look-alike letters inside words', () => {
  it.each([
    ['ru, a Latin C in the thanks and a Latin A in the name', 'Cпасибо Aлишеру за помощь', ['Aлишеру']],
    ['ru, Latin o in the thanks and the name', 'Бoльшoе спасибo Oльге!', ['Oльге']],
    ['ru, a Latin T in the name after a thanks verb', 'Xочу поблагодарить Tимура', ['Tимура']],
    ['kk, a Latin A and i in the name', 'Рақмет Aйгерiм, бәрi жақсы', ['Aйгерiм']],
    ['uz-latn, a Cyrillic А in the name', 'Katta rahmat Аzizа opa', ['Аzizа']],
  ])('finds the name (%s): %s', (_label, text, expected) => {
    expect(nameTexts(text)).toEqual(expected);
  });

  it.each([
    ['a greeting with Latin p and e', 'Пpивeт, зaкaз пpишeл'],
    ['a thanks with a Latin C', 'Cпасибо, всё пришло вовремя'],
    ['a role with Latin letters', 'Oпepaтop oчeнь вeжливый'],
    ['a capitalised adjective with a Latin X', 'Доставка Xорошая'],
    ['a brand with a Kazakh ending', 'Kaspiге төледім'],
  ])('finds no name (%s): %s', (_label, text) => {
    expect(nameTexts(text)).toEqual([]);
  });

  it('masks the characters as typed, look-alikes and an invisible character included', () => {
    const text = 'Cпасибо A\u200bлишеру за помощь';
    const [span] = detect(text).filter((found) => found.type === 'NAME');
    expect(span).toMatchObject({ start: 8, end: 16 });
    expect(text.slice(span!.start, span!.end)).toBe('A\u200bлишеру');
  });
});

describe('foldMixedScriptWords inside addresses and ids', () => {
  it.each([
    ['an e-mail address with a Cyrillic а', 'ivаn@mail.ru'],
    ['a word after a digit', 'AB2ABтапсырыс'],
    ['a word before a full stop', 'заказa.b009'],
    ['a word after a full stop', 'почта.рфx'],
  ])('leaves %s as typed', (_label, text) => {
    expect(foldMixedScriptWords(text)).toBe(text);
  });
});
