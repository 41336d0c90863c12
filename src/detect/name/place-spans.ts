// One walk over the spans for the place readings of a name: streets and institutions named after people without
// the street word (ru-street-ellipsis.ts), businesses named like people (establishments.ts) and goods sold under a
// name (`сок Дары`, `торт Наполеон`: productSpan below).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { establishmentSpan, possessedEstablishment, productWord } from './establishments.js';
import { streetSpan } from './ru-street-ellipsis.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';
import { WordBit } from './vocabulary.js';

/**
 * Removes, in place, spans that name a street or a business. Names the tenant listed (`name:known`) stay. `turkic`:
 * the text has Kazakh, Kyrgyz or Uzbek words, where a name before a possessed establishment word names it.
 */
export function dropPlaceNames(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, spans: Span[], cyrillic: boolean, turkic: boolean): void {
  current.turkic = turkic;
  current.bits = wordBits;
  dropSpans(text, tokens, folded, spans, cyrillic ? namesPlaceInCyrillicText : namesPlace, current);
}

// `bits`: the scan's per-token word bits. The business and goods tests below each need a word of
// WordBit.EstablishmentWord (establishments.ts establishmentWord: an establishment word, a goods word or a possessed
// one) at a fixed place around the span: the bit is asked before the word lists. Reused from call to call (the scan
// is synchronous and never re-entered).
interface Around {
  turkic: boolean;
  bits: ArrayLike<number>;
}
const current: Around = { turkic: false, bits: [] };

/** A word of WordBit.EstablishmentWord at token `k` of `count`. */
function establishmentAt(bits: ArrayLike<number>, k: number, count: number): boolean {
  return k >= 0 && k < count && (bits[k]! & WordBit.EstablishmentWord) !== 0;
}

/** establishmentSpan(), productSpan() or namedEstablishment() may hold: a word of the bit at `first - 2` … `last + 1`. */
function businessNear(bits: ArrayLike<number>, count: number, first: number, last: number): boolean {
  // establishmentSpan: at `first`, `first - 1` or `first - 2` (two-word names); productSpan: at `first` or
  // `first - 1`; namedEstablishment: at `last + 1`.
  return establishmentAt(bits, first, count) || establishmentAt(bits, first - 1, count) || establishmentAt(bits, first - 2, count) || establishmentAt(bits, last + 1, count);
}

function namesPlace(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, { turkic, bits }: Around): boolean {
  return (
    tokens[first]!.start === span.start && span.source !== 'name:known' && businessNear(bits, tokens.length, first, last) &&
    (establishmentSpan(text, tokens, folded, first, last) || productSpan(text, tokens, folded, first, last) || namedEstablishment(text, tokens, folded, last, turkic))
  );
}

function namesPlaceInCyrillicText(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, { turkic, bits }: Around): boolean {
  return (
    tokens[first]!.start === span.start && span.source !== 'name:known' &&
    ((tokens[first]!.cyrillic && streetSpan(text, tokens, folded, first, last)) ||
      (businessNear(bits, tokens.length, first, last) && (establishmentSpan(text, tokens, folded, first, last) || productSpan(text, tokens, folded, first, last) || namedEstablishment(text, tokens, folded, last, turkic))))
  );
}

/**
 * The span's last word, not in the genitive, stands one space before a possessed establishment or goods word
 * (`Ақмарал дүкені`, `Айпери дүкөнүнө`, `Malika do'koni`): the name of the shop. A Cyrillic one counts in Turkic
 * text only (Russian `у Алишера торты` is a plural).
 */
function namedEstablishment(text: string, tokens: readonly Token[], folded: readonly string[], last: number, turkic: boolean): boolean {
  const next = last + 1;
  if (next >= tokens.length || !onlySpaces(text, tokens[last]!.end, tokens[next]!.start, 1) || genitive.test(folded[last]!)) return false;
  const word = folded[next]!;
  // Without a Turkic letter in the text, only the possessive after a vowel stem (`кафеси`, `аптекасы`), which no
  // Russian form has, says the text is Turkic.
  if (tokens[next]!.cyrillic && !turkic && !vowelStemPossessive.test(word)) return false;
  return possessedEstablishment(word);
}
const vowelStemPossessive = /[аеэоуыияю]с[ыиіуү]/u;

// Kazakh, Kyrgyz and Uzbek genitive endings: the owner of the shop, a person (`Ақмаралдың дүкені`).
const genitive = /(?:[ндт][ыі]ң|[ндт][ыиуү]н|ning|нинг)$/u;

/**
 * One capitalised word in its base form right after a word for goods, food or drink (stoplists/product-words.txt),
 * one space between: the brand or dish (`конфеты Роза`, `салат Цезарь`). A name in another case is a person the
 * goods go to (`передайте торт Алишеру`).
 */
function productSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number): boolean {
  // `Промокод Лето`: the goods word opening the span, and one word after it.
  if (first + 1 === last && productWord(folded[first]!)) first++;
  if (first !== last || first === 0 || !productWord(folded[first - 1]!) || !onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 1)) return false;
  if (text.charCodeAt(tokens[first]!.start) === folded[first]!.charCodeAt(0)) return false;
  return baseFormEnding(folded[first]!);
}

/**
 * The word does not end like a case form that names the receiver or owner: a Cyrillic word ending in а, я, ь or a
 * consonant (not у, ю, е, и, ы, і, -ом, -ем: `Алишеру`, `Айгүлге`, `Азизом`), a Latin word of four letters and more not ending in a
 * Turkic dative, accusative, genitive or ablative (`Alisherga`, `Dilnozani`, `Jasurning`).
 */
function baseFormEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last >= 0x400 && last <= 0x4ff) return last !== 0x443 && last !== 0x44e && last !== 0x435 && last !== 0x438 && last !== 0x44b && last !== 0x456 && !/(?:ом|ем|ым|им)$/u.test(word);
  return !/^.{4,}(?:ga|ka|qa|ni|ning|dan)$/u.test(word);
}

/**
 * Removes, in place, Cyrillic spans of one or two words right after the preposition `в`/`во` (`доставка в Лада`,
 * `посылка ещё в Мина`): a name there is the town, district or shop goods go to or sit in (no annotated set has a
 * person after it). A feminine accusative (`верю в Лолу`) and a name after love or belief (`влюбилась в Азиза`) are
 * persons. Names the tenant listed stay.
 */
export function dropPlacesAfterIn(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, placeAfterIn, undefined);
}

function placeAfterIn(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  if (first === 0 || last > first + 1 || span.source === 'name:known' || tokens[first]!.start !== span.start || !tokens[first]!.cyrillic) return false;
  const before = folded[first - 1]!;
  if ((before !== 'в' && before !== 'во') || !onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 1)) return false;
  // `влюбилась в Азиза`, `верю в Алишера`: love and belief take a person after `в`.
  if (first >= 2 && (folded[first - 2]!.startsWith('влюб') || beliefWords.has(folded[first - 2]!))) return false;
  const end = folded[last]!.charCodeAt(folded[last]!.length - 1);
  return end !== 0x443 && end !== 0x44e;
}

const beliefWords = new Set(['верю', 'верит', 'верим', 'верят', 'верил', 'верила', 'верили', 'поверил', 'поверила', 'поверили', 'верую']);
