// Lower-case Russian chat: more words that ask for a person in a case, and a surname's case forms standing alone
// there (ru-lower-governors.ts, read by ru-chat-lower-slots.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case name after a word that asks for a person', () => {
  it.each([
    ['called to the phone', 'позовите к телефону добронегу, она в курсе', ['добронегу']],
    ['asked for by phone', 'можно марину к телефону? жду уже десять минут', ['марину']],
    ['handed the receiver', 'дайте трубку марине пожалуйста, вопрос по заказу', ['марине']],
    ['asked', 'спросите марину, она оформляла мой заказ', ['марину']],
    ['asked, a listed name also a word', 'спросите веру, она оформляла мой заказ', ['веру']],
    ['a message from', 'не могу дождаться ответа от белослава уже неделю', ['белослава']],
    ['gone to', 'записалась к богумилу на пятницу, подтвердите пожалуйста', ['богумилу']],
    ['talked with', 'мы с белославом всё обсудили по телефону', ['белославом']],
    ['told about', 'хочу оставить отзыв о воронцовой, она молодец', ['воронцовой']],
    ['a day off', 'у марины сегодня выходной? не могу дозвониться', ['марины']],
    ['praised', 'хочу похвалить воронцову, очень вежливо общалась', ['воронцову']],
    ['about whom one writes', 'пишу по поводу лапшиной, она обещала перезвонить', ['лапшиной']],
    ['an unlisted name with a Slavic second half', 'жду звонка от огнеславы с самого утра', ['огнеславы']],
    ['a listed surname in the accusative', 'позовите к телефону белоусову, она в курсе', ['белоусову']],
    ['a listed surname in the instrumental', 'как можно связаться с воронцовым по договору?', ['воронцовым']],
    ['an unlisted surname in the genitive', 'кроме пряхина никто так и не помог', ['пряхина']],
    ['an unlisted -ская surname in the genitive', 'жду звонка от окуневской с самого утра', ['окуневской']],
    ['a man\'s genitive that spells a woman\'s surname', 'у кудрявцева сегодня выходной? не могу дозвониться', ['кудрявцева']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name after those words', () => {
  it.each([
    ['a role called to the phone', 'позовите к телефону старшего, вопрос срочный'],
    ['an everyday word asked for by phone', 'можно администратора к телефону? жду уже десять минут'],
    ['a firm a message comes from', 'жду ответа от банка уже целую неделю'],
    ['a doctor gone to', 'записалась к терапевту на пятницу через приложение'],
    ['a relative talked with', 'мы с мужем всё обсудили по телефону'],
    ['a flower told about', 'хочу оставить отзыв о розе, завяла через день'],
    ['a shop with a day off', 'у магазина сегодня выходной? не могу дозвониться'],
    ['a thing praised', 'хочу похвалить доставку, всё аккуратно'],
    ['faith praised', 'хочу похвалить веру в людей, которую вы вернули'],
    ['a return written about', 'пишу по поводу возврата, обещали перезвонить'],
    ['an adjective talked with', 'связаться с технической поддержкой невозможно'],
    ['a city a parcel comes from', 'посылка из саратова идёт уже неделю'],
    ['a car talked with', 'как можно связаться с ладой сервис по гарантии?'],
  ])('leaves it (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
