// Address lines written street name first: `Joaquin Suarez 2906`, `Victor Hugo u. 49`, `Alšova 408`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { isNumber, onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

/**
 * A house number follows the run ending at token `last`: 1-5 digits right after it (or after a short lower-case
 * street abbreviation with a dot, `u. 12`, `ul. 5`), not a year and not the first group of a phone number.
 */
export function houseNumberAfter(text: string, tokens: readonly Token[], folded: readonly string[], last: number): boolean {
  let k = last + 1;
  if (k >= tokens.length || !onlySpaces(text, tokens[last]!.end, tokens[k]!.start, 2)) return false;
  const abbreviation = tokens[k]!;
  if (!abbreviation.hasDigit && abbreviation.end - abbreviation.start <= 3 && text.charCodeAt(abbreviation.end) === 46 && text.charCodeAt(abbreviation.start) === folded[k]!.charCodeAt(0)) {
    k++;
    if (k >= tokens.length || !onlySpaces(text, abbreviation.end + 1, tokens[k]!.start, 2)) return false;
  }
  const number = tokens[k]!;
  const digits = number.end - number.start;
  if (!isNumber(text, number) || digits > 5) return false;
  // `Kimmel 2015`: a year after a name is a date, not an address.
  if (digits === 4 && (text.startsWith('19', number.start) || text.startsWith('20', number.start))) return false;
  // `Jasur 90 123 45 67`: more digit groups after it make a phone number.
  const next = tokens[k + 1];
  if (next !== undefined && next.hasDigit && next.start - number.end <= 3) return false;
  // `Aziz Karimov 5 ta buyurtma`, `Jasur Qodirov 12 soatda`, `Emma Stone 3 times`: a count or a span of time.
  return !(next !== undefined && onlySpaces(text, number.end, next.start, 1) && countOrTimeWord(folded[k + 1]!));
}

/**
 * `Maarit and Hersnapvej 75`, `the corner of Kuusiku 7 and Alexander Flat`: a Latin span coordinated by `and` with a
 * street and its house number is a street too. Removes such spans in place (known names stay).
 */
export function dropAddressCoordinations(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, coordinatedWithAddress, undefined);
}

function coordinatedWithAddress(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  return span.source !== 'name:known' && !tokens[first]!.cyrillic && (streetWithNumberAfter(text, tokens, folded, last) || numberAndBefore(text, tokens, folded, first));
}

// `X and Hersnapvej 75`: `and`, a capitalised word (or two) and a house number after the span's last token.
function streetWithNumberAfter(text: string, tokens: readonly Token[], folded: readonly string[], last: number): boolean {
  const conjunction = last + 1;
  if (conjunction + 1 >= tokens.length || folded[conjunction] !== 'and' || !onlySpaces(text, tokens[last]!.end, tokens[conjunction]!.start, 2)) return false;
  for (let k = conjunction + 1; k <= conjunction + 2 && k < tokens.length; k++) {
    if (!onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
    if (tokens[k]!.hasDigit || text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0)) return false;
    if (houseNumberAfter(text, tokens, folded, k)) return true;
  }
  return false;
}

// `Kuusiku 7 and X`: a house number and `and` right before the span.
function numberAndBefore(text: string, tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  if (first < 2 || folded[first - 1] !== 'and') return false;
  const number = tokens[first - 2]!;
  return isNumber(text, number) && number.end - number.start <= 5 && onlySpaces(text, number.end, tokens[first - 1]!.start, 2) && onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 2);
}

// `flew to Phoenix`, `grew up in Shelly Park`, `a letter from France`: one capitalised word after these is as
// often a place as a person.
const englishPlacePrepositions = new Set(['to', 'in', 'from', 'at', 'near']);

/** Token `first` follows an English place preposition. */
export function afterEnglishPlacePreposition(folded: readonly string[], first: number): boolean {
  return first > 0 && englishPlacePrepositions.has(folded[first - 1]!);
}

// Counting words, units of time and "times" after a number (Uzbek, Russian, Kazakh, Kyrgyz, English), written for
// pii-gate: a count, not a house number. Stems of three letters or more take a short case ending (`soatda`, `минут`);
// shorter ones must stand alone (`ta`, `ай`), or `tall`, `taxi` would count.
const countStems: readonly string[] = [
  'ta', 'dona', 'marta', 'soat', 'daqiqa', 'minut', 'kun', 'kunda', 'hafta', 'oy', 'yil', 'yosh', 'sekund',
  'та', 'дона', 'марта', 'соат', 'дақиқа', 'минут', 'кун', 'ҳафта', 'йил', 'ёш', 'раз', 'час', 'дня', 'дней', 'день', 'недел', 'мес', 'год', 'лет', 'сек', 'шт',
  'рет', 'жолу', 'сағат', 'саат', 'мүнөт', 'күн', 'апта', 'жума', 'ай', 'жыл', 'жас', 'дана', 'даана',
  'times', 'time', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'pcs', 'items',
];
function countOrTimeWord(word: string): boolean {
  for (const stem of countStems) if (word.startsWith(stem) && (word.length === stem.length || (stem.length > 2 && word.length - stem.length <= 3))) return true;
  return false;
}
