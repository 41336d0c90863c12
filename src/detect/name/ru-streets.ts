// Russian chat, streets named after people without the word "street": `живу на Амира Темура`, `офис на Навои 12`,
// `доставка на шота руставели`. The name after на/по is the street when an address word stands before it or a house
// number after it; `жалоба на Алишера` (a complaint about a person) has neither.

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
 * words before the preposition, or a number follows the span (`на Навои 12`, `по Бабура, 5`). The spans are
 * sorted; tokens are walked once (linear cost).
 */
export function dropEponymStreets(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  let k = 0;
  let kept = 0;
  for (const span of spans) {
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    if (!(k < tokens.length && tokens[k]!.start === span.start && k > 0 && eponymStreet(text, tokens, folded, k, span.end))) spans[kept++] = span;
  }
  spans.length = kept;
}

function eponymStreet(text: string, tokens: readonly Token[], folded: readonly string[], k: number, end: number): boolean {
  const preposition = folded[k - 1]!;
  if ((preposition !== 'на' && preposition !== 'по') || tokens[k]!.start - tokens[k - 1]!.end !== 1) return false;
  if ((k >= 2 && addressWords.has(folded[k - 2]!)) || (k >= 3 && addressWords.has(folded[k - 3]!))) return true;
  // A house number after the name: `на Навои 12`, `на Бабура, 5`, `по Абая д. 7`.
  let after = k;
  while (after < tokens.length && tokens[after]!.start < end) after++;
  const next = tokens[after];
  if (next === undefined || next.start - end > 2) return false;
  const code = text.charCodeAt(next.start);
  return (code >= 48 && code <= 57) || folded[after] === 'д' || folded[after] === 'дом';
}

/** Entry condition: some token is на or по. */
export function mayNameStreet(folded: readonly string[]): boolean {
  for (const word of folded) if (word === 'на' || word === 'по') return true;
  return false;
}
