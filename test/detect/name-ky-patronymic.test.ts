// Kyrgyz father's names ending in -дин before `уулу`/`кызы` (runs.ts): the name's own -дин, not a genitive, so the
// patronymic word stays in the span. Invented names (checked against the lists), synthetic sentences for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('a Kyrgyz patronymic after a father’s name in -дин', () => {
  it.each([
    ['a listed given name, the father in -идин', 'Бакыт Нуридин уулу буйрутма берди', ['Бакыт Нуридин уулу']],
    ['an unlisted given name, the father in -идин', 'буйрутма Эрнис Нуридин уулу атына', ['Эрнис Нуридин уулу']],
    ['lower case, the father in -идин', 'бакыт нуридин уулу чалды бүгүн кечинде', ['бакыт нуридин уулу']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Kyrgyz genitive before "son"', 'Бакыттын уулу келди', ['Бакыттын']],
    ['a Kazakh genitive before "daughter"', 'Камал Хасанның қызы Акшара Хасан келді', ['Камал Хасанның', 'Акшара Хасан']],
  ])('keeps "son"/"daughter" out after a genitive: %s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
