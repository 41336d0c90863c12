// Letters stretched for emphasis (`Спасибооо`, `Рахмааат`): the text is read with each stretched run cut to one
// letter, and the spans go back to the text as written.

import { describe, expect, it } from 'vitest';
import { spansAsWritten, stretchedWord, unstretch } from '../../../src/detect/name/stretched-letters.js';
import { names } from '../../helpers/names.js';

describe('stretched letters', () => {
  it.each([
    ['ru, stretched thanks before a name', 'Спасибооо Зорина!!!', ['Зорина']],
    ['ru, lower case, stretched thanks', 'спасибоооо зорина', ['зорина']],
    ['ru, a stretched greeting', 'Здраааавствуйте, Зорина!', ['Зорина']],
    ['ru, a stretched name', 'Зорииинааа, спасибо за помощь', ['Зорииинааа']],
    ['uz, stretched thanks', 'rahmaaat dilnoza opa', ['dilnoza']],
    ['en, stretched thanks', 'thaaanks Torvald for the help', ['Torvald']],
  ])('finds the name (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['ru, no name', 'Спасибооо большоооое, всё пришло'],
    ['uz, no name', 'Zooor, rahmaaat!'],
    ['en, a stretched consonant is cut to two, not to a name', 'We willl call you back. Calll me tomorrow'],
    ['en, a handle that cut short spells a name', 'he looks like idubbbtv'],
  ])('masks nothing (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });

  it('cuts a vowel run to one letter and a consonant run to two', () => {
    expect(unstretch('Спасибооо, willl')?.text).toBe('Спасибо, will');
  });

  it('tells a stretched word from doubled letters and digits', () => {
    expect([stretchedWord('спасибооо'), stretchedWord('ассалом'), stretchedWord('2000'), stretchedWord('ааа')]).toEqual([true, false, false, true]);
  });

  it('moves spans back over the whole run they end in', () => {
    const reading = unstretch('Ой, Зорииина!')!;
    expect(reading.text).toBe('Ой, Зорина!');
    const [span] = spansAsWritten([{ start: 4, end: 10, type: 'NAME', score: 1, source: 'test' }], reading, () => [{ start: 4, end: 12, type: 'NAME', score: 1, source: 'test' }]);
    expect(span).toMatchObject({ start: 4, end: 12 });
  });

  it('drops a span over a stretched run that the text as written does not have', () => {
    const reading = unstretch('Ой, Зорииина!')!;
    expect(spansAsWritten([{ start: 4, end: 10, type: 'NAME', score: 1, source: 'test' }], reading, () => [])).toEqual([]);
  });

  it('leaves a text without a stretched run alone, and a word of one letter only', () => {
    expect(unstretch('Ассалому алайкум, 2000 сум')).toBeUndefined();
    expect(unstretch('ммм, ааа')).toBeUndefined();
  });
});
