// Businesses and institutions named like people: `Ресторан Афсона`, `кафе Лола`, `магазин Мадина закрыт`,
// `Мечеть Минор`. A capitalised name right after a word for the place, with nothing between, names the place.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import { foldedWordSet } from './folded-words.js';

let establishmentWords: ReadonlySet<string> | undefined;

/**
 * The span of tokens `first`…`last` names a business: one word right after an establishment word, or the
 * establishment word and one word after it (`Ресторан Афсона` opening a sentence), or two words after it of which
 * one is a listed place (`ТЦ Самарканд Дарвоза`).
 */
export function establishmentSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number): boolean {
  establishmentWords ??= foldedWordSet('stoplists/establishment-words.txt');
  if (establishmentWords.has(folded[first]!)) {
    if (last - first === 1) return capitalised(text, tokens, folded, first + 1);
    return last - first === 2 && placeNamed(text, tokens, folded, first + 1, last);
  }
  if (first === 0) return false;
  if (last === first && establishmentWords.has(folded[first - 1]!)) {
    return onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 1) && capitalised(text, tokens, folded, first);
  }
  // `Ресторан Самарканд Дарвоза`, `ТЦ Самарканд Дарвоза`, `отель Хилтон Ташкент`: a two-word name after the word for
  // the place, one of the two a listed place, names the business (the span may hold either word or both).
  const from = last === first ? first - 1 : first;
  return last - from === 1 && from > 0 && establishmentWords.has(folded[from - 1]!) && placeNamed(text, tokens, folded, from, last);
}

let placeWords: ReadonlySet<string> | undefined;

/**
 * The words `from`…`to` right after the establishment word `from - 1` are capitalised, one space apart, and one of
 * them is a listed place. Without the place, two words after it are a person (`в кафе Лола Каримова нас
 * обслужила`: `кафе` does not decline).
 */
function placeNamed(text: string, tokens: readonly Token[], folded: readonly string[], from: number, to: number): boolean {
  placeWords ??= foldedWordSet('stoplists/places.txt');
  let place = false;
  for (let k = from; k <= to; k++) {
    if (!onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1) || !capitalised(text, tokens, folded, k)) return false;
    place ||= placeWords.has(folded[k]!);
  }
  return place;
}

/** Entry condition of dropPlaceNames (scan.ts WordBit.EstablishmentWord): a word for a business or institution, or for goods. */
export function establishmentWord(word: string): boolean {
  establishmentWords ??= foldedWordSet('stoplists/establishment-words.txt');
  return establishmentWords.has(word) || productWord(word) || possessedEstablishment(word);
}

/**
 * A Turkic possessive form of an establishment or goods word, with any case ending after it (`дүкөнү`, `дүкөнүнө`,
 * `кафесі`, `do'koni`, `мейрамханасында`): `Ақмарал дүкені` is the shop called Ақмарал (the owner would be in the
 * genitive, `Ақмаралдың дүкені`). The possessive is a vowel after a consonant stem, с/s and a vowel after a vowel stem.
 */
export function possessedEstablishment(word: string): boolean {
  establishmentWords ??= foldedWordSet('stoplists/establishment-words.txt');
  productWords ??= foldedWordSet('stoplists/product-words.txt');
  // Asked of every word the scan meets for the first time: a word whose first three letters begin no listed word has
  // no listed stem, and none of its prefixes is sliced off and looked up.
  if (word.length < 4) return false;
  stemStarts ??= new Set([...establishmentWords, ...productWords].filter((listed) => listed.length >= 3).map(startCode));
  if (!stemStarts.has(startCode(word))) return false;
  for (let length = Math.min(word.length - 1, 14); length >= 3; length--) {
    const stem = word.slice(0, length);
    if (!establishmentWords.has(stem) && !productWords.has(stem)) continue;
    const stemVowel = vowels.includes(word[length - 1]!);
    const marker = stemVowel ? length + 1 : length;
    if (stemVowel && word[length] !== 'с' && word[length] !== 's') continue;
    return marker < word.length && possessiveVowels.includes(word[marker]!) && word.length - marker <= 6;
  }
  return false;
}

// The first three codes of every establishment and goods word of three letters or more, as one number.
let stemStarts: ReadonlySet<number> | undefined;
function startCode(word: string): number {
  return (word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)) * 0x10000 + word.charCodeAt(2);
}

// The vowels of the third-person possessive (ы і и у ү; Latin i u), and every vowel a stem may end in.
const possessiveVowels = 'ыіиуүiu';
const vowels = 'ыіиуүiuаәеэоөұяюaeoё';

let productWords: ReadonlySet<string> | undefined;

/** A word for goods, food or drink sold under a name (`сок`, `торт`, `shokolad`: place-spans.ts productSpan). */
export function productWord(word: string): boolean {
  productWords ??= foldedWordSet('stoplists/product-words.txt');
  return productWords.has(word);
}

function capitalised(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return k < tokens.length && text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0);
}
