// Businesses and institutions named like people: `Ресторан Афсона`, `кафе Лола`, `магазин Мадина закрыт`,
// `Мечеть Минор`. A capitalised name right after a word for the place, with nothing between, names the place.

import { readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import type { WordInfo } from './vocabulary.js';

let establishmentWords: ReadonlySet<string> | undefined;

/**
 * Removes, in place, one-word names (and the establishment word with them) that an establishment word opens or directly precedes. Names the
 * tenant listed (`name:known`) stay.
 */
export function dropEstablishmentNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[]): void {
  establishmentWords ??= new Set(readPatternWords('stoplists/establishment-words.txt').map(foldWord));
  let t = 0;
  let kept = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    if (!(t < tokens.length && span.source !== 'name:known' && namedPlace(text, tokens, folded, words, t, last, establishmentWords))) spans[kept++] = span;
  }
  if (kept !== spans.length) spans.length = kept;
}

function namedPlace(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], first: number, last: number, places: ReadonlySet<string>): boolean {
  // The span opens with the establishment word itself (`Ресторан Афсона` at a sentence start).
  if (words[first]!.onEstablishmentList(places)) return last - first === 1 && capitalised(text, tokens, folded, first + 1);
  if (last !== first || first === 0 || !words[first - 1]!.onEstablishmentList(places)) return false;
  return onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 1) && capitalised(text, tokens, folded, first);
}

function capitalised(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return k < tokens.length && text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0);
}
