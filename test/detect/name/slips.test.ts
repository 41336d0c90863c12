// oneSlip (slips.ts): a word is another with two inner neighbours swapped, a letter doubled or one left out.

import { describe, expect, it } from 'vitest';
import { oneSlip } from '../../../src/detect/name/slips.js';

describe('oneSlip', () => {
  it.each([
    ['two inner neighbours swapped', 'naem', 'name'],
    ['the last two swapped', 'аытм', 'атым'],
    ['a letter doubled', 'атыым', 'атым'],
    ['the last letter doubled', 'operatorr', 'operator'],
    ['an inner letter left out', 'мня', 'меня'],
    ['the last letter left out', 'опертор', 'оператор'],
  ])('reads %s: %s as %s', (_, word, target) => {
    expect(oneSlip(word, target)).toBe(true);
  });

  it.each([
    ['the same word', 'name', 'name'],
    ['a changed letter', 'nave', 'name'],
    ['the first two swapped', 'anme', 'name'],
    ['the first letter left out', 'ame', 'name'],
    ['an added letter that doubles nothing', 'nahme', 'name'],
    ['two slips', 'nmea', 'name'],
  ])('does not read %s: %s as %s', (_, word, target) => {
    expect(oneSlip(word, target)).toBe(false);
  });
});
