import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Invented names on no list (`Тоқсанбай`, `Ертаған`, `Жолтарбек`, `Ерсұлтан`, `Тұрмағамбет`, `Зелмановский`, `Қажытай`,
// `Ерғожа`, `Диас` …) in the frames of Kazakh news.
describe('Kazakh news: a capitalised word on no list read by its frame or shape', () => {
  it.each([
    ['after an office noun', 'Ауыл әкімі Тоқсанбай жиналысқа келді.', ['Тоқсанбай']],
    ['a -ған given name after an office noun', 'Министрдің орынбасары Ертаған баяндама жасады.', ['Ертаған']],
    ['a foreign given name and surname after a trade noun', 'Компанияның басшысы Анрель Дюмарсо-Лафонды қабылдады.', ['Анрель Дюмарсо-Лафонды']],
    ['a given name and surname after "my colleague"', 'Телешоуды әріптесім Қорған Жолтарбек да тамашалады.', ['Қорған Жолтарбек']],
    ['a bare title before the name', 'Халқымыз ақын Жұматайды ерекше құрметтейді.', ['Жұматайды']],
    ['before a postposed kin word', 'Ол кезде Ерсұлтан ата бізге келді.', ['Ерсұлтан']],
    ['an -дық given name opening a sentence before ата', 'Қуаныштық ата — ауылдың ең үлкен ақсақалы.', ['Қуаныштық']],
    ['before батыр', 'Бұл жерде Ағынтай батыр жерленген.', ['Ағынтай']],
    ['in the genitive before "according to"', 'Жиналыста Тұрмағамбеттің сөзінше, бәрі дайын.', ['Тұрмағамбеттің']],
    ['opening a sentence before "according to"', 'Тұрмағамбеттің айтуынша, жоба аяқталды.', ['Тұрмағамбеттің']],
    ['a -ский surname with a Kazakh genitive', 'Жаңағы Зелмановскийдің үйінде мал бар.', ['Зелмановскийдің']],
    ['a -тай given name inside a sentence', 'Әкеден ерте айырылған Қажытай еңбекке араласты.', ['Қажытай']],
    ['a -ғожа given name inside a sentence', 'Ол кезде Ерғожа бізге келді.', ['Ерғожа']],
    ['an -анбай given name inside a sentence', 'Ол кезде Құрманбай бізге келді.', ['Құрманбай']],
    ['coordinated with a listed given name by пен', 'Ардагердің Диас пен Дархан есімді балалары бар.', ['Диас', 'Дархан']],
    ['coordinated with a listed given name by және', 'Ардагердің Диас және Дархан есімді балалары бар.', ['Диас', 'Дархан']],
    ['the respectful short form of a name, opening a sentence', 'Сапекеңнің бойындағы биязылық бәрімізге үлгі.', ['Сапекеңнің']],
    ['the respectful short form of a name, in the dative', 'Ол Тілекеңе хат жазды.', ['Тілекеңе']],
    ['the speaker after a quote', '«Жоба аяқталды», – деді Жолтөре.', ['Жолтөре']],
    ['the speaker after деп атап өтті', 'Бәрі дайын, – деп атап өтті Сәрсембі.', ['Сәрсембі']],
    ['a participle-shaped name before a verb of saying', 'Бұл туралы Ертаған мәлімдеді.', ['Ертаған']],
    ['among listed names in a comma list', 'Кездесуге Асқар, Шүкірбала, Марат қатысты.', ['Асқар', 'Шүкірбала', 'Марат']],
    ['last in a comma list of listed names', 'Әсия, Әдина, Зәуреш мектепке барады.', ['Әсия', 'Әдина', 'Зәуреш']],
    ['Uzbek: after a deputy', 'Туман ҳокимининг ўринбосари Эргаш маъруза қилди.', ['Эргаш']],
    ['Uzbek: before ота', 'Ўша пайтда Эшпўлат ота бизга келди.', ['Эшпўлат']],
    ['Kyrgyz: before баатыр', 'Бүгүн Эсенкан баатыр жөнүндө сүйлөштүк.', ['Эсенкан']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a list of cities', 'Конкурсқа Алматы, Астана, Шымкент қалалары қатысты.'],
    ['a place in the locative after a title', 'Мемлекет басшысы Ақордада кездесу өткізді.'],
    ['an institution genitive after a title', 'Облыс әкімі Әкімшілігінің жұмысын сынады.'],
    ['a street named after a batyr', 'Біз Бөгенбай батыр көшесінде тұрамыз.'],
    ['a street word before a name and би', 'Адрес подачи улица Толе би.'],
    ['a shrine named after an ancestor', 'Олар Домалақ ана кесенесіне барды.'],
    ['a plural before ата', 'Балалардың ата-аналары жиналды.'],
    ['a ministry reporting', 'Министрліктің мәліметінше, жоба аяқталды.'],
    ['a plural genitive before "according to"', 'Мамандардың айтуынша, ауа райы суытады.'],
    ['a place with мен', 'Жапония мен Қытай келісімге келді.'],
    ['the similative -тай on a lower-case word', 'Ол тастай қатты болды.'],
    ['an assembly ending in -тай', 'Ол кезде Құрылтай өтті.'],
    ['a news agency after its verb', '«Жоба аяқталды», – деп хабарлады Қазақпарат.'],
    ['a ministry\'s title after a quote', '«Жоба аяқталды», – деді Білім министрі.'],
    ['a government office before a verb of saying', 'Бұл туралы Әкімдік мәлімдеді.'],
    ['a negative converb opening a sentence', 'Жазбай кеттіңіз бе?'],
    ['a city in the dative after a bare title', 'Журналист Мәскеуге барды.'],
    ['a university named before its noun after a title', 'Профессор Гарвард университетінде дәріс оқыды.'],
    ['a district named before its noun after a title', 'Ауыл әкімі Шалқар ауданының тұрғындарымен кездесті.'],
    ['a topic before a postposition after a title', 'Ұлттық банк төрағасы Инфляция туралы айтты.'],
    ['"great" after a kin noun', 'Әкесі Ұлы Отан соғысына қатысқан.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
