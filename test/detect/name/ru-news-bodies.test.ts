// Russian news (ru-news-bodies.ts): the agency or club before a person's name, a settlement after `город`, a place in
// a list of places and a body after a title are not read as a person. Invented names and sentences, written for
// pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const trimmed: [frame: string, text: string, expected: string[]][] = [
  ['an agency of two unknown words before a given name and a surname', 'В тюрьме остаётся фотограф Глобал Ньюс Марат Жолдасов, сообщил источник.', ['Марат Жолдасов']],
  ['a paper of two unknown words after a title', 'Об этом рассказал корреспондент Дейли Стандард Олег Варенцов.', ['Олег Варенцов']],
];

const kept: [what: string, text: string, expected: string[]][] = [
  ['a first given name Russian knows as a word, before a listed given name', 'Президент Барак Хусейн Обама прибыл в Берлин.', ['Барак Хусейн Обама']],
  ['surname, given name and patronymic', 'Приказ подписал Варенцов Олег Петрович.', ['Варенцов Олег Петрович']],
  ['a name after the mayor of a city', 'В споре победил мэр города Лужков, узнавший обо всём.', ['Лужков']],
  ['a name in a list of people', 'Спор между Иваном Петровым, Ольгой Сидоренко и Тарасом.', ['Иваном Петровым', 'Ольгой Сидоренко', 'Тарасом']],
  ['a title and a body before a listed pair', 'Глава Думы Вячеслав Ковальчук выступил.', ['Вячеслав Ковальчук']],
  ['a surname in the dative before a noun in the accusative', 'Он передал Жолдасову книгу и ушёл.', ['Жолдасову']],
  ['a surname in the instrumental before an adverb', 'С Жолдасовой вместе работает Олег.', ['Жолдасовой', 'Олег']],
  ['a surname in the instrumental before a verb', 'Встреча с Тарасовым прошла хорошо.', ['Тарасовым']],
  ['a name glossed with a surname particle', 'Выступила Марина Ле Пен (Marine Le Pen) на съезде.', ['Марина Ле Пен', 'Marine Le Pen']],
  ['a surname opening the sentence before a plural verb', 'Жолдасова встретили в аэропорту.', ['Жолдасова']],
  ['a name at the end of a quoted sentence', 'Он сказал: «Спасибо, Олег Варенцов».', ['Олег Варенцов']],
];

const notPersons: [what: string, text: string][] = [
  ['a town of two words after `города`', 'Самолёт вылетел из города Вестбрук Хилл в Южной Каролине.'],
  ['a town after `город` and an adjective', 'Нефть пойдёт в китайский город Жанцин.'],
  ['a country between two listed countries and `и`', 'Заявки пришли из Германии, Зеландов и Австрии.'],
  ['a country between two listed countries and commas', 'Гости приехали из Польши, Корвинов, Литвы.'],
  ['a republic after a president', 'Она выступила на выборах президента Республики.'],
  ['a capitalised adjective before a noun in the instrumental', 'Компания сотрудничает с калифорнийской Литиевой долиной и подала заявку.'],
  ['a capitalised adjective before a masculine noun in the instrumental', 'Владелец завладел Никелевым заводом в прошлом году.'],
  ['a lower-case adjective and noun in the genitive', 'Поезд остановился у края стартового поля, ввиду поломки.'],
  ['a corner glossed by a Romance phrase with an article', 'Он допустил ошибку в повороте Вирассэ (La Virasse), заблокировав колёса.'],
  ['a corner glossed by an English phrase with an article', 'Он ошибся в повороте Вирассэ (The Virasse) на трассе.'],
  ['a city in -ополис after a dash', 'Построят нефтепровод Бургас - Телеополис к 2015 году.'],
  ['a plural noun opening the sentence before a plural verb', 'Туристов встретили местные жители.'],
  ['a firm whose name fills a quotation', 'Компании «Корвин Уэб Сервисес» и «Тарн Ойл» подписали договор.'],
];

describe('bodies and places around names in Russian news', () => {
  it.each(trimmed)('reads only the person after %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(kept)('keeps %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text) => {
    expect(names(text)).toEqual([]);
  });
});
