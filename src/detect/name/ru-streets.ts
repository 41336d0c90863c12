// Russian chat, streets named after people without the word "street": `живу на Амира Темура`, `офис на Навои 12`,
// `доставка на шота руставели`. The name after на/по is the street when an address word stands before it;
// `жалоба на Алишера` (a complaint about a person) and `перевел на Азиза 500` (money sent to one) have none.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';

// Words of an address or a place a customer is at or is sent to, up to two words before на/по.
const addressWords: ReadonlySet<string> = new Set([
  'живу', 'живем', 'живет', 'живут', 'проживаю', 'доставка', 'доставку', 'доставки', 'доставили', 'доставьте', 'доставить', 'привезите', 'привезли',
  'адрес', 'адресу', 'офис', 'офисе', 'магазин', 'магазине', 'пункт', 'пункте', 'выдачи', 'находится', 'находимся', 'находитесь', 'дом', 'доме',
  'филиал', 'филиале', 'отделение', 'отделении', 'ресторан', 'ресторане', 'кафе', 'угол', 'углу', 'остановка', 'остановке', 'склад', 'складе',
  'точка', 'точке', 'поворот', 'заберите', 'забрать', 'забрал', 'забрала', 'самовывоз', 'ехать', 'едем', 'еду', 'приезжайте', 'подъезжайте',
  'квартира', 'квартиру', 'район', 'районе', 'пробки', 'пробка', 'ремонт', 'перекрыли', 'перекресток', 'напротив', 'рядом', 'возле',
]);

/**
 * Removes name spans that open right after на/по (`на`, `по`, one space) when an address word stands one or two
 * words before the preposition. The spans are sorted; tokens are walked once (linear cost).
 */
export function dropEponymStreets(tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  let k = 0;
  let kept = 0;
  for (const span of spans) {
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    if (!(k < tokens.length && tokens[k]!.start === span.start && k > 0 && eponymStreet(tokens, folded, k))) spans[kept++] = span;
  }
  spans.length = kept;
}

function eponymStreet(tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const preposition = folded[k - 1]!;
  if ((preposition !== 'на' && preposition !== 'по') || tokens[k]!.start - tokens[k - 1]!.end !== 1) return false;
  // No house number alone: `перевел на Азиза 500` is money sent to a person.
  return (k >= 2 && addressWords.has(folded[k - 2]!)) || (k >= 3 && addressWords.has(folded[k - 3]!));
}

/** Entry condition: some token is на or по. */
export function mayNameStreet(folded: readonly string[]): boolean {
  for (const word of folded) if (word === 'на' || word === 'по') return true;
  return false;
}
