// Russian chat: a word on no list before praise (`ойчехра молодец`) or after a verb of speaking or contact that
// agrees with it (`мне ответила бибисара`, `со мной общался эшонкул`) is a person (ru-chat.ts), when Russian does not
// know it in any chat spelling; brands, places to eat and gadgets stay words. Invented names checked to be on no list
// in patterns/names/. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const praised: [text: string, name: string][] = [
  ['ойчехра молодец', 'ойчехра'],
  ['сурхоб молодец быстро все решил', 'сурхоб'],
  ['холбека умница', 'холбека'],
  ['эшонкул красавчик', 'эшонкул'],
  ['мавлюда лучший оператор', 'мавлюда'],
];

const inverted: [text: string, name: string][] = [
  ['мне ответила холбека очень быстро', 'холбека'],
  ['со мной общался эшонкул', 'эшонкул'],
  ['вчера позвонила ойчехра из банка', 'ойчехра'],
  ['мне подсказала мавлюда как вернуть деньги', 'мавлюда'],
  ['сразу перезвонил ойбарчин и все уточнил', 'ойбарчин'],
];

const nameless: string[] = [
  'доставка молодец',
  'курьер молодец',
  'ребята молодцы',
  'мастер молодец',
  'самокат молодец',
  'таксист красавчик',
  'сервис лучший',
  'тикток лучший',
  'бургеркинг лучший',
  'хинкальная лучшая',
  'чайхана лучшая',
  'мне ответила поддержка',
  'позвонил курьер',
  'сказал оператор',
  'помог промокод',
  'ответил бот',
  'звонила сестра',
  'помогла переустановка',
  'ответила техподдержка',
  'позвонил банк',
  'перезвонил менеджер',
  'ответил саппорт',
  'помог чатбот',
  'помогла ватсапка',
  'позвонила диспетчерша',
];

describe('a word on no list beside praise or after a verb of speaking is a person', () => {
  it.each(praised)('before praise: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(inverted)('after a verb of speaking or contact that agrees with it: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(nameless.map((text) => [text]))('a message that names nobody stays unmasked: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
