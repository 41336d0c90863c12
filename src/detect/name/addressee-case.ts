// The person addressed after thanks or a greeting stands in the bare form: a case-marked word there is the object of
// the next verb (`Rahmat, Kurtkani oldim`: "thanks, I got the jacket"), not a name.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';

// Accusative (-ni, -ны, -ні, -ни) and plural (-lar, -ler, -лар, -лер) endings of Uzbek, Kazakh and Kyrgyz.
const objectEnding = /(?:ni|lar|ler|larni|ни|ны|ні|лар|лер|дар|дер|тар|тер)$/u;

/**
 * Token `i`, a capitalised word on no list right after a greeting or thanks, ends in an accusative or plural ending
 * and runs straight into a lower-case word (no comma, no honorific after it): the object of what follows.
 */
export function caseMarkedAfterThanks(text: string, tokens: readonly Token[], folded: readonly string[], i: number, honorificAfter: boolean): boolean {
  const word = folded[i]!;
  if (word.length < 6 || honorificAfter || !objectEnding.test(word)) return false;
  const next = tokens[i + 1];
  return next !== undefined && onlySpaces(text, tokens[i]!.end, next.start, 2) && text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0);
}
