// A product line or plan after its brand: `Kaspi Gold`, `Uzum Nasiya`, `Payme Plus`. The second word is often a
// listed surname (`Gold`) or unknown and capitalised; right after a brand word it names the card, app or plan.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldedWordSet } from './folded-words.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

let brands: ReadonlySet<string> | undefined;

/** Entry condition of dropBrandLines (scan.ts ORs it into WordGate.BrandWord): a brand of stoplists/brands.txt. */
export function brandWord(word: string): boolean {
  brands ??= foldedWordSet('stoplists/brands.txt');
  return brands.has(word);
}

/** Removes, in place, one-word spans right after a brand word, one space apart, in the same script, not shaped like a surname. */
export function dropBrandLines(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, brandLine, undefined);
}

function brandLine(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  // A surname by its shape stays a person (`Uzum Olimova`): product lines are not -ova/-ov words.
  if (first !== last || first === 0 || span.source === 'name:known' || span.source === 'name:morphology' || !brandWord(folded[first - 1]!)) return false;
  const brand = tokens[first - 1]!;
  return brand.cyrillic === tokens[first]!.cyrillic && onlySpaces(text, brand.end, tokens[first]!.start, 1);
}
