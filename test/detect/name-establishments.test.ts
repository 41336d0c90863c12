// Businesses and institutions named like people (`Ресторан Афсона`, `кафе Лола`) are places; a person next to a
// place word in another form (`в салоне Дильноза`, `менеджер магазина Мадина`) stays a person.
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const places: string[] = [
  'Ресторан Афсона очень понравился',
  'были в кафе Лола, вкусно',
  'гостиница Малика чистая',
  'магазин Мадина закрыт',
  'клиника Шифо хорошая',
  'ТЦ Самир открылся',
  'Мечеть Минор рядом',
  'Кафе Зорвик закрылось',
  'dorixona Nilufar 24 soat ishlaydi',
  'мейрамхана Айгүл өте жақсы',
  'Ресторан Самарканд Дарвоза понравился, плов вкусный',
  'ходили в ТЦ Бухара Нафиса вчера',
  'отель Хилтон Ташкент хороший',
  'mehmonxona Zarina Buxoro toza',
];

const people: [text: string, name: string][] = [
  ['в салоне Дильноза мастер хорошая', 'Дильноза'],
  ['официант Лола была вежлива', 'Лола'],
  ['менеджер магазина Мадина помогла', 'Мадина'],
  ['в кафе Лола Каримова нас обслужила', 'Лола Каримова'],
  ['в кафе Лола, Ташкент, нас обслужила Нигора', 'Нигора'],
  ['Bozor Rahimov yordam berdi', 'Bozor Rahimov'],
];

describe('a business named like a person', () => {
  it.each(places)('is not a name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person beside a place word', () => {
  it.each(people)('is still masked in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
