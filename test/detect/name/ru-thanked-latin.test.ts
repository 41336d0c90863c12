// A name in Latin letters thanked in Russian for what only a person gives (ru-thanked-latin.ts); a brand thanked for
// delivery stays a brand.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a Latin-script name thanked in Russian for help', () => {
  it.each([
    ['for help', 'Спасибо Oybarchin за помощь.', ['Oybarchin']],
    ['for help, more after', 'Спасибо Oybarchin за помощь, всё отлично.', ['Oybarchin']],
    ['big thanks', 'Большое спасибо Tilekmat за консультацию.', ['Tilekmat']],
    ['for patience', 'Благодарю Zhanylai за терпение.', ['Zhanylai']],
  ])('is the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a brand, for delivery', 'Спасибо Qulaymart за быструю доставку.'],
    ['a brand, for the order', 'Спасибо Uzum за заказ.'],
    ['an English word', 'Спасибо Support за помощь.'],
    ['Russian typed in Latin', 'Спасибо Magazin за помощь.'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
