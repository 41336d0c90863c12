// Surnames and given names written with an Irish, Italian or West African prefix and an apostrophe (`O'Sullivan`,
// `D'Souza`, `N'Golo`): the shape alone says a person, wherever the word stands (`O'Sullivan sorted out my refund`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { spanOverlapping } from './real-tokens.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

/**
 * A Latin token of one capital O, D or N, an apostrophe (' ’ ʼ), a capital and at least two lower-case letters, and
 * nothing else, is a name: added as an unknown pair scores, or a span ending with it that the scan scored below that
 * (`Siobhan O'Sullivan` as two unknown capitals) is lifted. Not `L'`, which opens French firms and places
 * (`L'Oreal`), nor `o'clock` or `I'M` (lower case, or all capitals, after the apostrophe). Uzbek `O'` is followed by a
 * lower-case letter (`O'tkir`, `O'zbekiston`). One character read per token; the rest only on a match.
 */
export function liftApostropheNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  let found: Span[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.end - token.start < 5 || !apostrophe(text.charCodeAt(token.start + 1)) || !prefixedName(text, token)) continue;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined) {
      if (span.end === token.end && span.score < nameWeights.unknownPair) span.score = nameWeights.unknownPair;
      continue;
    }
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]! });
  }
  addFoundSpans(spans, found);
}

function apostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

/** `O'Sullivan`, `D'Angelo`, `N'Golo`: the prefix, the apostrophe, a capital, then lower-case ASCII letters only. */
function prefixedName(text: string, token: Token): boolean {
  const prefix = text.charCodeAt(token.start);
  if (prefix !== 79 && prefix !== 68 && prefix !== 78) return false;
  const capital = text.charCodeAt(token.start + 2);
  if (capital < 65 || capital > 90) return false;
  for (let at = token.start + 3; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
