// `Пак` and `Шин`, Korean surnames that are also Russian words, alone after a verb of speaking or contact.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a Korean surname that is also a word, as the subject after its verb', () => {
  it.each([
    ['capitalised, after "called"', 'Позвонила Пак и всё объяснила', ['Пак']],
    ['lower case, after "called"', 'позвонила пак и всё объяснила', ['пак']],
    ['lower case, after "helped me"', 'мне помогла пак', ['пак']],
    ['after "talked with me"', 'Со мной общалась Пак', ['Пак']],
    ['a man, after "rang"', 'Звонил Пак, спросил адрес', ['Пак']],
    ['the other surname, after "called"', 'Позвонил Шин из банка', ['Шин']],
    ['with a given name after it', 'Мне помогла Пак Елена', ['Пак Елена']],
  ])('is a person (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after "bought"', 'Купила пак, а там брак'],
    ['after "brought"', 'Принес пак молока'],
    ['after "delivered"', 'Доставила Пак вовремя'],
    ['after "checked", which takes a thing', 'Уточнила пак сока или нектара'],
    ['after "suggested", which takes a thing', 'Подсказала пак какой взять'],
  ])('is no person (%s): %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});
