import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Capitalised Kazakh prose: lower-case words a cue made names (a title before, thanks after, a name before).
// Invented names only.
describe('Kazakh news: lower-case possessed nouns and verbs are no names', () => {
  it.each([
    ['a possessed locative-attributive after a head title', 'Сонымен Президент жанындағы кеңес өтті.', []],
    ['a possessed dative before thanks', 'Жеңімпаздың туған еліне алғысы шексіз.', []],
    ['the verb after "buying"', 'Ведомство жаңа көліктер сатып алуға тыйым салды.', []],
    ['a verbal noun after "buying"', 'Басқарма мемлекеттік сатып алу жоспарын қайта қарады.', []],
    ['a verb right after a full name', 'Қазір менің қасымда хатшы Ерболат Сәрсенұлы тұр.', ['Ерболат Сәрсенұлы']],
    ['an adjective right after a full name', 'Данияр Жанботаев ерікті болып жүрген жастарды қолдады.', ['Данияр Жанботаев']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a lower-case name in the dative before thanks', 'Курьер айгүлге рахмет айтамын.', ['айгүлге']],
    ['a lower-case name ending in -уна before thanks', 'Рақмет мафтуна, бәрі жақсы.', ['мафтуна']],
    ['a buyer before a name', 'Сатып алушы Ерлан Сапаров келді.', ['Ерлан Сапаров']],
    ['an Arabic article on a name', 'Ұлы Абай мен әл-Фарабидің мерейтойы басталды.', ['Абай', 'әл-Фарабидің']],
    ['lower-case chat', 'курьер айгүл сәрсенова жақсы жеткізді рақмет', ['айгүл сәрсенова']],
  ])('keeps %s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
