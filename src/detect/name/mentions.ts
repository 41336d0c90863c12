// Names met again in the same document: ctx.knownNames and names the scan already found.

import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { withoutPossessive } from './gaps.js';
import { StemMatcher } from './lexicon.js';
import { latinSuffixes, turkicSuffixes } from './suffixes.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/** Names known for a document (ctx.knownNames), found again lower-cased or inflected. */
export class KnownNames {
  readonly #matcher = new StemMatcher();
  constructor(names: readonly string[]) {
    for (const name of names) {
      for (const word of name.split(/[\s,]+/u)) {
        const folded = foldWord(word.replace(/[^\p{L}\p{M}'’‘ʻ-]/gu, ''));
        if (folded.length >= 2) this.#matcher.add(folded);
      }
    }
  }
  get size(): number {
    return this.#matcher.size;
  }
  /** The known name's folded form (in the script it was given in) when `folded` is it, inflected or not. */
  find(folded: string, cyrillic: boolean): string | undefined {
    return this.#matcher.find(folded, cyrillic ? turkicSuffixes : latinSuffixes, 2);
  }
}

/**
 * A name found once in a document is found again elsewhere in it, alone, inflected or lower-cased
 * (`Исаков Жолон Сүйүнбай уулу … Жолон!`, `Jasur … jasurga`). Adds spans in place.
 */
export function findRepeatedMentions(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  scores: readonly WordScore[],
  spans: Span[],
  turkic: boolean,
): void {
  // Words with their own evidence are found again in any case; unknown capitalised words joined to a name
  // (`Лофнер` in `Джаред Лофнер`) only when capitalised again (so `Davis Orchestra` does not make `orchestra` a name).
  const mentions = new StemMatcher();
  const capitalMentions = new StemMatcher();
  const covered = new Uint8Array(tokens.length);
  let k = 0;
  for (const span of spans) {
    if (span.score < 0.5) continue;
    while (k < tokens.length && tokens[k]!.end <= span.start) k++;
    for (let t = k; t < tokens.length && tokens[t]!.start < span.end; t++) {
      covered[t] = 1;
      // Only real name words seed the search: not initials, particles or patronymic words.
      if (scores[t]!.kind !== WordKind.Name || scores[t]!.base.length < 3) continue;
      (scores[t]!.score >= 0.5 ? mentions : capitalMentions).add(scores[t]!.base);
    }
  }
  if (mentions.size === 0 && capitalMentions.size === 0) return;
  const added: Span[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] || tokens[t]!.hasDigit || folded[t]!.length < 3 || scores[t]!.score >= 0.5) continue;
    const suffixes = tokens[t]!.cyrillic ? turkicSuffixes : latinSuffixes;
    let base = mentions.mayStartWith(folded[t]!) ? mentions.find(folded[t]!, suffixes, 2) : undefined;
    if (base === undefined && text.charCodeAt(tokens[t]!.start) !== folded[t]!.charCodeAt(0) && capitalMentions.mayStartWith(folded[t]!)) {
      base = capitalMentions.find(folded[t]!, suffixes, 2);
    }
    if (base === undefined || !mentionEndingAllowed(folded[t]!, base, turkic)) continue;
    added.push({ start: tokens[t]!.start, end: withoutPossessive(text, tokens[t]!.start, tokens[t]!.end), type: 'NAME', score: nameWeights.repeatedMention, source: 'name:known', normalized: base });
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

// In Russian text a one-letter ending on a short stem is too loose (`Ан` → `Ана`); require the stem to be long.
function mentionEndingAllowed(word: string, base: string, turkic: boolean): boolean {
  return turkic || word.length - base.length <= 3;
}

/**
 * `Джоэл Саймон (Joel Simon)`: a capitalised Latin phrase in brackets right after a found name is the same
 * person in the original spelling. Adds spans in place.
 */
export function findBracketedOriginals(text: string, tokens: readonly Token[], spans: Span[]): void {
  const added: Span[] = [];
  let t = 0;
  for (const span of spans) {
    if (span.score < 0.5) continue;
    let at = span.end;
    while (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) !== 40) continue;
    const close = text.indexOf(')', at);
    if (close === -1 || close - at > 60) continue;
    while (t < tokens.length && tokens[t]!.start <= at) t++;
    const first = t;
    let last = -1;
    for (let k = first; k < tokens.length && tokens[k]!.end <= close; k++) {
      if (tokens[k]!.cyrillic || tokens[k]!.hasDigit) {
        last = -1;
        break;
      }
      last = k;
    }
    if (last < first || !/^\p{Lu}/u.test(text.slice(tokens[first]!.start, tokens[first]!.end))) continue;
    added.push({ start: tokens[first]!.start, end: tokens[last]!.end, type: 'NAME', score: span.score, source: span.source, normalized: text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase() });
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}
