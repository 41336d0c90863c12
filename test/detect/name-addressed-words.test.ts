// Words after a greeting or thanks that are not the person addressed: the operator's own verbs (`Здравствуйте,
// Беспокоим вас`), polite pronouns (`Благодарю Вас`), a clause that runs on (`Здравствуйте, Чем могу помочь?`), a
// Russian phrase inside Turkic text, a case-marked object after Uzbek thanks, and bare stems of names in -я (`Сон`,
// `кол койду`), and a thing bought before a first-person `oldim`/`алдым` (`2 дона олдим`). Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const notAddressed: string[] = [
  'Здравствуйте, Беспокоим вас из магазина.',
  'Добрый день, Рады вас видеть.',
  'Салом, Ждём вас в магазине.',
  'Здравствуйте, Беспокоит вас служба доставки.',
  'Здравствуйте, Понимаю вас.',
  'Здравствуйте, Приглашаем вас на открытие.',
  'Здравствуйте, Уведомляем о доставке.',
  'Благодарю Вас за помощь',
  'Приветствую Вас',
  'Уважаемый клиент, благодарим Вас за заказ',
  'Мы Вас любим',
  'Здравствуйте, Ваш заказ готов',
  'Оператор: Здравствуйте, Чем могу вам помочь?',
  'Здравствуйте, Внимательно слушаю вас',
  'Оператор: Сәлеметсіз бе! Здравствуйте, слушаю вас',
  'Оператор: Здравствуйте, слушаю вас. Сизга қандай ёрдам керак?',
  'Rahmat, Kurtkani oldim.',
  'Rahmat, Buyurtmangizni oldim.',
  "Raxmat, Sovg'ani oldim",
  'Крепкий Сон гарантирован',
  'bugun Olma oldim',
  'uzumdan Kurtka oldim',
  '2 дона олдим, апрел ойида чегирма бор эди',
  '5 дана алдым, наурыз айында жеңілдік болды',
  '1 dona oldim, avgust oyida chegirma bor edi',
];

const addressed: [text: string, masked: string[]][] = [
  ['Спасибо, Звёздочка!', ['Звёздочка']],
  ['Здравствуйте, Гуля, как дела', ['Гуля']],
  ['передайте Васе спасибо', ['Васе']],
  ['Вася, привет', ['Вася']],
  ['Rahmat, Shohjahon aka', ['Shohjahon']],
  ['салам бекболот, кайда заказ', ['бекболот']],
  ['Документке Ж. Абдыкадыров кол койду', ['Ж. Абдыкадыров']],
  ['buyurtmani dinaradan oldim', ['dinaradan']],
  ['Мен Айгүлден алдым', ['Айгүлден']],
];

describe('after a greeting or thanks', () => {
  it.each(notAddressed)('a word that is not the person addressed: %j masks no such word', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each(addressed)('the person addressed is still masked: %j masks %j', (text, masked) => {
    expect(names(text)).toEqual(masked);
  });
});

// `Я Жду`: after `я` a capitalised everyday word is a verb or an adverb; a name on no list stays the writer's.
describe('after "я"', () => {
  it.each([
    ['a verb', 'Я Жду курьера с утра, спасибо'],
    ['an adverb', 'Я Сразу позвонил в поддержку'],
    ['a short adjective', 'Я Рад, что всё пришло'],
    ['another verb', 'Я Пишу по поводу возврата'],
    ['an auxiliary a name list holds too', 'Я Буду дома после шести, звоните'],
    ['a modal, after a greeting', 'Здравствуйте. Я Могу забрать заказ сам'],
  ])('an everyday word is no name (%s): %j', (_, text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([
    ['a listed name', 'Я Наргиза, пишу по поводу заказа', ['Наргиза']],
    ['a name on no list', 'Я Зорвина, пишу по поводу заказа', ['Зорвина']],
    ['the same word introduced with a full cue', 'Меня зовут Буду, я курьер', ['Буду']],
  ])('the writer is still masked (%s): %j', (_, text, masked) => {
    expect(names(text)).toEqual(masked);
  });
});
