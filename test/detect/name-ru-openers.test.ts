// Russian chat: a message opening with the person it then speaks to, before вы, ты or an imperative (`икбола
// подскажите`, ru-vocatives.ts), when the word is no everyday word in any chat spelling; and a listed name that is
// also an everyday word as the subject of a past tense only a person does (`роза приняла заказ`, ru-chat.ts).
// Invented names checked to be on no list in patterns/names/. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const addressed: [text: string, name: string][] = [
  ['ойчехра подскажите где мой заказ', 'ойчехра'],
  ['сурхоб вы лучший', 'сурхоб'],
  ['холбека скажите когда привезут', 'холбека'],
  ['эшонкул посмотрите пожалуйста заказ', 'эшонкул'],
  ['мавлюда вы очень помогли', 'мавлюда'],
  ['ойбарчин проверьте статус', 'ойбарчин'],
];

const everydayNames: [text: string, name: string][] = [
  ['роза приняла заказ', 'роза'],
  ['вера сказала ждать до завтра', 'вера'],
  ['марина оформила возврат', 'марина'],
  ['надежда ответила в чате', 'надежда'],
  ['вчера роман позвонил и все объяснил', 'роман'],
];

const nameless: string[] = [
  'хелп подскажите где заказ',
  'юзум вы обнаглели',
  'камон вы серьезно',
  'кароче вы где',
  'вобщем вы не правы',
  'пипец вы долго',
  'вааще ты о чем',
  'тоесть вы не вернете деньги',
  'шаурмичная вы где',
  'девчули подскажите',
  'ребят подскажите',
  'народ подскажите где пункт выдачи',
  'алло вы где',
  'здрасьте подскажите пожалуйста',
  'девушки помогите',
  'пжлст помогите',
  'админ вы тут',
  'роза завяла через день',
  'слава богу курьер позвонил',
  'надежда умирает последней',
  'любовь прошла',
  'вера в ваш сервис пропала',
  'весна пришла а заказа нет',
  'лилия в букете завяла',
  'роман прочитала за вечер',
];

describe('a word opening a message before вы or an imperative is the person addressed', () => {
  it.each(addressed)('%j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(everydayNames)('a name that is also a word, before a past tense only a person does: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(nameless.map((text) => [text]))('a message that names nobody stays unmasked: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
