// Russian chat, names on no list opening a message (ru-chat.ts, ru-chat-iotated.ts, ru-chat-clipped.ts): a name that declines with a vowel
// before its case ending after у, с, к or a verb of telling (`у тахирбая`, `с Есенией`); a subject after an
// interjection Russian does not know, after a chat opener (`кароч`, `вобщем`), before a dative pronoun or `так и не`;
// a given name before such a subject; a past tense with о for ё after ш (`пришол`); a clipped vocative (`Маш, ты где?`).
// Invented names, checked to be on no list in patterns/names/ (the clipped ones are clipped listed names). Synthetic,
// written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const declined: [text: string, name: string][] = [
  ['у Тахирбая спросите он знает', 'Тахирбая'],
  ['у Есении уточните адрес', 'Есении'],
  ['с Есенией говорили вчера', 'Есенией'],
  ['к Ильмураю подошли на кассе', 'Ильмураю'],
];

const subjects: [text: string, name: string][] = [
  ['ммм нурдана опять не пришол', 'нурдана'],
  ['ухх шаходат опять не приехала', 'шаходат'],
  ['эээ нурдана опять не пришла', 'нурдана'],
  ['кароче ильмурод так и не ответил', 'ильмурод'],
  ['кароче бахтигуль так и не перезвонила', 'бахтигуль'],
  ['кароч нурдана мне вчера звонила', 'нурдана'],
  ['кароче ильмурод бахтияр так и не ответил', 'ильмурод бахтияр'],
  ['короче шаходат нурдана так и не перезвонила', 'шаходат нурдана'],
];

describe('a name on no list declined with a vowel before its ending, after a word that takes a person, is the person', () => {
  it.each(declined)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a name on no list opening a message before its verb is the subject', () => {
  it.each(subjects)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

// Everyday nouns and places in those case forms, things that come or fail to, and a role before the verb.
const nameless: string[] = [
  'у компании спросите',
  'известного борца с ксенофобией',
  'к Нокии претензий нет',
  'с линией проблема',
  'у Бразилии спросите',
  'с Индией договорились',
  'к истории вернемся',
  'у сотрудницы спросите',
  'заказ опять не пришол',
  'курьер так и не пришол',
  'эээ заказ опять не пришол',
  'ммм доставка опять не приехала',
  'кароче курьер так и не перезвонил',
  'кароче доставка так и не приехала',
  'кароче магазин так и не ответил',
  'короче посылка мне вчера пришла',
  'вобщем заказ опять не пришел',
  'хмм деньги так и не пришли',
  'кароче мой сосед так и не ответил',
  'кароче наш мастер так и не пришол',
];

describe('a thing, a place or a role in those frames is no name', () => {
  it.each(nameless)('%j masks nothing', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// The clipped vocative (ru-chat-clipped.ts): a given name in -а/-я without its vowel, before a comma.
const clipped: [text: string, name: string][] = [
  ['Маш, ты где?', 'Маш'],
  ['Вась, перезвони', 'Вась'],
  ['Вась , перезвони', 'Вась'],
  ['Лен, глянь почту', 'Лен'],
  ['Коль, можешь подойти?', 'Коль'],
  ['Дим, посмотри заказ', 'Дим'],
  ['маш, ты где', 'маш'],
  ['Оль, скинь фото', 'Оль'],
  ['Насть, позвони как сможешь', 'Насть'],
];

describe('a clipped given name opening a message before a comma is the person addressed', () => {
  it.each(clipped)('%j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

// The same shapes as everyday words opening a list or a sentence.
const clippedWords: string[] = [
  'Свет, газ и вода отключены',
  'Свет, кстати, опять моргает',
  'Коль скоро так, давайте начнём',
  'Лен, хлопок и шерсть',
  'Дом, милый дом',
  'Зал, кухня и спальня',
];

describe('an everyday word of that shape before a comma is no name', () => {
  it.each(clippedWords)('%j masks nothing', (text) => {
    expect(names(text)).toEqual([]);
  });
});
