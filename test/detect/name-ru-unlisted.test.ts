// Russian chat, names on no list (ru-chat.ts with ru-unlisted.ts): a word Russian does not know, where chat puts a
// person, with a second piece of evidence from its place: a verb only a person does that agrees with it as its
// subject, or the case ending the preposition or verb before it asks for. Invented names checked to be on no list
// in patterns/names/. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const subjects: [text: string, name: string][] = [
  ['зарема поможет, она в курсе', 'зарема'],
  ['эшкул говорит что посылка на складе', 'эшкул'],
  ['эшкул скажет когда привезут', 'эшкул'],
  ['карамат обещает перезвонить', 'карамат'],
  ['мухлиса пишет что возврат одобрен', 'мухлиса'],
  ['хайдар отвечает очень долго', 'хайдар'],
  ['зарема помогла разобраться', 'зарема'],
  ['эшкул сказал подождать', 'эшкул'],
  ['карамат не перезвонил', 'карамат'],
  ['Ефросинья ответила за минуту', 'Ефросинья'],
  ['Зарема поможет, она в курсе', 'Зарема'],
  ['Эшкул говорит что посылка на складе', 'Эшкул'],
];

const objects: [text: string, name: string][] = [
  ['спасибо большое от меня для заремы', 'заремы'],
  ['у эшкула был мой заказ', 'эшкула'],
  ['звонок от карамата пропустил', 'карамата'],
  ['передала документы для мухлисы', 'мухлисы'],
  ['напишите ойнисе пожалуйста', 'ойнисе'],
  ['хочу поговорить с асрором', 'асрором'],
  ['заказ был у тошмата в машине', 'тошмата'],
  ['попросила мухлису проверить заказ', 'мухлису'],
  ['жду давлата уже два часа', 'давлата'],
  ['У Эшкула был мой заказ', 'Эшкула'],
  ['Хочу поговорить с Асрором', 'Асрором'],
];

const beforeRoles: [text: string, name: string][] = [
  ['зарема из поддержки сказала ждать', 'зарема'],
  ['эшкул из отдела доставки не отвечает', 'эшкул'],
  ['мухлиса с ресепшена была вежлива', 'мухлиса'],
  ['карамат курьер приехал рано', 'карамат'],
  ['ахрор менеджер все объяснил', 'ахрор'],
  ['давлат оператор помог', 'давлат'],
  ['Зарема из поддержки сказала ждать', 'Зарема'],
];

const elsewhere: [text: string, name: string][] = [
  ['пишу о мавлюде, она молодец', 'мавлюде'],
  ['поблагодарите асрора от меня', 'асрора'],
  ['девушка мухлиса очень милая', 'мухлиса'],
  ['ойниса знает все про тарифы', 'ойниса'],
  ['Жду ответа, Карамат', 'Карамат'],
  ['Пишу о Мавлюде, она молодец', 'Мавлюде'],
];

describe('a word on no list that Russian does not know is a name where a person stands', () => {
  it.each(elsewhere)('after о, a verb of thanks or a person word, before знает, or closing a message: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(beforeRoles)('before a service role or department: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(subjects)('as the subject of a person verb: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each(objects)('in the case its preposition or verb asks for: %j masks %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

// The same places with a word Russian knows in some spelling, a thing, a compound, an adjective or a plural verb.
const nameless: string[] = [
  'промокод не работает',
  'лагман остыл',
  'стиралка работает',
  'курер сказал подождать',
  'памагла разобраться подруга',
  'мухлисы отвечали долго',
  'корпорация подала заявку на сотрудничество с инноградом',
  'придется работать с браузерной платформой',
  'спасибо доставочке',
  'спасибо курьерчику',
  'спасибо магазинчику',
  'девушка с ресепшена была вежлива',
  'промокод из поддержки не пришел',
  'звонок из поддержки был вчера',
  'лагман курьер привез холодный',
  'стиралка курьер занес на этаж',
  'промокод не работает, скрин прилагаю',
  'отзыв о рабте врача',
  'мы ждали куьера два часа',
  'девушка курьер была вежлива',
  'Жду ответа, Узум',
  'Спасибо, Ташкент',
  'чатбот ответил сразу',
  'спасибо чатботу за ответ',
  'вайфай в пункте выдачи не работает',
];

describe('the same places keep everyday words, typos and things', () => {
  it.each(nameless)('%j is not masked', (text) => {
    expect(names(text)).toEqual([]);
  });
  it('keeps a listed diminutive in -ик after thanks (`благодаря радику`)', () => {
    expect(names('ставлю пять, но только благодаря радику')).toEqual(['радику']);
  });
});
