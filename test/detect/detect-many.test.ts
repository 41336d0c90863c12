// detectMany(): the same spans as detect() on each text, whatever the batch, the options and the hidden characters.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectMany } from '../../src/detect/index.js';
import type { DetectOptions } from '../../src/types.js';

// Synthetic texts: names, phones and e-mails in the product's languages, invisible characters and look-alike
// digits inside entities, a phone inside a name's reach, and texts with nothing to find.
const texts = [
  'Здравствуйте, меня зовут Алишер Навоиев, мой номер +998 90 123-45-67.',
  'Salom Jasur aka, pochta: jasur.karimov@mail.uz, tel 90 123 45 67',
  'Айгүл Нұрланқызы, хабарласыңыз 8 701 234 56 78',
  'Спасибо, всё пришло вовремя.',
  '',
  '+998\u200b90\u200b123\u200b45\u200b67 — Дильноза',
  'ivan＠mail。ru и ９９８９０１２３４５６７',
  'ivan [at] mail dot ru, Иванов И.И.',
  'Заказ 901234567 доставлен, оператор Анна.',
  'Call me at 555-0100 or write to kate@example.com, Kate',
];

const optionSets: [string, DetectOptions][] = [
  ['no options', {}],
  ['names only', { types: ['NAME'] }],
  ['phones and e-mails only', { types: ['PHONE', 'EMAIL'] }],
  ['other regions', { regions: ['KZ', 'RU'] }],
  ['allow and deny lists and a lower threshold', { allow: ['алишер', 'kate@example.com'], deny: ['заказ'], threshold: 0.4 }],
  ['known names', { knownNames: ['Дильноза'] }],
];

describe('detectMany()', () => {
  it.each(optionSets)('gives each text the spans detect() gives it, with %s', (_case, options) => {
    expect(detectMany(texts, options)).toEqual(texts.map((text) => detect(text, options)));
  });

  it('gives nothing for no texts', () => {
    expect(detectMany([])).toEqual([]);
  });

  it('gives the same spans in any order and batch size', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 12 }), (batch) => {
        expect(detectMany(batch)).toEqual(batch.map((text) => detect(text)));
      }),
      { numRuns: 100 },
    );
  });
});
