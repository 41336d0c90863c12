// Korean surnames of the Koryo-saram beside a given name (`Пак Вероника`, `Цой Виктора`) are part of the name; those
// that are also Russian words (шина, пак) are no name alone.
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const people: [text: string, name: string][] = [
  ['Врач Пак Вероника, рекомендую', 'Пак Вероника'],
  ['Хочу отметить работу Цой Виктора', 'Цой Виктора'],
  ['Жалоба на сотрудника Югая Нурлана', 'Югая Нурлана'],
  ['Спасибо, Вероника Хегай, всё доставили', 'Вероника Хегай'],
];

const words: string[] = ['Шина лопнула через неделю', 'Пака взяла с собой', 'Тян из аниме'];

describe('a Korean surname beside a given name', () => {
  it.each(people)('is masked with it in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a Russian word spelt like a Korean surname', () => {
  it.each(words)('is not a name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
