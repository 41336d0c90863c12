// Names no list knows, found by general evidence (issue 3: held-out generalisation), and the look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { typoOfCommonWord } from '../../src/detect/name/typos.js';
import { loadNameResources } from '../../src/detect/name/resources.js';
import { names } from '../helpers/names.js';

describe('lower-case chat names on no list, after a greeting, a service role or before an honorific', () => {
  it.each([
    ['Russian, after a greeting, no common word', 'здравствуйте тимергали подскажите когда доставка', ['тимергали']],
    ['Russian, after thanks, in the dative', 'спасибо тимергалию за помощь', ['тимергалию']],
    ['Uzbek, before aka', 'tursunali aka qachon kelasiz', ['tursunali']],
    ['Uzbek Cyrillic, before ака', 'бахтиёрали ака қачон келасиз', ['бахтиёрали']],
    ['a Kyrgyz surname after a courier', 'курьер бекмамбетов дагы эле келе элек', ['бекмамбетов']],
    ['English, after a greeting that opens the message', 'hi tadhgan wheres my parcel', ['tadhgan']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Russian typo of an everyday word after thanks', 'спасибо, опператор помог с возвратом'],
    ['swapped letters in an everyday word after a greeting', 'здравствуйте! водиетль довёз до адреса'],
    ['an Uzbek word with a case ending after a greeting', 'salom hammaga yaxshi kun'],
    ['an Uzbek reply after thanks', 'rahmat, tushunarli'],
    ['a Kazakh plural after a greeting', 'сәлем достар бәрі жақсы'],
    ['an English greeting inside a sentence', 'if you have a more hi tech car call us'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('typos of Russian everyday words', () => {
  const { commonWords } = loadNameResources();
  it.each([
    ['a doubled letter', 'опператор', true],
    ['two inner letters swapped', 'сотурдника', true],
    ['a name one letter longer than a word', 'ленар', false],
    ['a name that swaps into a word only at its end', 'фарит', false],
  ])('%s: %s → %s', (_kind, word, expected) => {
    expect(typoOfCommonWord(word, commonWords)).toBe(expected);
  });
});

describe('a surname introduced as such ("my surname is")', () => {
  it.each([
    ['Uzbek Latin', 'ismim sardorali familiyam boltaqulova', ['sardorali', 'boltaqulova']],
    ['Kazakh', 'менің атым ерназарбек тегім құлмағамбетов', ['ерназарбек', 'құлмағамбетов']],
    ['Russian', 'Моя фамилия Пустовойтенко, заказ на неё', ['Пустовойтенко']],
    ['English', 'my last name is trengothen', ['trengothen']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the answer to a name question on the next speaker line', () => {
  it.each([
    ['Russian', 'Оператор: Как к вам обращаться?\nКлиент: Мирзахан\nОператор: Мирзахан, спасибо', ['Мирзахан', 'Мирзахан']],
    ['Uzbek Latin', 'Operator: Ismingiz?\nMijoz: Oybarno\nOperator: Rahmat', ['Oybarno']],
    ['Kazakh', 'Оператор: Атыңызды айтыңыз\nКлиент: Ерғазыбек', ['Ерғазыбек']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the next line answers something else', 'Оператор: Как к вам обращаться?\nКлиент: Неважно, просто верните деньги'],
    ['no question before the speaker line', 'Оператор: Заказ передан курьеру\nКлиент: Хорошо'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a Turkic dative on no list before a word of telling or thanking', () => {
  it.each([
    ['Uzbek Latin, lower case', 'tursunmurodga ayting pulni o‘tkazdim', ['tursunmurodga']],
    ['Kazakh, capitalised at the start', 'Ербосынға үлкен рахмет, бәрі келді', ['Ербосынға']],
    ['Kyrgyz, lower case', 'кубатбекке айтыңызчы акчаны которуп жибердим', ['кубатбекке']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a possessive noun before the dative', 'Сизга рақамига қўнғироқ қиламиз'],
    ['a plural noun before the dative', 'Ақпараттарға рақмет, бәрі түсінікті'],
    ['деген after a dative is a postposition', 'Президент бюджетке деген көзқарасты өзгертті'],
    ['a short pronoun in the dative', 'sizga katta rahmat'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an unknown word labelling a line of a dialogue that role words label too', () => {
  it.each([
    ['Russian', 'Тимергали: алло, это доставка?\nОператор: Да, слушаю вас', ['Тимергали']],
    ['Uzbek Latin', 'Tursunmurod: alo, buyurtmam qayerda?\nOperator: Tekshiraman', ['Tursunmurod']],
    ['English', 'Tadhgan: hello, where is my parcel?\nAgent: sure, one moment', ['Tadhgan']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a misspelt role label', 'Operator: How can I help?\nCusomer: the courier has not come'],
    ['a misspelt Uzbek label', 'Operator: Qanday yordam bera olaman?\nXardior: Buyurtma kelmadi'],
    ['a form field, not a dialogue', 'Email: someone@example.com\nWebsite: https://example.com'],
    ['no role label anywhere', 'Тимергали: алло, это доставка?'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a bare lower-case stem after a Kazakh, Kyrgyz or Uzbek greeting', () => {
  it.each([
    ['Kazakh', 'сәлеметсіз бе ерболсын тапсырысым қайда', ['ерболсын']],
    ['Kyrgyz', 'саламатсызбы токтобүбү буйрутмам кайда', ['токтобүбү']],
    ['Uzbek Latin', 'salom tursunmurod buyurtmam qayerda', ['tursunmurod']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a reply after thanks', 'рахмат, жакшылап түшүндүрдүңүз'],
    ['an inflected everyday word after a greeting', 'salom qalaysiz'],
    ['a misspelt role word after a greeting', 'salom oeprator javob bering'],
    ['an English cue phrase is no Uzbek greeting', 'is your last name actually that long'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('everyday words before a verb of telling or taking, and new service roles', () => {
  it.each([
    ['a converb on a speaker line', 'Оператор: Жазып алдым'],
    ['an accusative before "tell"', 'Mijoz: Ismingizni ayting'],
    ['a hyphenated compound after a role word', 'оператор колл-центра не ответил'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['an English technician', 'Technician Trevennick never showed up', ['Trevennick']],
    ['a Kazakh master, not part of the name', 'Шебер Құдайбергенов уақытында келмеді', ['Құдайбергенов']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a lower-case listed name that is also a word, right after a service role', () => {
  it.each([
    ['Kazakh', 'оператор серік өте сыпайы болды', ['серік']],
    ['Uzbek Cyrillic', 'оператор юлдуз жуда хушмуомала экан', ['юлдуз']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word after a courier', 'курьер әлі келген жоқ'],
    ['an English verb after a doctor', 'after seeing the doctor get abused by this company'],
    ['a misspelt cue word after a greeting', 'Salom, meinng buyurtmam kelmadi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a lower-case word on no list after an English service role', () => {
  it.each([
    ['a courier', 'courier trevennick didnt ring the bell again', ['trevennick']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a chat spelling of a contraction', 'the courier didnt ring the bell'],
    ['an Uzbek sentence after operator', 'operator javob bermadi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a Latin-script name in Cyrillic text', () => {
  it.each([
    ['after a service role and before an honorific', 'Курьер Tursunmurod aka молодец, до подъезда донёс', ['Tursunmurod']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Latin brand or medium without either', 'Новость вышла на Kommersant сегодня утром'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Russian given names the adjective and preposition guards used to hide', () => {
  it.each([
    ['an -ий name after a service role', 'Оператор Евграфий: Здравствуйте! Чем могу помочь?', ['Евграфий']],
    ['an unknown name after у', 'Забирал посылку у Ильгамира, ждал минут сорок', ['Ильгамира']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday -ый adjective after a role word', 'Оператор Сотовый: нет связи'],
    ['an everyday word after у', 'Стоял у Входа минут десять'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an unlisted capitalised given name right after a capitalised -ов surname', () => {
  it.each([
    ['Russian, mid-sentence', 'В пункте выдачи работает Пустоваров Ильгамир, всё объяснили', ['Пустоваров Ильгамир']],
    ['Kazakh', 'Тұрлыбеков Ерназарбек деген қызметкер көмектесті', ['Тұрлыбеков Ерназарбек']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a capitalised everyday word after a surname stays out', 'Сегодня Пустоваров Заявил о переносе', ['Пустоваров']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a message opening with a word on no list and thanks', () => {
  it.each([
    ['Kyrgyz', 'токтобүбү рахмат баары келди', ['токтобүбү']],
    ['Uzbek Latin', 'tursunmurod rahmat hammasi keldi', ['tursunmurod']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word with thanks', 'katta rahmat hammasi keldi'],
    ['a Russian everyday word with thanks', 'заранее спасибо за ответ'],
    ['an inflected word with thanks', 'oldindan rahmat javob uchun'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a word on no list asked to call', () => {
  it.each([
    ['Russian, opening the message', 'ильгамир позвоните пожалуйста', ['ильгамир']],
    ['Russian, after the number', '+7 993 000 00 00 ильгамир перезвоните', ['ильгамир']],
    ['English', 'trevennick call me back please', ['trevennick']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a pronoun', 'вы позвоните пожалуйста'],
    ['an everyday Russian word', 'срочно перезвоните мне'],
    ['mid-sentence', 'я прошу ильгамир позвоните'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
