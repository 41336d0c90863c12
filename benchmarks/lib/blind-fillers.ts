// Phones, e-mails and hard-negative fillers of the blind corpus (benchmarks/blind-corpus.ts).
//
// Phones are synthetic: every subscriber number starts with 00 after the operator or area code (+998 90 00x-xx-xx,
// +7 701 00x xx xx, +996 555 00x xxx …). No numbering plan here reserves a fictitious range, and a leading 0 in the
// subscriber part is not handed out in these plans, yet libphonenumber-js accepts the numbers as valid, so they test
// the detector's shape rules and not a lucky guess. E-mail local parts are built from the corpus's own name pools and
// random digits, on common free-mail domains or example-style company domains.

import type { Rng } from './rng.js';

export type Group = 'ru' | 'uz-latn' | 'uz-cyrl' | 'kk' | 'ky' | 'en' | 'mixed';
type Region = 'UZ' | 'KZ' | 'RU' | 'KG' | 'TJ' | 'TM';

const regionsByGroup: Record<Group, readonly Region[]> = {
  ru: ['RU', 'UZ', 'KZ', 'UZ'],
  'uz-latn': ['UZ'],
  'uz-cyrl': ['UZ'],
  kk: ['KZ', 'KZ', 'KZ', 'RU'],
  ky: ['KG', 'KG', 'KG', 'KZ'],
  en: ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'],
  mixed: ['UZ', 'UZ', 'TJ', 'TM'],
};

type Formatter = (op: string, sub: string) => string;
const split = (digits: string, ...sizes: number[]): string[] => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts;
};
const s322 = (sub: string, sep = ' ', dash = '-'): string => {
  const [a, b, c] = split(sub, 3, 2, 2);
  return `${a}${sep}${b}${dash}${c}`;
};

interface Plan {
  cc: string;
  operators: readonly string[];
  subscriberDigits: number;
  formats: readonly Formatter[];
  /** International-only formats, for English text and foreign readers. */
  international: readonly Formatter[];
}

const plans: Record<Region, Plan> = {
  UZ: {
    cc: '998',
    operators: ['90', '91', '93', '94', '95', '97', '99', '88', '33', '77', '50', '20'],
    subscriberDigits: 7,
    formats: [
      (op, sub) => `+998 ${op} ${s322(sub, ' ')}`,
      (op, sub) => `+998 ${op} ${s322(sub, ' ', ' ')}`,
      (op, sub) => `+998${op}${sub}`,
      (op, sub) => `998${op}${sub}`,
      (op, sub) => `${op} ${s322(sub, ' ', ' ')}`,
      (op, sub) => `(${op}) ${sub}`,
      (op, sub) => `+998(${op})${sub}`,
      (op, sub) => `+998 (${op}) ${s322(sub, '-')}`,
      (op, sub) => `${op}.${s322(sub, '.', '.')}`,
      (op, sub) => `+998-${op}-${s322(sub, '-')}`,
      (op, sub) => `${op}${sub}`,
      (_op, sub) => `8 (371) ${s322(sub, '-')}`,
      (_op, sub) => `+998 71 ${s322(sub, ' ', ' ')}`,
    ],
    international: [(op, sub) => `+998 ${op} ${s322(sub, ' ')}`, (op, sub) => `+998${op}${sub}`, (op, sub) => `+998 (${op}) ${sub}`],
  },
  KZ: {
    cc: '7',
    operators: ['701', '702', '705', '707', '747', '771', '775', '777', '778'],
    subscriberDigits: 7,
    formats: [
      (op, sub) => `+7 ${op} ${s322(sub, ' ', ' ')}`,
      (op, sub) => `8 ${op} ${s322(sub, ' ', ' ')}`,
      (op, sub) => `8 (${op}) ${s322(sub, '-')}`,
      (op, sub) => `+7(${op})${sub}`,
      (op, sub) => `8${op}${sub}`,
      (op, sub) => `+7 ${op} ${sub}`,
      (op, sub) => `8-${op}-${s322(sub, '-')}`,
      (op, sub) => `+7${op}${sub}`,
    ],
    international: [(op, sub) => `+7 ${op} ${s322(sub, ' ', ' ')}`, (op, sub) => `+7 (${op}) ${s322(sub, '-')}`],
  },
  RU: {
    cc: '7',
    operators: ['916', '903', '925', '985', '999', '926'],
    subscriberDigits: 7,
    formats: [
      (op, sub) => `+7 ${op} ${s322(sub, ' ')}`,
      (op, sub) => `8 (${op}) ${s322(sub, '-')}`,
      (op, sub) => `8-${op}-${s322(sub, '-')}`,
      (op, sub) => `+7(${op})${s322(sub, '-')}`,
      (op, sub) => `8${op}${sub}`,
    ],
    international: [(op, sub) => `+7 ${op} ${s322(sub, ' ')}`],
  },
  KG: {
    cc: '996',
    operators: ['555', '550', '700', '770', '777', '220', '505'],
    subscriberDigits: 6,
    formats: [
      (op, sub) => `+996 ${op} ${split(sub, 3, 3).join(' ')}`,
      (op, sub) => `0${op} ${split(sub, 3, 3).join(' ')}`,
      (op, sub) => `+996 (${op}) ${split(sub, 2, 2, 2).join('-')}`,
      (op, sub) => `996${op}${sub}`,
      (op, sub) => `0 ${op} ${split(sub, 2, 2, 2).join(' ')}`,
      (op, sub) => `+996${op}${sub}`,
    ],
    international: [(op, sub) => `+996 ${op} ${split(sub, 3, 3).join(' ')}`],
  },
  TJ: {
    cc: '992',
    operators: ['93', '90', '91', '92', '98', '55', '50', '88'],
    subscriberDigits: 7,
    formats: [
      (op, sub) => `+992 ${op} ${split(sub, 3, 4).join(' ')}`,
      (op, sub) => `+992 ${op} ${sub}`,
      (op, sub) => `992${op}${sub}`,
      (op, sub) => `+992 (${op}) ${s322(sub, '-')}`,
    ],
    international: [(op, sub) => `+992 ${op} ${split(sub, 3, 4).join(' ')}`],
  },
  TM: {
    cc: '993',
    operators: ['61', '62', '63', '64', '65', '71'],
    subscriberDigits: 6,
    formats: [
      (op, sub) => `+993 ${op} ${sub}`,
      (op, sub) => `+993 (${op}) ${split(sub, 2, 2, 2).join('-')}`,
      (op, sub) => `8 ${op} ${sub}`,
      (op, sub) => `+993${op}${sub}`,
    ],
    international: [(op, sub) => `+993 ${op} ${sub}`],
  },
};

export function phone(rng: Rng, group: Group): string {
  const plan = plans[rng.pick(regionsByGroup[group])];
  const sub = '00' + rng.digits(plan.subscriberDigits - 2);
  const formats = group === 'en' ? plan.international : plan.formats;
  return rng.pick(formats)(rng.pick(plan.operators), sub);
}

// ---------------------------------------------------------------------------------------------------------------
// E-mails.

const domains = ['gmail.com', 'mail.ru', 'yandex.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'umail.uz', 'inbox.uz', 'mail.kz', 'outlook.com', 'icloud.com', 'yahoo.com', 'example.uz', 'shop-example.kz', 'corp.example.kg'];

const russianToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ў: 'o', ҳ: 'h',
};

/** A lower-case ASCII form of a name for e-mail local parts. */
export function asciiLocal(name: string): string {
  let out = '';
  for (const char of name.toLowerCase()) out += russianToLatin[char] ?? (/[a-z0-9]/u.test(char) ? char : '');
  return out;
}

export interface EmailParts {
  local: string;
  domain: string;
}

export function emailParts(rng: Rng, given: string, surname: string): EmailParts {
  const g = asciiLocal(given);
  const s = asciiLocal(surname);
  const local = rng.pick([
    `${g}.${s}`,
    `${g}${rng.int(70, 99)}`,
    `${s}_${g.charAt(0)}`,
    `${g}+${rng.pick(['shop', 'uzum', 'orders', 'bank'])}`,
    `${g}.${s}${rng.digits(2)}`,
    `${g.charAt(0)}.${s}`,
    `${s}${g}${rng.int(1, 9)}`,
    rng.pick(['info', 'sales24', 'support.team', 'office', 'zakaz.tashkent']),
  ]);
  return { local, domain: rng.pick(domains) };
}

export function email(rng: Rng, given: string, surname: string): string {
  const { local, domain } = emailParts(rng, given, surname);
  return `${local}@${domain}`;
}

/** The obfuscated ways people hide an address from bots; the whole phrase is the e-mail. */
export function obfuscatedEmail(rng: Rng, given: string, surname: string): string {
  const { local, domain } = emailParts(rng, given, surname);
  const dot = domain.lastIndexOf('.');
  const host = domain.slice(0, dot);
  const tld = domain.slice(dot + 1);
  return rng.pick([
    `${local} at ${host} dot ${tld}`,
    `${local}(at)${host}(dot)${tld}`,
    `${local}[at]${domain}`,
    `${local} собака ${domain}`,
    `${local} (собака) ${domain}`,
    `${local} [at] ${host} [dot] ${tld}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Hard negatives: never a gold span.

type Lists = Partial<Record<Group, readonly string[]>> & { default: readonly string[] };

const fillers: Record<string, Lists> = {
  street: {
    default: ['улица Навои', 'проспект Амира Темура', 'ул. Бабура', 'улица Абая', 'проспект Манаса', 'ул. Пушкина', 'улица Мукими', 'ул. Шота Руставели', 'проспект Достык', 'улица Фурката', 'ул. Толе би'],
    'uz-latn': ["Amir Temur ko'chasi", "Navoiy ko'chasi", "Bobur ko'chasi", "Shota Rustaveli ko'chasi", "Alisher Navoiy shoh ko'chasi", "Mirzo Ulug'bek tumani", "Muqimiy ko'chasi", 'Furqat mahallasi'],
    'uz-cyrl': ['Амир Темур кўчаси', 'Навоий кўчаси', 'Бобур кўчаси', 'Мирзо Улуғбек тумани', 'Муқимий кўчаси', 'Фурқат маҳалласи'],
    kk: ['Абай көшесі', 'Төле би көшесі', 'Қабанбай батыр даңғылы', 'Сәтбаев көшесі', 'Әуезов ауданы', 'Жамбыл көшесі', 'Райымбек даңғылы'],
    ky: ['Чүй проспектиси', 'Манас проспектиси', 'Токтогул көчөсү', 'Ахунбаев көчөсү', 'Турусбеков көчөсү', 'Жибек Жолу проспектиси'],
    en: ['Amir Temur Avenue', 'Abay Avenue', 'Pushkin Street', 'Navoi Street', 'Manas Avenue'],
    mixed: ["Amir Temur ko'chasi", 'улица Навои', "Bobur ko'chasi", 'проспект Рудаки', 'улица Айни', 'Чиланзар'],
  },
  city: {
    default: ['Ташкенте', 'Самарканде', 'Бухаре', 'Намангане', 'Андижане', 'Фергане', 'Алматы', 'Астане', 'Бишкеке', 'Оше', 'Душанбе', 'Навои', 'Шымкенте'],
    'uz-latn': ['Toshkentda', 'Samarqandda', 'Chilonzorda', 'Yunusobodda', 'Sergelida', 'Navoiyda', 'Buxoroda', 'Farg‘onada'],
    'uz-cyrl': ['Тошкентда', 'Самарқандда', 'Чилонзорда', 'Юнусободда', 'Навоийда', 'Бухорода'],
    kk: ['Алматыда', 'Астанада', 'Шымкентте', 'Қарағандыда', 'Ақтөбеде', 'Талдықорғанда'],
    ky: ['Бишкекте', 'Ошто', 'Караколдо', 'Жалал-Абадда', 'Нарында'],
    en: ['Tashkent', 'Samarkand', 'Almaty', 'Bishkek', 'Astana', 'Bukhara'],
    mixed: ['Тошкентда', 'Ташкенте', 'Душанбе', 'Худжанде', 'Ашхабаде', 'Samarqandda'],
  },
  brand: {
    default: ['Uzum', 'Korzinka', 'Payme', 'Click', 'Kaspi', 'Beeline', 'Yandex Go', 'Humo', 'Uzcard', 'Ucell', 'Mobiuz', 'Halyk', 'Wildberries', 'Ozon', 'Artel', 'Express24', 'Evos', 'MegaCom', 'Kcell', 'Alif', 'Kapitalbank', 'Anorbank'],
  },
  product: {
    default: ['iPhone 15 Pro', 'Galaxy A54', 'Redmi Note 13', 'пылесос Dyson', 'утюг Philips', 'чайник Tefal', 'дрель Bosch', 'AirPods', 'кондиционер Artel', 'Jacobs Monarch'],
    'uz-latn': ['iPhone 15 Pro', 'Galaxy A54', 'Redmi Note 13', 'Artel konditsioner', 'Philips dazmol', 'Tefal choynak', 'Bosch drel'],
    en: ['iPhone 15 Pro', 'Galaxy A54', 'Dyson vacuum', 'Philips kettle', 'Bosch drill', 'Tefal pan'],
  },
  month: {
    default: ['января', 'марта', 'мая', 'августа', 'декабря'],
    'uz-latn': ['yanvar', 'mart', 'may', 'avgust', 'dekabr', 'sentabr'],
    'uz-cyrl': ['январь', 'март', 'май', 'август', 'декабрь'],
    kk: ['қаңтар', 'наурыз', 'мамыр', 'тамыз', 'желтоқсан'],
    ky: ['январь', 'март', 'май', 'август', 'декабрь'],
    en: ['January', 'March', 'May', 'August', 'December'],
  },
  day: {
    default: ['понедельник', 'в среду', 'в пятницу', 'в субботу', 'в воскресенье'],
    'uz-latn': ['dushanba', 'chorshanba', 'juma', 'shanba', 'yakshanba'],
    'uz-cyrl': ['душанба', 'чоршанба', 'жума', 'шанба', 'якшанба'],
    kk: ['дүйсенбі', 'сәрсенбі', 'жұма', 'сенбі', 'жексенбі'],
    ky: ['дүйшөмбү', 'шаршемби', 'жума', 'ишемби', 'жекшемби'],
    en: ['Monday', 'Wednesday', 'Friday', 'Saturday', 'Sunday'],
  },
  holiday: {
    default: ['Навруз', 'Новый год', '8 Марта', 'Рамазан хайит', 'Курбан хайит', 'День независимости'],
    'uz-latn': ['Navro‘z', 'Yangi yil', 'Ramazon hayiti', 'Qurbon hayiti', 'Mustaqillik kuni', '8-mart'],
    'uz-cyrl': ['Наврўз', 'Янги йил', 'Рамазон ҳайити', 'Қурбон ҳайити', 'Мустақиллик куни'],
    kk: ['Наурыз', 'Жаңа жыл', 'Құрбан айт', 'Тәуелсіздік күні'],
    ky: ['Нооруз', 'Жаңы жыл', 'Орозо айт', 'Курман айт'],
    en: ['Navruz', 'New Year', 'Ramadan', 'Eid'],
  },
  order: {
    default: ['№4857201936', '#UZ-2024-118345', 'ID 100234567', '№ 7730019', '556677889', 'KZ-ORD-30051'],
    'uz-latn': ['№4857201936', '#UZ-2024-118345', 'ID 100234567', '556677889'],
    en: ['#4857201936', 'order UZ-2024-118345', 'ID 100234567'],
  },
  track: { default: ['CN448213907UZ', 'RU123450789HK', 'LP00912345678', 'UZ0045127736'] },
  card: { default: ['8600 1204 5518 9013', '9860 0312 7745 1120', '4169 5853 0012 7781', '8600 **** **** 4411', '5614 6812 0033 9210'] },
  date: { default: ['12.03.2025', '2025-03-12', '01.09.2024', '31/12/2024', '15.11', '07.05.2025 14:20'] },
  price: {
    default: ['150 000 сум', '1 200 000 сум', '12 500 тг', '4 500 ₸', '350 сом', '99 000 UZS', '250 000 сўм', '$25', '1 499 000 сум'],
    'uz-latn': ["150 000 so'm", "1 200 000 so‘m", '99 000 UZS', "45 000 so'm", "2 350 000 so'm"],
    kk: ['12 500 тг', '4 500 ₸', '23 990 теңге', '150 000 тенге'],
    ky: ['350 сом', '1 200 сом', '15 000 сом'],
    en: ['$25', '150,000 UZS', '12 500 KZT', '$1,299'],
  },
  time: { default: ['14:30', '9:00', '18:45', '21:10', '08:15'] },
  iban: { default: ['KZ86125KZT5004100100', 'KZ12 722S 0000 1234 5678', '20208000905112345001', 'UZ 2020 8000 0051 2345 6001', 'KG 1280 0100 0000 1234'] },
  id: { default: ['ИНН 301234567', 'ИИН 900101300123', 'ПИНФЛ 31203901230012', 'паспорт AA0012345', 'STIR 301234567'] },
  handle: { default: ['@uzum_market', '@dostavka24_bot', '@kafe_lagman', '@korzinka_uz', '@bank_help', '@taxi_toshkent'] },
  notemail: { default: ['admin@', 'v1.2@3', '2@15000', 'a@b', '@ 14:00', 'user@localhost'] },
};

/** A hard negative for a template slot, in the group's language where a list exists. */
export function filler(rng: Rng, group: Group, slot: string): string | undefined {
  const lists = fillers[slot];
  if (!lists) return undefined;
  return rng.pick(lists[group] ?? lists.default);
}

export const fillerSlots: readonly string[] = Object.keys(fillers);
