// Russian prose (ru-news-eponyms.ts): a person named after a lower-case head: a law, an effect or a disease named
// after its finder, and an Arabic or Hebrew patronymic particle. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a law named after a physicist', 'Это объясняет закон Вельтмана для пружин.', ['Вельтмана']],
  ['a law at the sentence start', 'Закон Вельтмана описывает упругость.', ['Вельтмана']],
  ['a disease in the genitive', 'Он страдает от болезни Торнквиста уже год.', ['Торнквиста']],
  ['a theorem whose name is also a Russian word', 'Это следует из теоремы Ферма.', ['Ферма']],
  ['a patronymic particle in lower case', 'Он изучал труды ибн Рушдана о медицине.', ['ибн Рушдана']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['a city after law', 'Закон Москвы о парковках принят.', []],
  ['an adjective after law', 'Закон Божий изучали в школе.', []],
  ['a country adjective after law', 'По закону Российской Федерации это запрещено.', []],
  ['a body after law', 'Закон Евросоюза вступил в силу.', []],
  ['a product name in a review', 'Число Заказов растёт.', []],
];

describe('a person named by a law, an effect or a particle', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
