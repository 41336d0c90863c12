// Russian messages opening with a given name that is also an everyday word (`Любовь`, `Марина`, `Роза`): its ending
// (`Марин-а` like a surname) is no second piece of evidence (ru-everyday.ts everydayGivenName); a verb only a person
// does, a surname or a comma after it still make it the name. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const nameless: string[] = [
  'Любовь к вашему магазину прошла',
  'Любовь и уважение к клиентам где',
  'Марина в заказе оказалась вместо курицы',
  'Любовь к шаурме не купишь',
  'Марина для лодок закрыта на зиму',
];

const named: [text: string, name: string][] = [
  ['Марина позвонила и все объяснила', 'Марина'],
  ['Любовь Орлова сыграла главную роль', 'Любовь Орлова'],
  ['Марина, спасибо за помощь', 'Марина'],
  ['Любовь ответила очень вежливо', 'Любовь'],
  ['Роза приняла заказ', 'Роза'],
];

describe('a given name that is also an everyday word, opening a sentence', () => {
  it.each(nameless.map((text) => [text]))('is the word when nothing else says name: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each(named)('is the name before a person verb, a surname or a comma: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
