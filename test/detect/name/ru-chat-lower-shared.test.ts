// Lower-case Russian chat: a listed given name that is also an everyday word (`марина`, `роман`, `виктория`) where
// the sentence leaves it nothing else to be, and a surname alone after a role or before `работе` (ru-chat-lower-slots.ts).
// Invented contexts.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a given name that is also a word, where only a person stands', () => {
  it.each([
    ['thanked', 'огромное спасибо марине за помощь с возвратом', ['марине']],
    ['thanked with `благодарю`', 'благодарю романа за помощь с возвратом', ['романа']],
    ['complained about', 'жалоба на романа: грубил и не выдал чек', ['романа']],
    ['opening its clause before a deed', 'марина опять перепутала заказ, третий раз', ['марина']],
    ['before a word of manner', 'виктория очень вежливая, всё объяснила', ['виктория']],
    ['opening the message before thanks and a comma', 'роман, спасибо за помощь с возвратом', ['роман']],
    ['talked with', 'мы с мариной ждали курьера два часа', ['мариной']],
    ['after `это` before a department', 'привет, это роман из доставки, заказ у вас', ['роман']],
    ['before a listed surname', 'роман морозов не перезвонил, как обещал', ['роман морозов']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a surname alone after a role or before a deed', () => {
  it.each([
    ['after a role, before a deed', 'курьер петров приехал вовремя, всё вежливо', ['петров']],
    ['whose work is meant', 'отзыв о работе петрова: всё отлично', ['петрова']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the everyday word stays a word', () => {
  it.each([
    ['faith and hope thanked', 'спасибо вере и надежде за помощь'],
    ['a pronoun thanked', 'спасибо тому, кто упаковывал заказ'],
    ['a car that broke down', 'лада опять сломалась на трассе, курьер опоздал'],
    ['a feeling that came', 'любовь пришла неожиданно, как и курьер'],
    ['hope waited with', 'мы с надеждой ждали ответа от магазина'],
    ['a shop whose work is meant', 'отзыв о работе магазина: всё отлично'],
    ['a role before a deed', 'курьер опять опоздал, третий раз подряд'],
  ])('leaves it (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
