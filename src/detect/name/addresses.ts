// Address lines written street name first: `Joaquin Suarez 2906`, `Victor Hugo u. 49`, `Alšova 408`.

import type { Token } from '../../text/tokenize.js';
import { isNumber, onlySpaces } from './gaps.js';

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
  return !(next !== undefined && next.hasDigit && next.start - number.end <= 3);
}
