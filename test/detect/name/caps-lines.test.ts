// ALL CAPS writing (caps-lines.ts): a text wholly in capitals is read as lower-case writing, so its cues and frames
// find names on no list; a line in capitals inside ordinary text is lowered but for its listed names, and only when
// it has an everyday word; acronyms, brands and the formal surname in capitals keep their reading.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name on no list in a text written in capitals', () => {
  it.each([
    ['en, after spoke to', 'I SPOKE TO TAVRION YESTERDAY AND HE NEVER CALLED BACK', ['TAVRION']],
    ['en, after thanks to', 'THANKS TO KELVARO FOR THE QUICK REFUND', ['KELVARO']],
    ['uz-latn, after a self-introduction', 'SALOM, MENING ISMIM DILMORA, BUYURTMA KELMADI', ['DILMORA']],
    ['ru, after a role in a line of its own', 'Отзыв о доставке\nДОСТАВКА БЫСТРАЯ, ОПЕРАТОР ТАМИРА ВЕЖЛИВАЯ', ['ТАМИРА']],
  ])('is found (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a listed name in a text written in capitals', () => {
  it.each([
    ['ru, after a role', 'КУРЬЕР ТИМУР ПРИШЁЛ ВОВРЕМЯ, ОЧЕНЬ ВЕЖЛИВЫЙ', ['ТИМУР']],
    ['kk, before a locative and a past tense', 'ЖЕТКІЗУШІ ЕРБОЛАТ УАҚЫТЫНДА КЕЛДІ, РАҚМЕТ', ['ЕРБОЛАТ']],
    ['ky, before an adverb', 'САТУУЧУ АЙПЕРИ АБДАН СЫЛЫК ЭКЕН', ['АЙПЕРИ']],
    ['uz-latn, before an adverb', 'KURYER SARDOR JUDA TEZ KELDI, RAHMAT', ['SARDOR']],
    ['ru, a line in capitals after a line as written', 'Заказ пришёл вовремя.\nСПАСИБО ОГРОМНОЕ КУРЬЕРУ ТИМУРУ', ['ТИМУРУ']],
  ])('is found as written (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('everyday words written in capitals', () => {
  it.each([
    ['ru, a future tense the world surname list holds', 'ВСЁ ОТЛИЧНО, БУДУ ЗАКАЗЫВАТЬ ЕЩЁ'],
    ['ru, the same in a line of its own', 'Всё хорошо.\nВСЁ ОТЛИЧНО, БУДУ ЗАКАЗЫВАТЬ ЕЩЁ'],
    ['ru, a past tense after a noun', 'ТОВАР ПРИШЁЛ ВОВРЕМЯ, КУРЬЕР ВЕЖЛИВЫЙ'],
    ['uz-latn, a first-person present', 'MAHSULOT SIFATI YAXSHI EKAN, TAVSIYA QILAMAN'],
    ['en, a short review', 'GREAT SERVICE, FAST DELIVERY, WILL ORDER AGAIN'],
  ])('are no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('capitals inside ordinary writing', () => {
  it.each([
    ['the formal surname in capitals', 'ИВАНОВ Иван Петрович оформил возврат', ['ИВАНОВ Иван Петрович']],
    ['a full name in capitals on a line of its own', 'ИВАНОВ ИВАН ПЕТРОВИЧ\nАдрес: ул. Навои 5', ['ИВАНОВ ИВАН ПЕТРОВИЧ']],
    ['acronyms and a brand', 'Заказ в ООО UZUM пришёл, USB кабель рабочий', []],
  ])('keeps its reading (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
