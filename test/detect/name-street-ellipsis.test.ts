// Streets named after people with the street word left out (`магазин на Абая`, `на углу Абая и Байтурсынова`) are
// places; the same names after `на` in other senses (`жалуюсь на Ивана`, `перевел на Азиза 500`) stay people.
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const streets: string[] = [
  'Магазин на Амира Темура закрыт',
  'филиал на Абая работает до 20:00',
  'живу на Бабура, доставьте туда',
  'доставьте на Шота Руставели 12',
  'ресторан на Амира Темура 107 очень вкусный',
  'пункт выдачи на Толе би не работает',
  'аптека на Абылай хана, 55',
  'находится на Мирзо Улугбека',
  'на углу Абая и Байтурсынова',
  'кафе на Навои 12 закрылось',
  'ресторан на Абая, 107Б.',
  'Университет имени Абая',
  'учусь в школе им. Алишера Навои',
  'библиотека имени Бабура закрыта',
  'Филиал Kapitalbank на Амира Темура работает до шести.',
  'магазин Korzinka на Бабура открыт',
];

const people: [text: string, name: string][] = [
  ['жалуюсь на Ивана из доставки', 'Ивана'],
  ['обиделась на Дильнозу, оператора', 'Дильнозу'],
  ['надеюсь на Алишера, он обещал', 'Алишера'],
  ['записалась на Ольгу Петровну, мастера', 'Ольгу Петровну'],
  ['перевел на Азиза 500 тысяч', 'Азиза'],
  ['перевел на Азиза 500', 'Азиза'],
  ['заказ оформлен на Алишера Каримова', 'Алишера Каримова'],
  ['жалоба на Тимура, курьера магазина', 'Тимура'],
  ['пришел парень по имени Алишер', 'Алишер'],
  ['пишу от имени Севары Маликовой, она в больнице', 'Севары Маликовой'],
  ['звоню от имени Тимура, он занят', 'Тимура'],
];

const besideCorner: [text: string, names: string[]][] = [
  ['встретились на углу с Алишером и Азизом', ['Алишером', 'Азизом']],
  ['на углу Амира Темура и Бабура стоит Алишер', ['Алишер']],
];

describe('people near a corner phrase', () => {
  it.each(besideCorner)('%j masks %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a street named after a person, without the street word', () => {
  it.each(streets)('is not a name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person after на', () => {
  it.each(people)('is still masked in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it('is masked beside a street in the same message', () => {
    expect(names('живу с Алишером на Бабура 5')).toEqual(['Алишером']);
  });
});
