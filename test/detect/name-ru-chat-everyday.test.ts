// Lower-case Russian chat: an everyday word is no name through a spelling-variant key of the name lists (`день` →
// den ← `Дэн`), while the listed name beside it stays masked. Synthetic messages written for pii-gate.

import { describe, expect, it } from 'vitest';
import { isRussianFormOf } from '../../src/detect/name/ru-everyday.js';
import { names } from '../helpers/names.js';

const messages: [text: string, name: string, everyday: string][] = [
  ['жду ответа от фарруха уже третий день', 'фарруха', 'день'],
  ['жду ответа от фарруха, у нас семья опять без света', 'фарруха', 'семья'],
  ['спросите у мадины, съемка товара будет завтра', 'мадины', 'съемка'],
  ['жду ответа от фарруха, у нас власть опять сменилась', 'фарруха', 'власть'],
  ['передайте жасуру что жена заказ не получила', 'жасуру', 'жена'],
  ['спросите у мадины сколько стоит доставка на день', 'мадины', 'день'],
  ['отдайте посылку шерзоду, в доме нет людей', 'шерзоду', 'людей'],
  ['спасибо тому, кто помог, и отдельно камиле', 'камиле', 'тому'],
];

describe('an everyday Russian word beside a lower-case name stays unmasked', () => {
  it.each(messages)('in %j masks %j but not %j', (text, name, everyday) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found.some((span) => span.includes(everyday))).toBe(false);
  });
});

const forms: [word: string, base: string, form: boolean][] = [
  ['фарруха', 'фаррух', true],
  ['нодире', 'нодира', true],
  ['машей', 'маша', true],
  ['игорем', 'игорь', true],
  ['сергея', 'сергей', true],
  ['петровой', 'петров', true],
  ['день', 'дэн', false],
  ['семья', 'сэм', false],
  ['жена', 'женя', false],
  ['людей', 'люда', false],
  ['власть', 'власта', false],
];

describe('a word is a Russian case form of a name only with an ending the name takes', () => {
  it.each(forms)('%j of %j: %s', (word, base, form) => {
    expect(isRussianFormOf(word, base)).toBe(form);
  });
});
