// Businesses and institutions named like people: `Ресторан Афсона`, `кафе Лола`, `магазин Мадина закрыт`,
// `Мечеть Минор`. A capitalised name right after a word for the place, with nothing between, names the place.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import { foldedWordSet } from './folded-words.js';

let establishmentWords: ReadonlySet<string> | undefined;

/**
 * The span of tokens `first`…`last` names a business: one word right after an establishment word, or the
 * establishment word and one word after it (`Ресторан Афсона` opening a sentence).
 */
export function establishmentSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number): boolean {
  establishmentWords ??= foldedWordSet('stoplists/establishment-words.txt');
  if (establishmentWords.has(folded[first]!)) return last - first === 1 && capitalised(text, tokens, folded, first + 1);
  if (last !== first || first === 0 || !establishmentWords.has(folded[first - 1]!)) return false;
  return onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 1) && capitalised(text, tokens, folded, first);
}

/** Entry condition of dropPlaceNames (scan.ts WordBit.EstablishmentWord): a word for a business or institution. */
export function establishmentWord(word: string): boolean {
  establishmentWords ??= foldedWordSet('stoplists/establishment-words.txt');
  return establishmentWords.has(word);
}

function capitalised(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return k < tokens.length && text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0);
}
