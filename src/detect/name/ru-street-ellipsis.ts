// Streets and institutions named after people without the street word: `магазин на Абая`, `филиал на Амира Темура
// 107`, `доставка на амира темура`, `на углу Абая и Байтурсынова`, `университет имени Абая`. Russian names the street
// by `на`/`по` + the person's name in the genitive; `жалоба на Алишера` and `перевел на Азиза 500` have no place word.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';

let placeWords: ReadonlySet<string> | undefined;

// `перевел на Азиза 500`, `оформлен на Алишера`: money and papers go to a person, whatever number follows.
const transferWords = new Set([
  'перевел', 'перевёл', 'перевела', 'перевели', 'переведите', 'переведу', 'скинул', 'скинула', 'скинули', 'скиньте',
  'кинул', 'кинула', 'киньте', 'отправил', 'отправила', 'отправили', 'отправьте', 'закинул', 'закинула', 'пополнил',
  'пополнила', 'положил', 'положила', 'заплатил', 'заплатила', 'оплатил', 'оплатила', 'оформил', 'оформила',
  'оформлен', 'оформлена', 'оформлено', 'записал', 'записала', 'записали', 'записалась', 'записался', 'вернули', 'вернул',
]);

// `на углу X и Y`, `на пересечении X и Y`: both are streets.
const cornerWords = new Set(['углу', 'угол', 'пересечении', 'перекрестке', 'перекрёстке']);

/**
 * The span of tokens `first`…`last` (Cyrillic) is a street or institution: it follows `на`/`по` with a place,
 * being-somewhere or going word one or two words before the preposition, or a house number after it; or it follows a
 * corner phrase (`на углу X и Y`: both) or `имени`. A feminine accusative (`на Дильнозу`) is a person.
 */
export function streetSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number): boolean {
  if (first === 0) return false;
  const before = folded[first - 1]!;
  // Every word this looks for before the span starts with у, п, н or и: one code test for most spans.
  const opening = before.charCodeAt(0);
  if (opening !== 0x443 && opening !== 0x43f && opening !== 0x43d && opening !== 0x438) return false;
  if (cornerWords.has(before)) return true;
  if (before === 'и' && afterCorner(text, tokens, folded, first - 1)) return true;
  // `университет имени Абая`, `школа им. Навои`: an institution; but `парень по имени Алишер` and `пишу от имени
  // Марины` (on her behalf) are the person.
  if ((before === 'имени' || (before === 'им' && text.charCodeAt(tokens[first - 1]!.end) === 46)) && (first < 2 || (folded[first - 2] !== 'по' && folded[first - 2] !== 'от'))) return true;
  if ((before !== 'на' && before !== 'по') || !onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 2)) return false;
  if (accusativeFeminine(folded[last]!)) return false;
  if (first < 2) return houseNumberAfter(text, tokens, last);
  if (houseNumberAfter(text, tokens, last) && !transferWords.has(folded[first - 2]!)) return true;
  placeWords ??= new Set(readPatternWords('stoplists/street-ellipsis-before.txt'));
  // One word may stand between the place word and the preposition (`живу тоже на Абая`, `Филиал Kapitalbank на Абая`).
  return placeWords.has(folded[first - 2]!) || (first >= 3 && placeWords.has(folded[first - 3]!) && !transferWords.has(folded[first - 2]!));
}

// `на углу Амира Темура и Бабура`: a corner word, then only capitalised words (the first street) up to the `и` at
// `and`. `на углу с Алишером и Азизом` has a preposition between: people.
function afterCorner(text: string, tokens: readonly Token[], folded: readonly string[], and: number): boolean {
  for (let k = and - 1; k >= 1 && k >= and - 3; k--) {
    if (text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0)) return cornerWords.has(folded[k]!) && k < and - 1;
  }
  return false;
}

/**
 * `на Абая 12`, `на Абая, 55`, `на Амира Темура 107Б.`: a short number closes the clause after the span. A word after
 * the number (`на Азиза 500 тысяч`) makes it an amount; more digit groups make a phone number; a year a date.
 */
function houseNumberAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const number = tokens[last + 1];
  if (number === undefined) return false;
  let gapStart = tokens[last]!.end;
  if (text.charCodeAt(gapStart) === 44) gapStart++;
  if (!onlySpaces(text, gapStart, number.start, 2)) return false;
  const code = text.charCodeAt(number.start);
  const length = number.end - number.start;
  if (code < 48 || code > 57 || length > 5) return false;
  if (length === 4 && (text.startsWith('19', number.start) || text.startsWith('20', number.start))) return false;
  for (let i = number.end; i < text.length; i++) {
    const next = text.charCodeAt(i);
    if (next === 32 || next === 0xa0) continue;
    // Letters and digits after the number: an amount, a unit or a phone number.
    return !(next >= 48 && next <= 57) && !isLetterCode(next);
  }
  return true;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}

/**
 * Entry condition of streetSpan (scan.ts word bits): 1 a corner word or `имени`/`им` (or `и`: only after a corner
 * word), 2 `на`/`по` (a house number or place word must come too), 3 a place word; 0 none of these.
 */
export function streetEllipsisWord(word: string): 0 | 1 | 2 | 3 {
  if (cornerWords.has(word) || word === 'имени' || word === 'им') return 1;
  if (word === 'на' || word === 'по') return 2;
  placeWords ??= new Set(readPatternWords('stoplists/street-ellipsis-before.txt'));
  return placeWords.has(word) ? 3 : 0;
}

// `Дильнозу`, `Ольгу Петровну`, `Зульфию`: the accusative of a feminine name; a street keeps the genitive.
function accusativeFeminine(word: string): boolean {
  const end = word.charCodeAt(word.length - 1);
  return end === 0x443 || end === 0x44e;
}

