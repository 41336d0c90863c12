// Capitalised Russian customer messages that name nobody: a family word, a service or an institution opening the
// sentence before a verb of speech (`Брат сказал`, `Поддержка ответила`), and chat replies (`Норм, спасибо`).
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const messages: string[] = [
  'Брат сказал что посылка пришла',
  'Сестра ответила на звонок курьера',
  'Мама позвонила в поддержку',
  'Муж забрал заказ вчера',
  'Жена написала отзыв за меня',
  'Сын помог оформить заказ',
  'Дочь получила посылку',
  'Бабушка ждала курьера весь день',
  'Сосед расписался за меня',
  'Подруга посоветовала этот магазин',
  'Поддержка ответила через час',
  'Оператор ответил грубо',
  'Менеджер обещал перезвонить',
  'Курьер сказал что не найдёт дом',
  'Водитель позвонил за минуту',
  'Продавец сказал что возврата нет',
  'Администратор извинилась',
  'Охрана не пустила курьера',
  'Банк ответил что деньги вернутся',
  'Магазин написал что товара нет',
  'Норм, спасибо',
  'Ок, спасибо',
  'Супер, спасибо за быструю доставку',
  'Ладно, жду',
  'Понятно, спасибо',
  'Хорошо, спасибо большое',
  'Отлично, всё пришло',
  'Ясно, буду ждать',
  'Спасибо, всё пришло',
  'Класс, спасибо',
  // A lower-case everyday word read as a surname through a Turkic case ending (`упаков` + `-ка`) after a name that is
  // also a word (`Мила` "sweet").
  'Мила упаковка, спасибо',
  'Роза упаковка порвалась',
];

const named: [text: string, name: string][] = [
  ['Мой брат Алишер сказал что посылка пришла', 'Алишер'],
  ['Сестра Дильноза ответила на звонок', 'Дильноза'],
  ['мой муж адлет забрал заказ', 'адлет'],
];

describe('capitalised Russian messages without a name', () => {
  it.each(messages)('leave %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a family word before a given name', () => {
  it.each(named)('masks the name in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

// English loanwords in -back end like Central Asian given names in -бек (`кешбек`, `фидбек`), which stay names.
const loanwords: string[] = [
  'кешбек пришел только через неделю',
  'фидбек оставила вчера',
  'камбек случился',
  'флешбек накрыл',
  'Кэшбэк не начислили',
];
const bekNames: [text: string, name: string][] = [
  ['айбек пришел вовремя', 'айбек'],
  ['курьер нурбек опоздал', 'нурбек'],
];

describe('loanwords ending in -бек', () => {
  it.each(loanwords)('leave %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each(bekNames)('while a given name in -бек is masked in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

// Chat slang the hunspell lexicon does not know, thanked or praised (common-ru-chat.txt), is nobody.
const slangAfterThanks: string[] = ['спасибо кайфово', 'спасибо пжлст', 'спасибо саппорту', 'спасибо норм'];

describe('chat slang after thanks', () => {
  it.each(slangAfterThanks)('leaves %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([['спасибо адлету', 'адлету'], ['спасибо зарине', 'зарине']])('while %j thanks a person', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

// Praise words the hunspell lexicon does not know, after a service role (`кассир умничка`), and chat slang for the
// app (`приложуха`), are nobody.
describe('praise and slang after a role or thanks', () => {
  it.each(['кассир умничка', 'оператор красавчик', 'курьер молодчинка', 'спасибо приложухе'])('leaves %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// Thanks and praise phrases before a person in Russian (`низкий поклон`, `выразить благодарность`), and Kazakh
// `алғыс` after the person thanked: the word there is the person, listed or not.
describe('thanks phrases around a person', () => {
  it.each([
    ['хочу выразить благодарность зорвику', 'зорвику'],
    ['низкий поклон зорвику', 'зорвику'],
    ['плюс в карму зорвику', 'зорвику'],
    ['зорвикке алғыс айтамын', 'зорвикке'],
  ])('masks the person in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it.each(['благодарность магазину', 'низкий поклон вашей команде', 'плюс в карму доставке', 'алғыс айтамын'])('leaves %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
});
