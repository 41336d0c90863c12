import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Name-free code-switched messages: a capitalised everyday word that its own script's lexicon knows is no name.
describe('capitalised everyday words in code-switched messages are not names', () => {
  it.each([
    ['Russian in Latin letters inside a Cyrillic sentence', 'Доставка норм, но Upakovka была мятая.'],
    ['a dish in Latin letters inside a Cyrillic sentence', 'Очень вкусно, но Lagman был холодный'],
    ['praise after a role in title case', 'Курьер Молодец, Tez Yetkazdi!'],
    ['praise after a role, title case and Cyrillic only', 'Отлично, Курьер Молодец!'],
    ['a Russian word in Latin letters after thanks, shaped like a surname', 'spasibo upakovka'],
    ['a Russian word in Latin letters after a greeting', 'privet dostavka ne prishla'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a surname that is also a Russian word in Latin letters', 'Спасибо Kuznetsov за помощь', ['Kuznetsov']],
    ['a name that is also a word, after a role in plain text', 'Operator Резеда очень помогла', ['Резеда']],
    ['an English name on an English line of a longer text', 'Клиент: где заказ?\nHi - Jory here, checking now', ['Jory']],
    ['a surname in Latin letters after thanks', 'spasibo tursunova, vse bystro', ['tursunova']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the reply to a Muslim greeting, on a dialogue line of its own, is no signature', () => {
  it.each([
    ['in Cyrillic after a dash', 'ассалому алейкум, заказ где?\n— ваалейкум ассалом'],
    ['in Uzbek Latin after a dash', 'assalomu alaykum\n- vaalaykum assalom'],
    ['in Kazakh after a dash', 'сәлеметсіз бе\n— уағалейкум ассалам'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

