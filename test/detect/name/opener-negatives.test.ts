// Everyday words opening a message that the name rules read as a person: intensifiers before thanks
// (common-kk.txt, common-uz.txt) and Russian agent and body nouns before a verb of speech (ru-everyday.ts,
// common-ru.txt, job-titles.txt).

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an intensifier before thanks', () => {
  it.each([
    ['Kazakh', 'Көп рахмет!'],
    ['Kyrgyz', 'Көп рахмат, заказ келди.'],
    ['Kazakh, great', 'Зор рахмет сіздерге.'],
    ['Uzbek Latin', "Ko'p rahmat, hammasi zo'r."],
    ['Uzbek Latin, turned apostrophe', 'Ko‘p rahmat!'],
    ['Uzbek Cyrillic', 'Кўп рахмат, буюртма келди.'],
  ])('is not a person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Kazakh, a name after', 'Көп рахмет, Айжаным!', ['Айжаным']],
    ['Uzbek Latin, a name after', "Ko'p rahmat Zarnigor opa", ['Zarnigor']],
  ])('leaves the person thanked a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a Russian agent or body noun before a verb of speech', () => {
  it.each([
    ['an agent noun by -тель', 'Руководитель сообщил, что сроки сдвигаются.'],
    ['an agent noun by -щик', 'Поставщик заявил, что товара нет.'],
    ['a body by -ство', 'Ведомство сообщило о проверке.'],
    ['a body by -ция', 'Администрация ответила на жалобу.'],
    ['a listed body', 'Фонд сообщил о новых грантах.'],
    ['a listed source', 'Источник рассказал о переговорах.'],
    ['a listed role', 'Автор заявил, что книга выйдет весной.'],
    ['a listed medium', 'Телеканал сообщил о переносе эфира.'],
  ])('is not a person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a surname that is also a word', 'Брод напомнил о сроках.', ['Брод']],
    ['a role word, then a surname', 'Свидетель Ломакин заявил журналистам.', ['Ломакин']],
    ['a body, then a full name', 'Поставщик Тимур Ганиев заявил, что товара нет.', ['Тимур Ганиев']],
  ])('leaves the person a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an Uzbek pronoun in a case form opening the sentence before a name', () => {
  it.each([
    ['Latin dative, a listed surname shape', 'Menga Sardorbek yordam berdi', ['Sardorbek']],
    ['Latin dative', 'Sizga Ravshan qo‘ng‘iroq qiladi', ['Ravshan']],
    ['Latin genitive', 'Mening Shahnoza opam keldi', ['Shahnoza']],
    ['Cyrillic dative', 'Менга Сардорбек ёрдам берди', ['Сардорбек']],
  ])('is left out of the span (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
