// Russian chat typed without any capital: the places a person stands in that the capital letter used to mark
// (ru-chat-lower-slots.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case name in a place only a person takes', () => {
  it.each([
    ['after `это была`', 'это была зорислава из службы доставки', ['зорислава']],
    ['after `это был`', 'это был велизар из службы доставки, спасибо', ['велизар']],
    ['a listed name also a word after `позовите пожалуйста`', 'позовите пожалуйста марину к телефону', ['марину']],
    ['after a complaint and `на`', 'хочу пожаловаться на эльмурада, он нагрубил мне по телефону', ['эльмурада']],
    ['the subject after a feminine past tense', 'заказ номер 45871 оформляла сайрина, всё чётко', ['сайрина']],
    ['the subject after a past tense and a date', 'заказ от 12 марта оформляла сайрина, всё чётко', ['сайрина']],
    ['a listed name after a verb of coming', 'приехал руслан и забрал старый холодильник', ['руслан']],
    ['after a role and a comma', 'доставка вчера, курьер айдамир, претензий нет', ['айдамир']],
    ['after a role and a dash', 'курьер - айдамир, номер заказа 4412', ['айдамир']],
    ['opening its clause before a deed', 'зулмира опять перепутала адрес доставки', ['зулмира']],
    ['opening its clause before `не` and a deed', 'эльмурад не взял трубку, пришлось звонить в поддержку', ['эльмурад']],
    ['a listed name also a word, before a department', 'вера из поддержки очень помогла с возвратом', ['вера']],
    ['addressed right after a role label', 'оператор: зорислава, ваш заказ передан курьеру.\nклиент: спасибо', ['зорислава']],
    ['a dialogue line labelled with the name', 'оператор: чем могу помочь?\nзорислава: где мой заказ 4412?', ['зорислава']],
    ['a listed given name with an unlisted surname', 'хочу поблагодарить менеджера анну шевчук за помощь', ['анну шевчук']],
    ['a given name in the dative with an unlisted surname', 'спасибо ольге ковальчук за быструю доставку', ['ольге ковальчук']],
    ['a listed name also a word, talked with', 'общалась с викторией, она всё решила', ['викторией']],
    ['a pet name also a word, agreed with', 'договорились с гулей на субботу', ['гулей']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name in those places', () => {
  it.each([
    ['a thing after `это был`', 'это был худший опыт в моей жизни'],
    ['a thing after a complaint', 'хочу пожаловаться на качество упаковки'],
    ['an everyday word after `позовите`', 'позовите менеджера к телефону пожалуйста'],
    ['a role after a past tense', 'вчера приезжал курьер с пиццей, всё холодное'],
    ['a praise word after a role', 'курьер - молодец, номер заказа 4412'],
    ['a thing the subject brought', 'курьер привез самсунг, всё целое'],
    ['a misspelt word after a past tense', 'заказ оформила вчеар, всё пришло'],
    ['a misspelt word after a role label', 'оператор: ноемр заказа, пожалуйста?\nклиент: 4412'],
    ['a form field, no dialogue', 'пинфл: 30127574035677\nинн: 123456789'],
    ['a misspelt word after a given name', 'курьер прохор бует у вас до 7:47, ждите звонка'],
    ['an everyday word after a given name', 'спасибо анне большое за помощь с заказом'],
    ['a role talked with', 'общалась с оператором, она всё решила'],
    ['a shop agreed with', 'договорились с магазином на субботу'],
    ['a name that is an abstract noun, as a manner', 'договорились с надеждой на скидку'],
  ])('finds none but the names (%s): %s', (_, text) => {
    expect(names(text).filter((name) => name !== 'прохор' && name !== 'анне')).toEqual([]);
  });
});

describe('a lower-case surname alone where a person stands', () => {
  it.each([
    ['a surname in -ов before a deed', 'зарубов опять перепутал заказ, третий раз', ['зарубов']],
    ['a listed surname in -енко before `не` and a deed', 'петренко не выдал чек, жду уже неделю', ['петренко']],
    ['a Korean surname before a department', 'ким из бухгалтерии всё объяснил, спасибо', ['ким']],
    ['a Korean surname before a deed', 'ли опять перепутал заказ, третий раз', ['ли']],
    ['a listed surname in -ова before a department', 'кузнецова из бухгалтерии всё объяснила, спасибо', ['кузнецова']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no surname in a noun of the same shape', () => {
  it.each([
    ['a shop in -ин', 'магазин опять перепутал заказ, третий раз'],
    ['a man in -ина', 'мужчина на кассе нагрубил, а охранник промолчал'],
    ['a catalogue before a department', 'каталог из офиса опять перепутал цены'],
    ['a genitive plural', 'заказов не было уже неделю'],
    ['a head in -ова, no deed', 'голова кругом, курьер опять опоздал'],
  ])('keeps it out (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
