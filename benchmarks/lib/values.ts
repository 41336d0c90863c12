// Generated values for template slots: e-mail addresses (plain and obfuscated) and hard negatives (orders, prices,
// dates, cards, IBANs, IDs, handles) that must never be labelled.

import { brands, negatives } from '../fixtures/negatives.js';
import type { CorpusLang } from '../fixtures/negatives.js';
import type { Person } from './people.js';
import { isPhoneLike } from './phones.js';
import type { Rng } from './rng.js';

const latinOf: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
  і: 'i', ў: 'o', ҳ: 'h',
};

/** Lower-case ASCII for e-mail local parts: Cyrillic transliterated, apostrophes and the rest dropped. */
export function asciiSlug(value: string): string {
  let out = '';
  for (const char of value.toLowerCase()) out += latinOf[char] ?? (/[a-z0-9]/u.test(char) ? char : '');
  return out;
}

const mailDomains = ['mail.ru', 'gmail.com', 'yandex.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'yahoo.com', 'outlook.com',
  'umail.uz', 'mail.kz', 'inbox.kz', 'yandex.kz', 'icloud.com', 'proton.me'];
const subDomains = ['student.nuu.uz', 'support.uzum.uz', 'hr.company.kz', 'mail.tdtu.uz', 'corp.beeline.kg', 'edu.auca.kg', 'alumni.kimep.kz'];
const idnAddresses = ['почта.рф', 'пример.рф', 'магазин.рф', 'сайт.рф'];
const tags = ['shop', 'orders', 'uzum', 'news', 'work', 'kaspi', '2024'];

export type EmailStyle = 'plain' | 'plus' | 'sub' | 'digits' | 'idn' | 'obf';

function localPart(rng: Rng, person: Person): string {
  const first = asciiSlug(person.first) || 'user';
  const last = asciiSlug(person.last) || 'mail';
  switch (rng.int(0, 4)) {
    case 0:
      return `${first}.${last}`;
    case 1:
      return `${first[0]}.${last}`;
    case 2:
      return `${first}_${last}`;
    case 3:
      return first + last;
    default:
      return `${last}.${first}`;
  }
}

export function generateEmail(rng: Rng, person: Person, style: EmailStyle): string {
  const local = localPart(rng, person);
  switch (style) {
    case 'plain':
      return `${local}@${rng.pick(mailDomains)}`;
    case 'plus':
      return `${local}+${rng.pick(tags)}@${rng.pick(mailDomains)}`;
    case 'sub':
      return `${local}@${rng.pick(subDomains)}`;
    case 'digits':
      return `${local}${rng.int(1970, 2009)}@${rng.pick(mailDomains)}`;
    case 'idn':
      return `${local}@${rng.pick(idnAddresses)}`;
    case 'obf': {
      const [host = 'mail', tld = 'ru'] = rng.pick(mailDomains).split('.');
      const short = asciiSlug(person.first) || 'user';
      return rng.pick([
        `${short} at ${host} dot ${tld}`,
        `${short}[at]${host}.${tld}`,
        `${short} (собака) ${host}.${tld}`,
        `${short}(at)${host}(dot)${tld}`,
        `${short} [at] ${host} [dot] ${tld}`,
        `${local} собака ${host}.${tld}`,
      ]);
    }
  }
}

/** A digit string of this length that is not a valid phone number anywhere we detect. */
function nonPhoneDigits(rng: Rng, length: number, firstDigits = '123456789'): string {
  for (;;) {
    const digits = rng.pick([...firstDigits]) + rng.digits(length - 1);
    if (!isPhoneLike(digits)) return digits;
  }
}

function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

function ibanCheckDigits(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/gu, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

const fillDigits = (rng: Rng, pattern: string): string => pattern.replace(/N/gu, () => String(rng.int(0, 9)));
const pad = (value: number): string => String(value).padStart(2, '0');

export type NegativeSlot =
  | 'order' | 'track' | 'price' | 'date' | 'time' | 'card' | 'iban' | 'idnum' | 'handle' | 'street' | 'city'
  | 'brand' | 'month' | 'weekday' | 'plate' | 'year' | 'qty';

export const negativeSlots: ReadonlySet<string> = new Set<NegativeSlot>([
  'order', 'track', 'price', 'date', 'time', 'card', 'iban', 'idnum', 'handle', 'street', 'city', 'brand', 'month',
  'weekday', 'plate', 'year', 'qty',
]);

export function generateNegative(rng: Rng, lang: CorpusLang, slot: NegativeSlot): string {
  const vocab = negatives[lang];
  switch (slot) {
    case 'order':
      return rng.pick([
        () => `№${nonPhoneDigits(rng, rng.pick([6, 7, 8, 9]))}`,
        () => `#${nonPhoneDigits(rng, rng.pick([5, 6, 7]))}`,
        () => `${rng.pick(['UZ', 'ORD', 'KZ', 'A'])}-${nonPhoneDigits(rng, rng.pick([6, 8, 9]))}`,
        () => nonPhoneDigits(rng, rng.pick([9, 10, 12])),
      ])();
    case 'track':
      return rng.pick([
        () => `${rng.pick(['RB', 'LP', 'CP', 'RR', 'UA'])}${rng.digits(9)}${rng.pick(['CN', 'UZ', 'KZ', 'RU'])}`,
        () => `LP00${rng.digits(12)}`,
        () => `YT${rng.digits(16)}`,
      ])();
    case 'price':
      return fillDigits(rng, rng.pick(vocab.prices)).replace(/^0+(?=\d)/u, String(rng.int(1, 9)));
    case 'date': {
      const day = rng.int(1, 28);
      const month = rng.int(1, 12);
      const year = rng.int(2019, 2026);
      return rng.pick([
        `${pad(day)}.${pad(month)}.${year}`,
        `${day} ${rng.pick(vocab.months)}`,
        `${year}-${pad(month)}-${pad(day)}`,
        `${pad(day)}/${pad(month)}/${year}`,
        `${pad(day)}.${pad(month)}`,
      ]);
    }
    case 'time':
      return `${rng.int(0, 23)}:${pad(rng.int(0, 59))}`;
    case 'card': {
      const digits = luhnComplete(rng.pick(['8600', '9860', '4276', '5614', '4169', '5440']) + rng.digits(11));
      const grouped = digits.replace(/(\d{4})(?=\d)/gu, '$1 ');
      return rng.chance(0.3) ? `${digits.slice(0, 4)} **** **** ${digits.slice(12)}` : rng.chance(0.5) ? grouped : digits;
    }
    case 'iban': {
      const bban = `${rng.digits(3)}KZT${rng.digits(10)}`;
      return `KZ${ibanCheckDigits('KZ', bban)}${bban}`;
    }
    case 'idnum':
      return rng.pick([
        () => `${rng.pick(['ПИНФЛ', 'JShShIR', 'PINFL'])} ${nonPhoneDigits(rng, 14, '3456')}`,
        () => `${rng.pick(['ИИН', 'ЖСН', 'IIN'])} ${nonPhoneDigits(rng, 12, '0789')}`,
        () => `${rng.pick(['ИНН', 'STIR', 'СТИР'])} ${nonPhoneDigits(rng, 9, '23456')}`,
        () => `${rng.pick(['AA', 'AB', 'AC', 'AD', 'N', 'ID'])}${rng.digits(7)}`,
      ])();
    case 'handle':
      return `@${rng.pick(['uzum_market', 'korzinka_uz', 'kaspi_kz', 'payme_support', 'shop_tashkent', 'best_deals_kg', 'yandexgo_uz', 'clickuz'])}`;
    case 'street':
      return rng.pick(vocab.streets);
    case 'city':
      return rng.pick(vocab.cities);
    case 'brand':
      return rng.pick(brands);
    case 'month':
      return rng.pick(vocab.months);
    case 'weekday':
      return rng.pick(vocab.weekdays);
    case 'plate':
      return `${pad(rng.int(1, 95))} ${rng.pick(['A', 'B', 'C', 'D', 'E'])} ${rng.digits(3)} ${rng.pick(['BA', 'KA', 'MA', 'AB'])}`;
    case 'year':
      return String(rng.int(1995, 2026));
    case 'qty':
      return fillDigits(rng, rng.pick(vocab.quantities)).replace(/^0/u, '2');
  }
}
