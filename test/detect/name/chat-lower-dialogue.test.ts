// Lower-case dialogues (chat-lower-dialogue.ts): the word a role label names, a bare label's word said elsewhere, the
// person thanked at a clause's end, and every other mention of that word; form fields, everyday replies and English
// dialogues stay unmasked. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['an unlisted name after a Russian role label', 'менеджер зарлина: здравствуйте, чем могу помочь?\nклиент: заказ не пришёл', ['зарлина']],
  ['a listed name that is also a word after a role label, and its mentions', 'менеджер яна: здравствуйте! меня зовут яна, чем могу помочь?\nклиент: где заказ', ['яна', 'яна']],
  ['a bare label thanked by the operator', 'оператор: рады были помочь, зармирка!\nзармирка: спасибо, до свидания', ['зармирка', 'зармирка']],
  ['an Uzbek Latin name that is also a word after a role label', 'operator yulduz: buyurtma raqamini ayting, iltimos\nmijoz: raqamim 12345', ['yulduz']],
  ['an Uzbek Latin name thanked by both sides', 'mijoz: rahmat, nodir!\noperator: yordam berganimizdan xursandmiz, nodir!', ['nodir', 'nodir']],
  ['a Kyrgyz name in -ман after a role label and thanked', 'менеджер калыйман: буйрутманын номерин айтыңызчы.\nкардар: рахмат, калыйман!', ['калыйман', 'калыйман']],
  ['a Kazakh name after a role label and thanked', 'оператор төлтай: тапсырыс нөмірін айтыңызшы.\nклиент: рақмет, төлтай!', ['төлтай', 'төлтай']],
];

const notFound: [what: string, text: string, expected: string[]][] = [
  ['an everyday reply after thanks', 'клиент: спасибо, понятно.\nоператор: рады были помочь, хорошего дня!', []],
  ['an Uzbek reply after thanks', 'mijoz: rahmat, tushunarli.\noperator: yordam berganimizdan xursandmiz!', []],
  ['a Kazakh reply after thanks', 'клиент: рақмет, түсінікті.\nоператор: көмектескенімізге қуаныштымыз!', []],
  ['a form field repeated as a label', "mijoz: salom, buyurtma kelmadi\noperator: izoh: buyurtma yo'lda\nizoh: kuryer kechikdi", []],
  ['a role label with its department', 'оператор колл-центра: ваш заказ передан курьеру.\nклиент: спасибо, отлично!', []],
  ['a Kazakh first-person verb closing thanks', 'клиент: рақмет, күтемін!\nоператор: рақмет, күтемін.', []],
  ['an English dialogue', 'support: thanks, mate!\nclient: thanks, guys.', []],
  ['an Uzbek first-person verb closing thanks', 'mijoz: rahmat, kutaman!\noperator: xursandmiz, kutaman!', []],
];

describe('names in lower-case dialogues', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notFound)('does not read %s as a name', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
