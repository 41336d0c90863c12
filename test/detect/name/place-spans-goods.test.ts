// Goods sold under a name (`сок Дары`, `торт Наполеон`) and Turkic shops named like people (`Ақмарал дүкені`) are not
// persons (place-spans.ts productSpan, namedEstablishment); the person a thing goes to, and a shop's owner in the
// genitive, stay names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name that names goods or a shop', () => {
  it.each([
    ['sweets', 'Конфеты Роза очень вкусные.'],
    ['a chocolate bar', 'Шоколад Алёнка пришёл растаявшим.'],
    ['a dish in the accusative', 'Заказал пиццу Маргарита и пасту.'],
    ['a cake', 'Торт Наполеон свежий.'],
    ['cheese', 'Сыр Виола испорченный.'],
    ['a cake in Uzbek', 'Tort Napoleon juda mazali.'],
    ['a Kazakh shop', 'Ақмарал дүкені жабық болды.'],
    ['a Kyrgyz shop in the dative', 'Бүгүн Айпери дүкөнүнө бардым, жабык экен.'],
    ['an Uzbek shop', "Malika do'koni yopiq edi."],
    ['an Uzbek cafe with a case ending', 'Kecha Lola kafesiga bordik.'],
    ['a Kazakh cafe in the locative', 'Жасмин кафесінде отырдық.'],
    ['a car make after taxi', 'Такси Лада, машина 01 A 123 BC.'],
    ['a car make after taxi, Latin', 'Вызвал такси Kia, приехало быстро.'],
    ['a plan', 'Тариф Роза подключил, интернет медленный.'],
    ['a promo code opening the span', 'Промокод Лето не работает.'],
    ['a card system', 'Карта Мир не проходит.'],
    ['a Latin car make after taxi', 'Такси Lada, машина 01 A 123 BC.'],
    ['a town spelt like a name and an honorific', 'Посылка ещё в Алма-Ата.'],
    ['a resort spelt like a name and an honorific', 'Чолпон-Ата шаарында эс алдык.'],
  ])('is not a person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person beside goods or a shop', () => {
  it.each([
    ['the person a cake goes to', 'Передайте торт Алишеру.', ['Алишеру']],
    ['a courier who brought it', 'Торт привезла Айгуль, спасибо.', ['Айгуль']],
    ['a Kyrgyz owner in the genitive', 'Айгүлдүн дүкөнү жабык.', ['Айгүлдүн']],
    ['a Kazakh owner in the genitive', 'Ақмаралдың дүкені жабық болды.', ['Ақмаралдың']],
    ['an Uzbek owner in the genitive', "Dilnozaning do'koni yopiq.", ['Dilnozaning']],
    ['a person going to a shop', "Malika do'konga bordi.", ['Malika']],
    ['a person in a cafe', 'Айгүл кафеде отыр.', ['Айгүл']],
    ["a Russian owner's cakes", 'У Алишера торты вкусные.', ['Алишера']],
    ['a courier after his role word', 'Курьер Алишер привёз заказ.', ['Алишер']],
    ['a person a plan is for', 'Тариф подключили Дильнозе вчера.', ['Дильнозе']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a name after the preposition в', () => {
  it.each([
    ['where a delivery goes', 'Доставка в Лада стоила 9 000 сум.', []],
    ['where a parcel still is, in mixed text', 'Trek LP00123, ещё в Мина.', []],
    ['a masculine accusative after love', 'Влюбилась в Азиза.', ['Азиза']],
  ])('%s: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
