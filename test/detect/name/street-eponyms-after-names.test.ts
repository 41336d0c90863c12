// A driver's or courier's name right before a street, station or district named after someone: the person has one
// given name at most (with a surname or patronymic), the rest names the place (runs.ts personBeforeStreet).

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name before a street named after a person', () => {
  it.each([
    ['a given name before a two-word station name', 'Taksi haydovchisi Zarnigor Alisher Navoiy metro bekatigacha olib bordi.', ['Zarnigor']],
    ['a given name before a two-word street name', 'Taksi haydovchisi Sarvar Amir Temur ko‘chasigacha olib bordi.', ['Sarvar']],
    ['a given name before a district name', "Haydovchi Nilufar Mirzo Ulug'bek tumanigacha olib bordi.", ['Nilufar']],
    ['a surname and given name before a street name', 'Haydovchi Karimov Sarvar Amir Temur ko‘chasiga olib bordi.', ['Karimov Sarvar']],
    ['Cyrillic Uzbek', 'Курьер Сарвар Алишер Навоий кўчасига олиб борди.', ['Сарвар']],
  ])('masks the person only (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a given name and surname before a street name', 'Haydovchi Sarvar Karimov Amir Temur ko‘chasiga olib bordi.', ['Sarvar Karimov']],
    ['a one-word street name keeps its old reading', 'Taksi haydovchisi Durdona Furqat ko‘chasiga olib bordi.', ['Durdona']],
    ['a Kazakh given name and surname before a city', 'Әнші Димаш Құдайберген Нью-Йорк қаласында концерт берді.', ['Димаш Құдайберген']],
  ])('keeps the whole person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
