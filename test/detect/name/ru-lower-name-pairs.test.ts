// Lower-case Russian chat: a given name and a surname next to it agreeing in case and gender
// (ru-lower-name-pairs.ts, read by ru-chat-lower-slots.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a given name and its surname in one case', () => {
  it.each([
    ['a listed name and an unlisted surname opening the message', 'драгомир жмуров обещал вернуть деньги до пятницы', ['драгомир жмуров']],
    ['a Korean surname before a given name and patronymic', 'пациент пак глеб игоревич, записан на среду', ['пак глеб игоревич']],
    ['an unlisted surname before a given name and patronymic', 'пациент ашурпур мавзуна фарруховна, записан на среду', ['ашурпур мавзуна фарруховна']],
    ['a Korean surname in the genitive before them', 'отзыв о работе врача тена олега ивановича: всё отлично', ['тена олега ивановича']],
    ['an -ский surname after a listed given name', 'меня зовут иван загоруйский, пишу по заказу', ['иван загоруйский']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no surname taken where the words disagree or are everyday words', () => {
  it.each([
    ['an adjective before a given name and patronymic', 'спасибо большое ольге петровне за помощь', ['ольге петровне']],
    ['a man\'s surname after a woman\'s name', 'беляна жмуров обещал вернуть деньги', []],
    ['a common adjective after a given name', 'спасибо ольге городской за помощь', ['ольге']],
  ])('keeps to the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
