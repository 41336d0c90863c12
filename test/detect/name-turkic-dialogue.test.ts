// A Turkic dialogue line's first word after its speaker label, set off by a comma, is the person addressed
// (turkic-dialogue.ts, real-vocatives.ts). Invented names (checked against the lists), synthetic lines written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('vocatives opening a Turkic dialogue line', () => {
  it.each([
    ['a Kazakh manager addressing the client', 'Менеджер: Айнамкөз, сізге ертең хабарласамыз.', ['Айнамкөз']],
    ['a Kyrgyz manager addressing the client', 'Менеджер: Айчүрөк, сизге эртең чалабыз.', ['Айчүрөк']],
    ['the second line of a Kazakh dialogue', 'Клиент: Тапсырысым қайда?\nОператор: Айкөркем, тапсырысыңыз жолда.', ['Айкөркем']],
    ['a two-word label', 'Сатып алуучу: Рахмат!\nАдис Нурбек: Күмүшай, дагы кайрылыңыз.', ['Нурбек', 'Күмүшай']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Kazakh "fine" opening the line', 'Клиент: Жақсы, рахмет.'],
    ['a Kazakh "of course" opening the line', 'Оператор: Әрине, қазір тексеремін.'],
    ['a Kyrgyz "yes" opening the line', 'Кардар: Ооба, күтөм.'],
    ['a Kazakh "understood" opening the line', 'Клиент: Түсінікті, рахмет сізге.'],
    ['a Kyrgyz "sorry" opening the line', 'Оператор: Кечиресиз, азыр текшерем.'],
    ['a colon after a time, not a label', 'Кеше 14:30 Жақсы, келді деп жазды.'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
