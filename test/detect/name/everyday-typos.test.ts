// Everyday words with one slip in them (everyday-typos.ts): a misspelt role, title or everyday word on no list is read
// as the word it misspells, not as a name or the first word of one; names, listed or unlisted, stay names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a misspelt role or title before a name', () => {
  it.each([
    ['Russian operator, swapped letters', 'Опертаор Зарвина: ваш заказ передан курьеру.', ['Зарвина']],
    ['Russian patient, a doubled letter', 'Пациеннт Дроздов Ефрем Ильич жалоб не имеет.', ['Дроздов Ефрем Ильич']],
    ['Uzbek Latin doctor, a doubled letter', 'Shifookr Tojiboyev Sardor Olim o‘g‘li juda yaxshi ko‘rdi.', ['Tojiboyev Sardor Olim o‘g‘li']],
    ['Uzbek Cyrillic doctor, swapped letters', 'Шфиокор Ҳамроев Нодирбек Лочинович жуда яхши кўрди.', ['Ҳамроев Нодирбек Лочинович']],
    ['Uzbek Latin courier, swapped letters', 'Kruyer Zebiniso soat 10:25gacha keladi.', ['Zebiniso']],
    ['Uzbek Latin document word with an ending, a doubled letter', 'Hujjjatga Rahimova Dilnoza imzo qo‘ydi.', ['Rahimova Dilnoza']],
    ['Kazakh employee, swapped letters', 'Қызметкре Сейтжанов Ерболат дөрекі сөйледі.', ['Сейтжанов Ерболат']],
    ['Kazakh manager as a dialogue label', 'Менеджре Айкерім: Тапсырыс нөмірін айтыңызшы.', ['Айкерім']],
    ['Russian courier ending like a surname, a doubled letter', 'Оператор Лариса: Куурьер Тимофей будет у вас до 17:40.', ['Лариса', 'Тимофей']],
    ['Kyrgyz doctor, swapped letters', 'Даыргер Асанова Бермет Кубанычбек кызы жакшы карады.', ['Асанова Бермет Кубанычбек кызы']],
  ])('is left out of the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a misspelt everyday word or place alone', () => {
  it.each([
    ['English, a doubled letter', 'Thanks, suppport helped with the refund.'],
    ['a town, swapped letters', 'Мой адрес: улица Фурката, Нкуус.'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name one slip from an everyday word', () => {
  it.each([
    ['an unlisted Kazakh given name', 'Толқын Әбенова тапсырысты тексерді.', ['Толқын Әбенова']],
    ['an unlisted given name one swap from a word', 'Шариф Одинаев позвонил вчера.', ['Шариф Одинаев']],
    ['a misspelt surname that is also an English word', 'Harry Praker called me twice.', ['Harry Praker']],
    ['a misspelt given name one slip from a word', 'Кнат Асанов дөрекі сүйлөдү.', ['Кнат Асанов']],
    ['a four-letter given name one left-out letter from a role', 'Жиынға Әмин Сейтқалиев пен Ғани Бекенұлы қатысты.', ['Әмин Сейтқалиев', 'Ғани Бекенұлы']],
    ['thanked after a label', 'Клиент: Спасибо, Аселина!', ['Аселина']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
