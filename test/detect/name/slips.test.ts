// slips.ts: oneSlip (a word is another with two inner neighbours swapped, a letter doubled or one left out) and
// someSlipUndone (the readings of a word with one such slip undone).

import { describe, expect, it } from 'vitest';
import { anyCode, oneSlip, someSlipUndone } from '../../../src/detect/name/slips.js';

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

describe('someSlipUndone', () => {
  const readings = (word: string, swapEnd: number): string[] => {
    const seen: string[] = [];
    someSlipUndone(word, anyCode, swapEnd, (reading) => {
      seen.push(reading);
      return false;
    });
    return seen;
  };

  it.each([
    ['a doubled letter typed once, then each inner swap back', 'мееня', 1, ['меня', 'менея', 'мееян']],
    ['no swap of the last two', 'мееня', 2, ['меня', 'менея']],
    ['no swap at all in a short word', 'мееня', 5, ['меня']],
  ] as const)('reads %s: %s', (_, word, swapEnd, expected) => {
    expect(readings(word, swapEnd)).toEqual(expected);
  });
});

it('someSlipUndone stops at the first reading the visit accepts', () => {
  const seen: string[] = [];
  expect(someSlipUndone('мееня', anyCode, 1, (reading) => seen.push(reading) === 2)).toBe(true);
  expect(seen).toEqual(['меня', 'менея']);
});
