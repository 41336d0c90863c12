import { describe, expect, it } from 'vitest';
import { createNameDetector, nameKey } from '../../src/detect/name/index.js';
import { resolveSpans } from '../../src/detect/resolve.js';

const detector = createNameDetector();
const noContext = { regions: [], knownNames: [] as string[] };

/** The name strings a default-threshold run reports. Test data is synthetic. */
function names(text: string, knownNames: string[] = []): string[] {
  const spans = resolveSpans(text, detector.detect(text, { regions: [], knownNames }), { threshold: 0.5, allow: new Set(), deny: [] });
  return spans.map((span) => text.slice(span.start, span.end));
}

describe('the NAME detector contract', () => {
  it('is a NAME detector named "name"', () => {
    expect(detector).toMatchObject({ type: 'NAME', name: 'name' });
  });

  it('reports scores in [0, 1], a name:* source and a normalized base form', () => {
    const [span] = detector.detect('Позвоните Алишеру завтра', noContext);
    expect(span).toMatchObject({ type: 'NAME', start: 10, end: 17, normalized: 'алишер' });
    expect(span!.source).toMatch(/^name:/u);
    expect(span!.score).toBeGreaterThanOrEqual(0.5);
    expect(span!.score).toBeLessThanOrEqual(1);
  });
});

describe('Russian names in every case', () => {
  it.each([
    ['Вчера позвонили Ивану Петровичу по поводу заказа', 'Ивану Петровичу'],
    ['Договорились с Ольгой Сергеевной на пятницу', 'Ольгой Сергеевной'],
    ['Заказ был у Алишера в машине', 'Алишера'],
    ['Документы передали Петровой вечером', 'Петровой'],
    ['Я говорил с Ивановым вчера', 'Ивановым'],
    ['Звонил Пётр Семёнов', 'Пётр Семёнов'],
    ['Звонил Петр Семенов', 'Петр Семенов'],
    ['Приказ подписал Иванов И.И. сегодня', 'Иванов И.И'],
    ['Приказ подписал И. Иванов сегодня', 'И. Иванов'],
    ['Дело ведёт Сидорова Анна Викторовна', 'Сидорова Анна Викторовна'],
    // A listed surname in its base form wins over a stop word reached only through a derived stem (королев(а)).
    ['Звонил Игорь Королёв, курьер', 'Игорь Королёв'],
    // A place name right after a listed given name is the surname.
    ['Вопрос задала Мария Лондон из отдела кадров', 'Мария Лондон'],
    // After the genitive of a region word, a given name and surname are a person, not a street.
    ['Совещание провёл глава области Тимур Абдуллаев', 'Тимур Абдуллаев'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});

describe('names coordinated with a surname', () => {
  it.each([
    ['Отчёт подготовили Каримов и Тоскани', ['Каримов', 'Тоскани']],
    ['Usmanov and Bowers were engineers', ['Usmanov', 'Bowers']],
  ])('finds the unknown word coordinated with a surname in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a firm name in an enumeration', 'Офис сняли Каримов, Ниязов и Тоскани'],
    ['an address line', 'Send it to Usmanov and Hersnapvej 75'],
    ['a firm with a capitalised word after it', 'Usmanov and Bowers Associates called'],
  ])('does not lift the other word in %s', (_label, text) => {
    expect(names(text).some((name) => /Тоскани|Hersnapvej|Bowers/u.test(name))).toBe(false);
  });
});

describe('lower-case initials and patronymics in chats', () => {
  it.each([
    ['ответственный: к.р. шукуруллаева, тел. дома', 'к.р. шукуруллаева'],
    ["mas'ul shaxs r. ahmedova, tel yozing", 'r. ahmedova'],
    ['поговорите с светланой юрьевной, она всё объяснит', 'светланой юрьевной'],
    // Text typed without any capital: a listed given name stands on its own.
    ['раҳмат, ҳаммаси зўр бахтиёр жуда яхши тушунтирди', 'бахтиёр'],
    // The answer to a question asking for a name.
    ["What's your last name? Quillfeather", 'Quillfeather'],
    ['the parcel came late but jennifer fixed everything', 'jennifer'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    ['an abbreviation written like initials', 'т.е. министров было много'],
    ['an e-mail local part', 'Чекни g.yusupova@mail.ru манзилига юбордик'],
    ['lower-case writing without a listed name', 'спасибо большое, всё пришло вовремя и курьер вежливый'],
    ['an answer that is not a name', 'Как вас зовут? Хорошо, спасибо'],
    ['a lower-case name in otherwise capitalised text', 'Раҳмат, ҳаммаси зўр бахтиёр жуда яхши тушунтирди'],
  ])('finds no name in %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Uzbek names, Latin and Cyrillic', () => {
  it.each([
    ['Karimova Dilnoza Rustamovna arizasi', 'Karimova Dilnoza Rustamovna'],
    ['Buyurtmani Jasurga berdim', 'Jasurga'],
    ['Dilnozaning telefoni ishlamayapti', 'Dilnozaning'],
    ['Akmalni chaqirib bering', 'Akmalni'],
    ['Бугун Жасурга айтдим', 'Жасурга'],
    ['Murojaat egasi A. Karimov', 'A. Karimov'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each(["o‘g‘li", "o'g'li", 'oʻgʻli', 'o’g’li', 'o`g`li'])('keeps the patronymic word %s inside the name', (oghli) => {
    const text = `Ariza egasi Alisher Rustam ${oghli} keldi`;
    expect(names(text)).toEqual([`Alisher Rustam ${oghli}`]);
  });
});

describe('Kazakh, Kyrgyz and Tajik names', () => {
  it.each([
    ['Айгүлге хабарласыңыз', 'Айгүлге'],
    ['Ерланның телефоны өшірулі', 'Ерланның'],
    ['Кеше Нұрланұлы Ерлан келді', 'Нұрланұлы Ерлан'],
    ['Хатты Айгүл Нұрланқызы жазды', 'Айгүл Нұрланқызы'],
    ['Құжатты Жылқайдарованың атына жіберді', 'Жылқайдарованың'],
    ['Кеңесті Назарбаевқа тапсырды', 'Назарбаевқа'],
    ['Бүгүн Азамат уулу Бакыт келди', 'Азамат уулу Бакыт'],
    ['Мурожиат аз Рахмон Шарифзода', 'Рахмон Шарифзода'],
  ])('finds the name in %j with its case ending inside', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    ['Бүгін Ақтолқын әжеміз келді', 'Ақтолқын'],
  ])('finds the name before an honorific with an ending in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});

describe('chat style and cues', () => {
  it.each([
    ['спасибо алишер', 'алишер'],
    ['Здравствуйте, Дильноза!', 'Дильноза'],
    ['Salom Jasur aka, buyurtma qayerda?', 'Jasur'],
    ['Оператор Анна: чем могу помочь?', 'Анна'],
    ['Добрый день, меня зовут Дильноза', 'Дильноза'],
    ['Mening ismim Jasur', 'Jasur'],
    ['Менің атым Айгүл', 'Айгүл'],
    ['Менин атым Бакыт', 'Бакыт'],
    ['Hello, my name is John', 'John'],
    ['курьер Бахтиёр опоздал на час', 'Бахтиёр'],
    ['kuryer Jasur kechikdi', 'Jasur'],
    ['рахмат дилноза опа', 'дилноза'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});

describe('chat dialogues and repeated mentions', () => {
  it.each([
    ['Оператор: Здравствуйте! Чем помочь?', []],
    ['Оператор Дониёр: Здравствуйте!', ['Дониёр']],
    ['Менеджер Мээримди мактайм', ['Мээримди']],
    ['javlon yusupov raqamim shu', ['javlon yusupov']],
    ['бекзат, сизге рахмат', ['бекзат']],
    ['мастер чернов николай починил быстро', ['чернов николай']],
    ['ходим нурматов жасур қўпол гапирди', ['нурматов жасур']],
    ['алымкулова элнура менен сүйлөштүк', ['алымкулова элнура']],
    ['salom lola opa, yaxshimisiz?', ['lola']],
    ['Меня зовут Гулноза Каримова. Гулнозе передайте спасибо', ['Гулноза Каримова', 'Гулнозе']],
    ['Lofner appeared in court. Later Jared Lofner said nothing', ['Lofner', 'Jared Lofner']],
    ['Taksi haydovchisi Durdona Furqat ko‘chasigacha olib bordi', ['Durdona']],
    ['сказал руководитель Джоэл Саймон (Joel Simon) вчера', ['Джоэл Саймон', 'Joel Simon']],
    ['Men Amir Temur ko‘chasida yashayman', []],
  ])('in %j finds %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('English names', () => {
  it.each([
    ['Please call Mr. Smith tomorrow', 'Smith'],
    ['I spoke with Sarah Johnson yesterday', 'Sarah Johnson'],
    ["That was Amanda's idea", "Amanda's"],
    ['The invoice went to Kate M Begum', 'Kate M Begum'],
    // European surname endings (Nordic -sson/-dóttir, South Slavic -ović, Finnish -inen/-änen).
    ['The report came from Thorvaldsson yesterday', 'Thorvaldsson'],
    ['We met Brynjadóttir at the fair', 'Brynjadóttir'],
    ['The courier was Dragomirović again', 'Dragomirović'],
    ['The seller Kettunainen helped me', 'Kettunainen'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});

describe('nameKey', () => {
  it.each([
    ['Алишеру', 'алишер'],
    ['Алишер', 'алишер'],
    ['Ольгой', 'ольга'],
    ['Dilnozaning', 'dilnoza'],
    ['Ивану Петровичу', 'иван петрович'],
    ['Петровичем', 'петрович'],
    ['АЙГҮЛГЕ', 'айгүл'],
  ])('keys %s as %s', (value, key) => {
    expect(nameKey(value)).toBe(key);
  });

  it('gives every case form of a name the same key', () => {
    const keys = new Set(['Иван', 'Ивана', 'Ивану', 'Иваном', 'Иване'].map(nameKey));
    expect(keys.size).toBe(1);
  });
});

describe('lower-case full names after a cue', () => {
  it.each([
    ['my name is john smith and my phone is below', 'john smith'],
    ['hi, this is emily brown from the shop', 'emily brown'],
    ['please call anna petrova today', 'anna petrova'],
    ['меня зовут ольга смирнова', 'ольга смирнова'],
    ['оператор анна шевченко помогла', 'анна шевченко'],
    ['оператор анна смирнова помогла', 'анна смирнова'],
    ['salom, ismim nodira yusupova', 'nodira yusupova'],
    ['kuryer jasur toshmatov kechikdi', 'jasur toshmatov'],
  ])('joins the surname in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    ['my name is john and i like it', 'john'],
    ['hi, this is anna here', 'anna'],
    ['my name is john, thanks', 'john'],
  ])('stops at the word after the given name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it('finds no name in a lower-case given name before an everyday word', () => {
    expect(names('call anna tomorrow')).toEqual([]);
  });
});
