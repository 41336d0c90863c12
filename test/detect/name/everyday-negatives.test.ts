// Listed given names that the frame around them reads as an address, goods, a verb or a wish
// (everyday-negatives.ts); the same names as persons stay names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a listed name before a house number and a word for a home or for living there', () => {
  it.each([
    ['Kyrgyz, "I live"', 'Мен Манас 45 турам, курьер таппай калды.'],
    ['Kazakh, "at home"', 'Абая 150 үйде тұрамын.'],
    ['Kazakh, a name as the street', 'Мен Абай 25 тұрамын, подъезд екінші.'],
    ['Uzbek Latin, two words', 'Men Amir Temur 5 uyda turaman.'],
    ['Uzbek Cyrillic, a second word of the street', 'Ибн Сино 17 уй.'],
    ['a hyphenated house word', 'Мен Манас 45-үй.'],
  ])('is a street (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['an age', 'Курьер Манас 45 минутта келди.', ['Манас']],
    ['minutes late', 'Алишер 12 минут опоздал.', ['Алишер']],
    ['Kazakh years of age', 'Абай 25 жасында ақын болды.', ['Абай']],
  ])('stays a name before a number that is no house number (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a Latin make and its model line, before a model number or "I bought"', () => {
  it.each([
    ['Kazakh, a model number and a memory size', 'Braun Spektra 12 128 алдым, жақсы екен'],
    ['Kazakh, a model number, a memory size and its unit', 'Braun Spektra 14 256 GB алдым, батарея начар'],
    ['Uzbek Latin with Russian, "I bought" after the model', 'Braun Orbitra oldim, zaryadka tez tugaydi, пришёл сломанный'],
    ['Kazakh, "I bought" after the model', 'Braun Orbitra алдым, жұмыс істемейді'],
    ['Uzbek Cyrillic, the accusative written apart', 'Кеча дўкондан Braun ни 90 000 сўмга сотиб олдим'],
    ['Uzbek Cyrillic, the dative written apart', 'Кеча Braun га 50 000 сўм тўладим'],
  ])('is goods (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a listed surname after the given name', 'Salom, Kamila Hamidova 3 kun kutdi', ['Kamila Hamidova']],
    ['a surname-shaped second word', 'Курьер Daniel Quenbyev 12 буюртма олиб келди', ['Daniel Quenbyev']],
    ['a phone number after an unlisted surname', 'Курьер Daniel Quenby 90 123 45 67', ['Daniel Quenby']],
    ['minutes after the name', 'Курьер Daniel Quenby 15 минут күтті', ['Daniel Quenby']],
    ['no Cyrillic word and no verb of buying', 'Hi, Tobias Quenby 12 Baker Street is my address', ['Tobias Quenby']],
    ['Russian "bought", also "he bought"', 'Вчера Daniel Quenby купил два билета', ['Daniel Quenby']],
  ])('stays a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a listed name counted after a number and a counting word', () => {
  it.each([
    ['Uzbek ta', "Do'kondan 2 ta Malika oldim."],
    ['Russian шт', '3 шт Роза купила, свежие.'],
  ])('is goods (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['the person given the goods', 'Kecha 2 ta olma Malikaga berdim.', ['Malikaga']],
  ])('stays a name elsewhere (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a verb of changing after a word for "its name"', () => {
  it.each([
    ['after a phone number', '+996 555 123 456 аты өзгерген'],
    ['after a number word', 'номер 0555 123 456 аты өзгөргөн'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a participle given name closing a contact line', '+7 701 234 56 78 аты төлеген', ['төлеген']],
    ['a listed name after a person genitive', 'курьердин аты бакыт экен', ['бакыт']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a wish noun that is also a given name, as the object of a wish', () => {
  it.each([
    ['Kyrgyz lower-case, awaited', 'бакытты күтөм'],
    ['Kyrgyz, wished', 'жаңы жылда бакыт тилейм'],
    ['Kyrgyz, wished to all', 'бакыт каалайм баарыңызга'],
    ['Kyrgyz, capitalised before a wish verb', 'Бакыт жана ден соолук каалайм баарыңызга.'],
    ['Uzbek Latin, capitalised before a wish verb', 'Saodat tilayman hammaga'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a capitalised person one waits for', 'Бакытты күтөм, ал кечикти.', ['Бакытты']],
    ['a person who came', 'Бакыт келди, рахмат.', ['Бакыт']],
    ['a person thanked', 'Бакытка рахмат айтам.', ['Бакытка']],
    ['a Kazakh person who helped', 'Жеңіс бізге көмектесті.', ['Жеңіс']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a listed name before a possessed shop word in Uzbek Cyrillic or a Kazakh airport word', () => {
  it.each([
    ['Uzbek Cyrillic shop', 'Малика дўконида нархлар арзон.'],
    ['Kazakh airport', 'Нұрсұлтан әуежайында жүгім жоғалды.'],
  ])('names the place (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('one Latin-script word in Cyrillic text before a number', () => {
  it.each([
    ['a bank before its card number', 'Кечээ Bakai 4177 1234 5678 9012 картасы иштебейт.'],
    ['a service before a price', 'Оплатил через Turon за 5 000 сум.'],
    ['a make before its model', 'Вчера купил Tecno 20 за 2 000 000 сум'],
  ])('is a make, bank or service (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['before a phone number', 'Спасибо Dilnoza 90 123 45 67', ['Dilnoza']],
    ['before a plus number', 'Жазыңыз Aigerim +7 701 234 56 78', ['Aigerim']],
    ['thanked, before a number of minutes', 'Рахмат Aziz 5 минутта келди', ['Aziz']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a name-listed thing before an Uzbek "I bought" in Russian text', () => {
  it.each([
    ['a Latin word', 'вчера в магазине Lola oldim кофту'],
  ])('is the thing bought (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an English make or kind after `a`, before a lower-case noun', () => {
  it.each([
    ['a laptop make', 'Bought a Dell laptop and it broke in May.'],
    ['a dress kind', 'Ordered an Ella dress, the size was wrong.'],
  ])('is no person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a supporter of a person', 'He is a Maria supporter.', ['Maria']],
    ['a fan of a person', 'She has been a Taylor fan since school.', ['Taylor']],
    ['a person before a preposition', 'There is a Jessica at the front desk.', ['Jessica']],
    ['the painter of a painting', 'We bought a Quellan painting at the fair', ['Quellan']],
    ['Russian typed in Latin, where `a` is "and"', 'Ya zvonil, a Jasur in Tashkent yesterday', ['Jasur']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Uzbek "sweet" before food, and a name before a lake, mountain or district', () => {
  it.each([
    ['sweet tea', 'Shirin choy ichdim.'],
    ['sweet bread in Cyrillic', 'Ширин нон олдим.'],
    ['a Kyrgyz mountain', 'Алишер тоосуна бардык.'],
    ['a Kyrgyz lake', 'Айгүл көлүнө бардык.'],
  ])('is no person (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a person going to the mountains', 'Бакыт тоого чыкты.', ['Бакыт']],
    ['a person named Shirin who helped', 'Shirin opa yordam berdi.', ['Shirin']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a shop named by the word before a Latin shop word, or before a vowel-stem possessive', () => {
  it.each([
    ['a market', 'Malika Market yopiq.'],
    ['a centre', 'Vefa Center ачык.'],
    ['a Kyrgyz café in text without Kyrgyz letters', 'Асель кафеси жабык.'],
  ])('is the shop (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Russian everyday words capitalised mid-sentence that the name rules read as names', () => {
  it.each([
    ['a day of a holiday', 'Доставка не работает на День Победы'],
    ['a whole day', 'Магазин работает каждый День кроме воскресенья'],
    ['a numeral', 'Ровно Семь дней ждал'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
