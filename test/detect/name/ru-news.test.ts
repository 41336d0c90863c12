// Russian news prose (ru-news.ts): the frames in which wire copy names people no list holds, and the places, bodies,
// families and series it must not read as one person. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a bullet line before a country, the given name a Russian word form', '• Тора Мельский (Норвегия)', ['Тора Мельский']],
  ['a bullet line before a country and a rating', '• Гора Вельский (Норвегия, 31, 2600)', ['Гора Вельский']],
  ['a bullet line with a -ский surname', '• Лада Тарский (Норвегия)', ['Лада Тарский']],
  ['a title and a country before the pair', 'Президент Малави Нгози Дан заявил о решении.', ['Нгози Дан']],
  ['a title and a body acronym before the pair', 'Позже глава японского МИДа Кэнсиро Тамаки отметил, что визит неуместен.', ['Кэнсиро Тамаки']],
  ['a king and an ordinal', 'Указ подписал король Ардвин Второй.', ['Ардвин Второй']],
  ['a tsar and an epithet', 'Он ведёт себя, словно царь Ардвин Грозный.', ['Ардвин Грозный']],
  ['a foreign -ман surname in the instrumental', 'Переговоры с Фарнсманом продолжатся.', ['Фарнсманом']],
  ['a foreign -ман surname in the genitive', 'Судья поддержал решение Брюкмана.', ['Брюкмана']],
  ['a Romanian -ян surname that does not decline, inside the sentence', 'Матч между Топалевым и Юстиняну прошёл в среду.', ['Топалевым', 'Юстиняну']],
  ['a Romanian -ян surname opening the sentence', 'Юстиняну занимает третье место.', ['Юстиняну']],
  ['a listed given name Russian also knows as a word, before the surname', 'Это план Барака Рубовски по созданию рабочих мест.', ['Барака Рубовски']],
  ['an unknown given name in a vowel opening the sentence, before the surname', 'Оринда Райс опровергает слухи.', ['Оринда Райс']],
  ['a double given name whose first part is on no list', 'Матч с участием чемпиона Европы 2005 года Ливиу-Дитер Юстиняну прошёл в среду.', ['Ливиу-Дитер Юстиняну']],
  ['a lawyer of the plaintiffs, the genitive plural left out', 'Это говорит адвокат истцов Томас Вельмен.', ['Томас Вельмен']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['an organisation compound', 'Интерпол сообщил о задержании.', []],
  ['a plural locative', 'Референдум пройдёт на Апеннинах в июне.', []],
  ['a family in the plural', 'Он третий из братьев Тамаевых, на которых совершены покушения.', []],
  ['a series with a number', 'Он стал пилотом Формулы-1 в прошлом году.', []],
  ['a state after a compass adjective', 'Самолёт приземлился в Южной Каролине.', []],
  ['a city after Сан', 'Турнир прошёл в Сан Луисе (Аргентина).', []],
  ['a city as people call it, after в', 'Мы гуляли в Питере с друзьями.', []],
  ['a compound opening the sentence is no given name', 'Пресс-служба Тамаева заявила о празднике.', ['Тамаева']],
  ['a misspelt role opening the line is no given name', 'Менеджр Зарина: добрый день.', ['Зарина']],
  ['a bullet of an adjective and a noun', '• Северный Поток (Россия)', []],
  ['a bullet of two everyday words', '• Зенит Арена (Санкт-Петербург)', []],
  ['a bullet of a company compound', '• Газпром Нефть (Россия)', []],
  ['a bullet of a place adjective and a noun', '• Красная Площадь (Москва)', []],
  ['an Uzbek or Kyrgyz first person in -арман, capitalised', 'Ответ был короткий: Келарман.', []],
  ['a city of two parts before a surname', 'Вчера в Сан-Диего Брюкман выиграл.', ['Брюкман']],
];

const kept: [what: string, text: string, expected: string[]][] = [
  ['a surname in -их that does not decline', 'Ответственный: Е. Непомнящих, тел. +998 93 440 23 30.', ['Е. Непомнящих']],
  ['a person after the title, given name and surname on the lists', 'Указ подписал король Майкл Джексон.', ['Майкл Джексон']],
  ['a dative after thanks', 'Спасибо Анне за помощь.', ['Анне']],
  ['a prepositional after о', 'Я писала о Марине в отзыве.', ['Марине']],
  ['an Uzbek first person future in -аман', 'Юлдуз опа, оламан деди.', ['Юлдуз']],
  ['a lower-case surname after a role word in lower-case chat', 'оператор соколов иван помог', ['соколов иван']],
];

describe('names in Russian news prose', () => {
  it.each(found)('finds the person in %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(kept)('keeps %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
