// Names met again in the same document: ctx.knownNames and names the scan already found.

import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
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
 * The names found in one document, as StemMatcher would hold them, reused from document to document: their stem
 * keys in the order added, each with its name's base. A key's first occurrence belongs to the name added first, so
 * scanning the flat list answers exactly what StemMatcher.findKeys() answers, without a matcher, key arrays and an
 * initials array per document.
 */
class FoundNames {
  // Filled up to the counts below (emptied by resetting the counts: no array shrinks and regrows per document).
  readonly #keys: string[] = [];
  // Each key's length: most keys compared differ in length, and a number compare spares the string compare's call.
  readonly #keyLengths: number[] = [];
  readonly #bases: string[] = [];
  readonly #initials: number[] = [];
  // Names added but whose keys are not listed yet: most documents have no word that could be a mention (checked by
  // first letter), so the keys are worked out on the first find() only, in the order the names were added.
  readonly #pendingBases: string[] = [];
  readonly #pendingWords: WordInfo[] = [];
  #keyCount = 0;
  #initialCount = 0;
  #pendingCount = 0;
  #map: Map<string, string> | undefined;
  // The bases added since the last reset: a name met again adds nothing, as its keys are those of its first mention,
  // whose base find() answers with anyway (a 1 Mi text of capitalised words adds 124k name words, 40k bases).
  readonly #added = new Set<string>();

  get empty(): boolean {
    return this.#initialCount === 0;
  }

  reset(): void {
    this.#keyCount = 0;
    this.#initialCount = 0;
    this.#pendingCount = 0;
    this.#map = undefined;
    if (this.#added.size > 0) this.#added.clear();
  }

  /** Adds a name word's base form; `word` is the token's interned word (it remembers the base's stem keys). */
  add(base: string, word: WordInfo): void {
    if (this.#added.has(base)) return;
    this.#added.add(base);
    const initial = base.charCodeAt(0);
    if (!this.mayStartWith(base)) this.#initials[this.#initialCount++] = initial;
    this.#pendingBases[this.#pendingCount] = base;
    this.#pendingWords[this.#pendingCount++] = word;
  }

  // Lists the keys of the names added since the last call.
  #listPending(): void {
    for (let n = 0; n < this.#pendingCount; n++) {
      const base = this.#pendingBases[n]!;
      for (const key of this.#pendingWords[n]!.baseKeys(base)) {
        this.#keys[this.#keyCount] = key;
        this.#keyLengths[this.#keyCount] = key.length;
        this.#bases[this.#keyCount++] = base;
      }
    }
    this.#pendingCount = 0;
  }

  /** StemMatcher.mayStartWith(). */
  mayStartWith(folded: string): boolean {
    return this.mayStartWithCode(folded.charCodeAt(0));
  }

  /** mayStartWith() of a word whose first code is `initial`. */
  mayStartWithCode(initial: number): boolean {
    for (let k = 0; k < this.#initialCount; k++) if (this.#initials[k] === initial) return true;
    return false;
  }

  /** StemMatcher.findKeys(): the first of `keys` that some name has, and the first name added with it. */
  find(keys: readonly string[]): string | undefined {
    if (this.#pendingCount > 0) this.#listPending();
    const count = this.#keyCount;
    if (count > linearLimit) return this.#findInMap(keys);
    const stored = this.#keys;
    const lengths = this.#keyLengths;
    for (const key of keys) {
      const length = key.length;
      for (let k = 0; k < count; k++) if (lengths[k] === length && stored[k] === key) return this.#bases[k];
    }
    return undefined;
  }

  // A long document with many names: a map from key to its first name keeps each lookup constant.
  #findInMap(keys: readonly string[]): string | undefined {
    let map = this.#map;
    if (map === undefined) {
      map = this.#map = new Map();
      for (let k = 0; k < this.#keyCount; k++) if (!map.has(this.#keys[k]!)) map.set(this.#keys[k]!, this.#bases[k]!);
    }
    for (const key of keys) {
      const base = map.get(key);
      if (base !== undefined) return base;
    }
    return undefined;
  }
}
const linearLimit = 32;

// One set of each per process (or worker): the scan is synchronous and never re-entered.
const foundMentions = new FoundNames();
const foundCapitalMentions = new FoundNames();
let coveredTokens = new Uint8Array(256);

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
  firstCodes: ArrayLike<number>,
): void {
  // Words with their own evidence are found again in any case; unknown capitalised words joined to a name
  // (`Лофнер` in `Джаред Лофнер`) only when capitalised again (so `Davis Orchestra` does not make `orchestra` a name).
  const mentions = foundMentions;
  const capitalMentions = foundCapitalMentions;
  mentions.reset();
  capitalMentions.reset();
  const count = tokens.length;
  if (coveredTokens.length < count) coveredTokens = new Uint8Array(Math.max(count, coveredTokens.length * 2));
  const covered = coveredTokens;
  // A loop, not fill(): the builtin's call costs more than zeroing the ~20 entries of a typical text.
  for (let t = 0; t < count; t++) covered[t] = 0;
  let k = 0;
  for (const span of spans) {
    if (span.score < 0.5) continue;
    while (k < count && tokens[k]!.end <= span.start) k++;
    for (let t = k; t < count && tokens[t]!.start < span.end; t++) {
      covered[t] = 1;
      // Only real name words seed the search: not initials, particles or patronymic words.
      const score = scores[t]!;
      if (score.kind !== WordKind.Name || score.base.length < 3) continue;
      (score.score >= 0.5 ? mentions : capitalMentions).add(score.base, words[t]!);
    }
  }
  if (mentions.empty && capitalMentions.empty) return;
  const added: Span[] = [];
  for (let t = 0; t < count; t++) {
    if (covered[t] || scores[t]!.score >= 0.5) continue;
    // Both lookups below need a found name with the word's first letter (firstCodes[t], from the scan's flat
    // arrays): most words are ruled out here without a visit to their token or string.
    const initial = firstCodes[t]!;
    if (!mentions.mayStartWithCode(initial) && !capitalMentions.mayStartWithCode(initial)) continue;
    const token = tokens[t]!;
    const word = folded[t]!;
    if (token.hasDigit || word.length < 3) continue;
    let base = mentions.mayStartWith(word) ? mentions.find(words[t]!.mentionKeys(token.cyrillic)) : undefined;
    if (base === undefined && text.charCodeAt(token.start) !== word.charCodeAt(0) && capitalMentions.mayStartWith(word)) {
      base = capitalMentions.find(words[t]!.mentionKeys(token.cyrillic));
    }
    if (base === undefined || !mentionEndingAllowed(word, base, turkic)) continue;
    added.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.repeatedMention, source: 'name:known', normalized: base });
  }
  if (added.length === 0) return;
  for (const span of added) spans.push(span);
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
  let added: Span[] | undefined;
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
    (added ??= []).push({ start: tokens[first]!.start, end: tokens[last]!.end, type: 'NAME', score: span.score, source: span.source, normalized: text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase() });
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

// Words that coordinate two people: `Torpy and Salinas`, `Леманом и Каном`, `Jasur va Akmal`, `Ерлан және Айгүл`,
// `Диас пен Дархан` (Kazakh мен/пен/бен by the last sound of the word before).
const conjunctions = new Set(['and', 'и', 'va', 'ва', 'және', 'жана', 'мен', 'пен', 'бен', '&']);

/** Entry condition of findCoordinatedNames (scan.ts ORs it into WordBit.Conjunction): a word it pairs names with. */
export function coordinationWord(word: string): boolean {
  return conjunctions.has(word);
}

/**
 * `Usamov and Bowers`, `между Леманом и Каном`: an unknown capitalised word coordinated with a found name (same
 * script, not at a sentence start) is a name too. Adds spans in place.
 */
export function findCoordinatedNames(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[]): void {
  // Allocated on the first find only; no closures below (one capturing `tokens` made every call allocate a context).
  let added: Span[] | undefined;
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
      const from = other < s ? tokens[other]!.end : tokens[conjunction]!.end;
      const to = other < s ? tokens[conjunction]!.start : tokens[other]!.start;
      if (!onlySpaces(text, from, to, 2) || !onlySpaces(text, other < s ? tokens[conjunction]!.end : tokens[e]!.end, other < s ? tokens[s]!.start : tokens[conjunction]!.start, 2)) continue;
      if (added !== undefined && startsAt(added, tokens[other]!.start) !== undefined) continue;
      // Not firm names (`Marshall, Hernandez and Simpson`, `Brown and Abt Associates`) nor address lines
      // (`Maarit and Hersnapvej 75`): no enumeration comma, no number or capitalised word after the pair.
      const left = Math.min(other, s);
      const right = Math.max(other, e);
      if (enumerated(text, tokens, left, right) || tokens[other]!.end - tokens[other]!.start !== folded[other]!.length || folded[other]!.includes('-')) continue;
      // A weak span of the word alone (an unknown capitalised word scores below the threshold) is lifted.
      const weak = covering(spans, tokens[other]!.start, tokens[other]!.end);
      if (weak !== undefined) {
        if (weak.start === tokens[other]!.start && weak.score < nameWeights.coordinated && weak.end <= tokens[other]!.end) weak.score = nameWeights.coordinated;
        continue;
      }
      (added ??= []).push({ start: tokens[other]!.start, end: tokens[other]!.end, type: 'NAME', score: nameWeights.coordinated, source: 'name:cue', normalized: word.base });
    }
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

/** The first of `spans` that starts at `start` (a loop, not Array.find with a closure: this runs per found name). */
export function startsAt(spans: readonly Span[], start: number): Span | undefined {
  for (const span of spans) if (span.start === start) return span;
  return undefined;
}

/** The first of `spans` that covers [start, end). */
function covering(spans: readonly Span[], start: number, end: number): Span | undefined {
  for (const span of spans) if (span.start <= start && span.end >= end) return span;
  return undefined;
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
