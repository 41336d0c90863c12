// The person a dialogue line addresses right after its role label (label-addressees.ts): set off by a comma, `!` or
// `?`, or in the accusative before a verb of calling, in text the Turkic passes do not read as Turkic. Invented names
// (checked against the lists), synthetic lines for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('the addressee after a dialogue line’s role label', () => {
  it.each([
    ['a Kyrgyz customer line without Kyrgyz letters', 'Кардар: Бекмырза, заказым кайда?', ['Бекмырза']],
    ['a Kazakh customer label', 'Тұтынушы: Балауса, рахмет!', ['Балауса']],
    ['a Kazakh cashier label', 'Кассир: Айбарша, чек керек пе?', ['Айбарша']],
    ['a Russian client label', 'Клиент: Айгизя, где мой заказ?', ['Айгизя']],
    ['a Russian buyer label', 'Покупатель: Ильсур, сколько стоит доставка?', ['Ильсур']],
    ['an English seller label in a code-switched dialogue', 'Seller: Akbota, thanks for waiting.', ['Akbota']],
    ['a Kyrgyz accusative before "call"', 'Кардар: Сагынайды чакырып бериңизчи?', ['Сагынайды']],
    ['a Kyrgyz accusative before "call", a second line after', 'Кардар: Тынарбекти чакырыңызчы?\nКызматкер: Азыр.', ['Тынарбекти']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['thanks after a Kyrgyz label', 'Кардар: Рахмат, жакшы.'],
    ['a typo of "number" after a Russian label', 'Клиент: Номмер, заказа?'],
    ['"sorry" after a Kyrgyz label', 'Кардар: Кечиресиз, заказ кайда?'],
    ['"yes" after a Kyrgyz label', 'Клиент: Ооба, туура.'],
    ['"OK" after an Uzbek label', 'Mijoz: Xop, rahmat.'],
    ['"girl" after a Russian label', 'Клиент: Девушка, где заказ?'],
    ['my order in the accusative before "call"', 'Кардар: Буйрутмамды чакырып бериңизчи?'],
    ['the manager in the accusative before "call"', 'Кардар: Менеджерди чакырыңыз.'],
    ['"of course" after a Kazakh label', 'Оператор: Әрине, қазір тексеремін.'],
    ['"unfortunately" after an Uzbek label', 'Operator: Afsuski, buyurtma kechikmoqda.'],
    ['an English -ly adverb after an agent label', 'Agent: Unfortunately, the item is out of stock.'],
    ['"sorry" after an agent label', 'Agent: Sorry, one moment please.'],
    ['"of course" after a Russian label', 'Оператор: Конечно, сейчас проверю.'],
    ['"by the way" after a Russian label', 'Менеджер: Кстати, заказ уже в пути.'],
  ])('%s: %j masks nothing', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
