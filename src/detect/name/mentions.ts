// Names met again in the same document: ctx.knownNames and names the scan already found.

import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces, withoutPossessive } from './gaps.js';
import { StemMatcher } from './lexicon.js';
import { latinSuffixes, turkicSuffixes } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';
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
  /** find() of an interned word (its lookup keys are worked out once per process). */
  findWord(word: WordInfo, cyrillic: boolean): string | undefined {
    return this.#matcher.findKeys(word.mentionKeys(cyrillic));
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
  words: readonly WordInfo[],
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
    const cyrillic = tokens[t]!.cyrillic;
    let base = mentions.mayStartWith(folded[t]!) ? mentions.findKeys(words[t]!.mentionKeys(cyrillic)) : undefined;
    if (base === undefined && text.charCodeAt(tokens[t]!.start) !== folded[t]!.charCodeAt(0) && capitalMentions.mayStartWith(folded[t]!)) {
      base = capitalMentions.findKeys(words[t]!.mentionKeys(cyrillic));
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

// Words that coordinate two people: `Torpy and Salinas`, `Леманом и Каном`, `Jasur va Akmal`, `Ерлан және Айгүл`.
const conjunctions = new Set(['and', 'и', 'va', 'ва', 'және', 'жана', 'мен', '&']);

/**
 * `Usamov and Bowers`, `между Леманом и Каном`: an unknown capitalised word coordinated with a found name (same
 * script, not at a sentence start) is a name too. Adds spans in place.
 */
export function findCoordinatedNames(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[]): void {
  const added: Span[] = [];
  let s = 0;
  for (const span of spans) {
    if (span.score < nameWeights.coordinatedWith) continue;
    while (s < tokens.length && tokens[s]!.end <= span.start) s++;
    let e = s;
    while (e + 1 < tokens.length && tokens[e + 1]!.start < span.end) e++;
    // A lone given name pairs with anything (`Rick and Morty`); a surname pairs with a surname.
    if (s === e && scores[s]!.given) continue;
    // The word before `X and` / after `and X`; the conjunction is the only thing between.
    for (let side = 0; side < 2; side++) {
      const conjunction = side === 0 ? s - 1 : e + 1;
      const other = side === 0 ? s - 2 : e + 2;
      if (other < 0 || other >= tokens.length || !conjunctions.has(folded[conjunction]!)) continue;
      const word = scores[other]!;
      // At a sentence start a capitalised Russian word may be any noun; an English one that no list knows (not even
      // the everyday-word list) is a name (`Torpy and Salinas were engineers`).
      if (word.kind !== WordKind.Name || word.source !== 'capital' || (tokens[other]!.sentenceStart && tokens[other]!.cyrillic) || tokens[other]!.cyrillic !== tokens[s]!.cyrillic) continue;
      const [from, to] = other < s ? [tokens[other]!.end, tokens[conjunction]!.start] : [tokens[conjunction]!.end, tokens[other]!.start];
      if (!onlySpaces(text, from, to, 2) || !onlySpaces(text, other < s ? tokens[conjunction]!.end : tokens[e]!.end, other < s ? tokens[s]!.start : tokens[conjunction]!.start, 2)) continue;
      if (added.some((existing) => existing.start === tokens[other]!.start)) continue;
      // Not firm names (`Marshall, Hernandez and Simpson`, `Brown and Abt Associates`) nor address lines
      // (`Maarit and Hersnapvej 75`): no enumeration comma, no number or capitalised word after the pair.
      const left = Math.min(other, s);
      const right = Math.max(other, e);
      if (enumerated(text, tokens, left, right) || tokens[other]!.end - tokens[other]!.start !== folded[other]!.length || folded[other]!.includes('-')) continue;
      // A weak span of the word alone (an unknown capitalised word scores below the threshold) is lifted.
      const weak = spans.find((existing) => existing.start <= tokens[other]!.start && existing.end >= tokens[other]!.end);
      if (weak !== undefined) {
        if (weak.start === tokens[other]!.start && weak.score < nameWeights.coordinated && weak.end <= tokens[other]!.end) weak.score = nameWeights.coordinated;
        continue;
      }
      added.push({ start: tokens[other]!.start, end: withoutPossessive(text, tokens[other]!.start, tokens[other]!.end), type: 'NAME', score: nameWeights.coordinated, source: 'name:cue', normalized: word.base });
    }
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

function enumerated(text: string, tokens: readonly Token[], left: number, right: number): boolean {
  let before = tokens[left]!.start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before >= 0 && text.charCodeAt(before) === 44) return true;
  const next = tokens[right + 1];
  if (next === undefined) return false;
  const between = text.slice(tokens[right]!.end, next.start);
  if (between.trim() === ',' ) return true;
  if (!onlySpaces(text, tokens[right]!.end, next.start, 2)) return false;
  return next.hasDigit || text.charCodeAt(next.start) !== text.toLowerCase().charCodeAt(next.start);
}
