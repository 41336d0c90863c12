// `Marshall, Hernandez and Simpson`: three surnames in the partnership pattern name a firm, not three people.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';

const ampersand = 38;

/**
 * Drops the spans inside `X, Y and Z` / `X, Y & Z` (Latin script, each a single capitalised word) when each is a
 * listed surname or on no list, at least one a surname and at most one also a given name, and no colon announces
 * them: law firms, agencies and partnerships are named so; people
 * listed by surname alone are rare outside sport and news (`Anna, Maria and John` keeps its names). One check per
 * span, only in Latin-script text. At least one must be a surname only: `Sarah, Quellin and Dovrik` are people.
 */
export function dropSurnameFirms(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  // One pass that compacts in place: a span inside the last firm found is dropped, with the kept spans before it
  // that lie inside it too. (Splicing per firm was quadratic on long texts, and re-checking a span that reaches
  // past the firm, `… and Simpson Smith`, never ended.)
  let kept = 0;
  let firmFrom = -1;
  let firmTo = -1;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.start >= firmFrom && span.end <= firmTo) continue;
    const firm = firmAround(text, tokens, folded, words, span, resources);
    if (firm !== undefined) {
      [firmFrom, firmTo] = firm;
      while (kept > 0 && spans[kept - 1]!.start >= firmFrom) kept--;
      if (span.start >= firmFrom && span.end <= firmTo) continue;
    }
    spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped.
  if (kept !== spans.length) spans.length = kept;
}

/** The firm `X, Y and Z` that the span's first word is part of, if any. */
function firmAround(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], span: Span, resources: NameResources): readonly [number, number] | undefined {
  const t = tokenStartingAt(tokens, span.start);
  if (t === -1) return undefined;
  // The span may be any of the three words: try each position of the pattern that puts it there.
  for (let first = t - 3; first <= t; first++) {
    const triple = firmAt(text, tokens, folded, words, first, resources);
    if (triple !== undefined) return triple;
  }
  return undefined;
}

/** The offsets of `X, Y and Z` starting at token `first`, when it names a firm. */
function firmAt(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], first: number, resources: NameResources): [number, number] | undefined {
  if (first < 0 || first + 2 >= tokens.length) return undefined;
  const x = tokens[first]!;
  const y = tokens[first + 1]!;
  // `X, Y and Z`: the comma and one space, then ` and ` (a token) or ` & ` (no token).
  if (text.charCodeAt(x.end) !== 44 || text.charCodeAt(x.end + 1) !== 32 || y.start !== x.end + 2) return undefined;
  let z = tokens[first + 2]!;
  if (folded[first + 2] === 'and') {
    const after = tokens[first + 3];
    if (after === undefined || z.start !== y.end + 1 || after.start !== z.end + 1) return undefined;
    z = after;
  } else if (!(text.charCodeAt(y.end) === 32 && text.charCodeAt(y.end + 1) === ampersand && text.charCodeAt(y.end + 2) === 32 && z.start === y.end + 3)) return undefined;
  const last = z === tokens[first + 2] ? first + 2 : first + 3;
  // `our founders: Morrison, Rogers and Torres`: after a colon the three are what the sentence announces, people.
  let back = x.start - 1;
  while (back >= 0 && text.charCodeAt(back) === 32) back--;
  if (back >= 0 && text.charCodeAt(back) === 58) return undefined;
  let alsoGiven = 0;
  let surnames = 0;
  for (const k of [first, first + 1, last]) {
    const token = tokens[k]!;
    if (token.cyrillic || token.hasDigit) return undefined;
    const word = folded[k]!;
    if (text.charCodeAt(token.start) === word.charCodeAt(0) || token.end - token.start !== word.length) return undefined;
    const flags = words[k]!.evidence(false, resources, false).nameFlags;
    // Listed as a surname, or on no list at all (the firm's partners are rarely all on ours).
    if (flags !== 0 && (flags & WordFlag.Surname) === 0) return undefined;
    // A surname that is also a given name (`Sarah`, `Marshall`) is no evidence of a firm on its own.
    if (flags & WordFlag.Surname && (flags & WordFlag.First) === 0) surnames++;
    if (flags & WordFlag.First) alsoGiven++;
  }
  return surnames >= 1 && alsoGiven <= 1 ? [x.start, z.end] : undefined;
}


/**
 * `the Princess Royal`, `the Prince Regent`: after `the` and a title, a single word that is also an everyday English
 * word (an ambiguous listed name) completes the title rather than naming the person. Drops such one-word spans; a
 * name that is only a name (`the courier John`) and any name after a service role (`the operator Rose`) stay. One check per span, only in Latin-script text.
 */
export function dropTitleWords(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    // Cheap test first: a one-word span right after `the <title> `.
    if (span.start < 6) continue;
    const t = tokenStartingAt(tokens, span.start);
    if (t < 2 || tokens[t]!.end !== span.end || tokens[t]!.cyrillic) continue;
    // Not after a service role: `the operator Rose` is the person who helped.
    if (folded[t - 2] !== 'the' || !resources.roles.has(folded[t - 1]!) || resources.serviceRoles.has(folded[t - 1]!)) continue;
    if ((words[t]!.evidence(false, resources, false).nameFlags & WordFlag.Ambiguous) === 0) continue;
    spans.splice(s, 1);
    s--;
  }
}
