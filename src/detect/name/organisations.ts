// Capitalised Latin words that belong to an organisation name (`Miller Ltd`, `Jones, Smith and Davis Orchestra`,
// `University of Nicosia`) are not people: drops the name spans found inside such names.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

// Enough for `Henderson, Hicks and Brown and Abt Associates`; a longer capitalised stretch is a heading, not a firm.
const maxChainTokens = 8;

function capitalised(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const token = tokens[k]!;
  return !token.cyrillic && !token.hasDigit && text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0);
}

function isConjunction(word: string): boolean {
  return word === 'and' || word === '&';
}

// What may stand between two words of a firm name: spaces, or a comma of an enumeration (`Clark, Romero and Hall`),
// or an ampersand (`Brown & Sons`, which the tokenizer does not keep as a word).
function gapKind(text: string, from: number, to: number): 'space' | 'comma' | 'ampersand' | undefined {
  if (onlySpaces(text, from, to, 2)) return 'space';
  if (to - from > 4) return undefined;
  // One comma or ampersand among spaces, by char code (runs once per span and word of a firm name).
  let mark = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    if (mark !== 0 || (code !== 44 && code !== 38)) return undefined;
    mark = code;
  }
  return mark === 44 ? 'comma' : mark === 38 ? 'ampersand' : undefined;
}

/**
 * The span starting at token `first` is part of an organisation name: from it, capitalised words (an enumeration
 * needs its `and`/`&` before the last member) run into an organisation word (`Ltd`, `Orchestra`, `Research`).
 */
function endsInOrganisationWord(text: string, tokens: readonly Token[], folded: readonly string[], first: number, orgWords: ReadonlySet<string>): boolean {
  // A comma is only an enumeration once an `and` follows it (`John Smith, Harvard University` is a person and a
  // university; `Clark, Romero and Hall Orchestra` is one band).
  let openComma = false;
  for (let k = first + 1; k < tokens.length && k <= first + maxChainTokens; k++) {
    const gap = gapKind(text, tokens[k - 1]!.end, tokens[k]!.start);
    if (gap === undefined) return false;
    if (gap === 'comma') openComma = true;
    if (gap === 'ampersand') openComma = false;
    if (isConjunction(folded[k]!)) {
      if (gap !== 'space') return false;
      openComma = false;
      continue;
    }
    if (!capitalised(text, tokens, folded, k)) return false;
    if (orgWords.has(folded[k]!)) return !openComma;
  }
  return false;
}

/** `University of Nicosia`, `Bank of Georgia`: an organisation word and `of` right before the span. */
function afterOrganisationOf(text: string, tokens: readonly Token[], folded: readonly string[], first: number, orgWords: ReadonlySet<string>): boolean {
  if (first < 2 || folded[first - 1] !== 'of') return false;
  return capitalised(text, tokens, folded, first - 2) && orgWords.has(folded[first - 2]!) && onlySpaces(text, tokens[first - 2]!.end, tokens[first - 1]!.start, 1);
}

/** Removes (in place) the Latin-script spans that are part of an organisation name. Known names stay. */
export function dropOrganisationNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], orgWords: ReadonlySet<string>): void {
  dropSpans(text, tokens, folded, spans, inOrganisation, orgWords);
}

function inOrganisation(text: string, tokens: readonly Token[], folded: readonly string[], first: number, _last: number, span: Span, orgWords: ReadonlySet<string>): boolean {
  return span.source !== 'name:known' && !tokens[first]!.cyrillic && (endsInOrganisationWord(text, tokens, folded, first, orgWords) || afterOrganisationOf(text, tokens, folded, first, orgWords));
}
