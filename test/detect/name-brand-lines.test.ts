// A product line or plan right after its brand (`Kaspi Gold`, `Uzum Nasiya`) is no person; a person after a brand
// with punctuation between, or a surname by its shape, still is.
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const lines: string[] = [
  'Kaspi Gold картасымен төледім',
  'оплатил через Kaspi Gold, всё пришло',
  'Uzum Nasiya orqali oldim',
  'Skoda Octavia oldim, yaxshi mashina',
];

const people: [text: string, name: string][] = [
  ['спасибо Click, Азиз помог', 'Азиз'],
  ['Uzum Olimova bilan gaplashdim', 'Olimova'],
  ['Men Toshkentdanman, Ravshan ismim', 'Ravshan'],
];

describe('a product line after its brand', () => {
  it.each(lines)('is not a name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person near a brand', () => {
  it.each(people)('is masked in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
