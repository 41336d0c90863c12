// A capitalised everyday word right after a given name, with the punctuation between them left out, opens the next
// clause and is no surname; a Russian everyday word in the given name's case still can be one (`Виктор Понедельник`).

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an everyday word after a given name opens the next clause', () => {
  it.each([
    ['ru, an oblique adjective', 'Спасибо Зорина Хорошего дня', ['Зорина']],
    ['ru, a feminine past tense', 'Оператор Зорина Отправила чек на почту', ['Зорина']],
    ['ru, a plural past tense', 'Менеджер Зорина Проверили заказ', ['Зорина']],
    ['ru, an accusative noun', 'Специалист Мохира Компенсацию вернём завтра', ['Мохира']],
    ['ru, a pronoun', 'Менеджер Мохира Мой номер заказа 5512', ['Мохира']],
    ['kk, a Kazakh noun', 'Менеджер Айгүл Тапсырыс нөмірін айтыңызшы', ['Айгүл']],
    ['kk, a loanword with a case ending', 'Маман Айгүл Чекті поштаңызға жібердік', ['Айгүл']],
    ['ky, a loanword with a case ending', 'Адис Айбек Чекти дарегиңизге жөнөттүк', ['Айбек']],
    ['uz, an Uzbek noun', 'Курьер Жасур Буюртмани олиб келди', ['Жасур']],
    ['ru, a short adjective', 'Оператор Зорина Рады были помочь', ['Зорина']],
    ['ru, a service noun after a greeting', 'Здравствуйте Джамшед Почта для чека такая', ['Джамшед']],
    ['ru, a service noun in a support line', 'Оператор Мохира Номер заказа уточните', ['Мохира']],
    ['kk, a verbal noun with "our"', 'Маман Ботакөз Көмектескенімізге қуаныштымыз', ['Ботакөз']],
    ['ky, a loanword with a case ending right after the role', 'Менеджер Чекти дарегиңизге жөнөттүк', []],
  ])('keeps the word out (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['ru, an everyday noun as a surname', 'В составе сборной Виктор Понедельник выразил мнение.', ['Виктор Понедельник']],
    ['ru, an adjective surname in the nominative', 'На сцену вышла Анна Толстая', ['Анна Толстая']],
    ['ru, both in the dative', 'Передайте Ивану Хорошему спасибо', ['Ивану Хорошему']],
    ['ru, a foreign surname ending like a verb', 'Премьер Романо Проди выступил', ['Романо Проди']],
    ['kk, a Russian word as a surname in Kazakh text', 'Қанат Ислам сынды атақты спортшылар сөз сөйледі.', ['Қанат Ислам']],
    ['kk, a surname with a genitive ending', 'Мария Мудряктың сөзі ұнады', ['Мария Мудряктың']],
    ['uz, a misspelt given name that ends like a case ending, after a role', 'Оператор Малка: ёрдам берганимиздан хурсандмиз', ['Малка']],
  ])('keeps the surname (%s): %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
