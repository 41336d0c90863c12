// A customer's lines labelled with the customer's own name, on no list, in a capitalised dialogue with role labels
// (dialogue-bare-labels.ts), and the field labels, misspelt roles and ALL CAPS labels that stay words.
// Invented dialogues and names, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [what: string, text: string, expected: string[]][] = [
  ['a Russian customer label after an operator line', 'Оператор Анна: Назовите номер заказа.\nКулбарой: Номер заказа 5070106627.', ['Анна', 'Кулбарой']],
  ['an Uzbek Latin customer label after an operator line', 'Operator Nodira: Buyurtma raqami?\nQulbaroy: Raqamim ikki yuz.', ['Nodira', 'Qulbaroy']],
  ['a Kazakh customer label after a manager line', 'Менеджер Айдос: Тапсырыс нөмірін айтыңызшы.\nЖанбөпеш: Нөмірім төрт жүз.', ['Айдос', 'Жанбөпеш']],
  ['an English customer label after an agent line', 'Agent Tom: How can I help?\nQuorvel: The order has not come.', ['Tom', 'Quorvel']],
];

const notFound: [what: string, text: string, expected: string[]][] = [
  ['a Russian address field', 'Оператор: Чем помочь?\nАдрес: Ташкент, Чиланзар.', []],
  ['an Uzbek comment field', 'Operator: Buyurtma raqami?\nIzoh: tez yetkazing.', []],
  ['a Kazakh details field', 'Оператор: Сәлеметсіз бе?\nДеректемелер: төменде.', []],
  ['an English subject field', 'Agent: How can I help?\nSubject: late delivery.', []],
  ['a misspelt Uzbek "customer" label', "Operator Nodira: Buyurtma raqami?\nMjioz: raqam yo'q.", ['Nodira']],
  ['an ALL CAPS label', 'Оператор: Чем помочь?\nСМС: код не пришёл.', []],
  ['a Russian ticket answered by e-mail (Re:)', 'Re: заказ не пришёл, курьер не звонил.', []],
  ['an English ticket answered by e-mail (Re:)', 'Re: order\nHi team, the parcel is late.', []],
  ['labels with no role line: a form, not a dialogue', 'Кулбарой: Номер заказа 5070106627.\nКулбарой: Когда привезут?', []],
];

describe('a bare line label in a dialogue', () => {
  it.each(found)('reads %s as a name', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notFound)('leaves %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
