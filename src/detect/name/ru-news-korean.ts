// Russian news prose: a Korean name as Russian writes it, a one-syllable surname and a two-syllable given name
// written as two capitalised syllables (`Пак Ын Хва`, `Ким Тэ Сона`). The lists hold few such given names, and the
// scan splits or cuts them (`Пак` alone, `Ын Хва` alone) or joins two of them (`Кима Чон Ира Ким Ир`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldedWordSet } from './folded-words.js';
import { capitalCyrillic, onlySpaceBetween } from './ru-news.js';
import { nameWeights } from './weights.js';

let koreanSurnames: ReadonlySet<string> | undefined;

/**
 * The runs of a Korean surname of names/ru/korean-news-surnames.txt (in its case forms: `Кима`, `Киму`, `Кимом`) and two
 * capitalised syllables of two or three letters, the last one in a case form too (`Сона`, `Ином`). `Но` (also "but")
 * opening a sentence is the conjunction. A scan span that runs into the surname from the left is cut before it; the
 * runs are returned (sorted, disjoint) for the caller to merge, undefined when there is none.
 */
export function findKoreanNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): Span[] | undefined {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k + 2 < count; k++) {
    const token = tokens[k]!;
    // Most tokens are longer than a surname in a case form, or lower case.
    const length = token.end - token.start;
    if (length > 5 || length < 2 || !capitalCyrillic(text, token, folded[k]!)) continue;
    // The run's shape (character tests) before the surname's set lookups: most short capitalised words stand alone.
    if (!onlySpaceBetween(text, token, tokens[k + 1]!) || !onlySpaceBetween(text, tokens[k + 1]!, tokens[k + 2]!)) continue;
    if (!syllable(text, tokens[k + 1]!, folded[k + 1]!, false) || !syllable(text, tokens[k + 2]!, folded[k + 2]!, true)) continue;
    if (!surname(folded[k]!) || (token.sentenceStart && folded[k] === 'но')) continue;
    // A longer capitalised run is something else (a title of a work, a list of words).
    const after = tokens[k + 3];
    if (after !== undefined && onlySpaceBetween(text, tokens[k + 2]!, after) && capitalCyrillic(text, after, folded[k + 3]!) && !surname(folded[k + 3]!)) continue;
    const start = token.start;
    const end = tokens[k + 2]!.end;
    k += 2;
    cutBefore(text, spans, start, end);
    if (within(spans, start, end)) continue;
    (found ??= []).push({ start, end, type: 'NAME', score: nameWeights.nameShape, source: 'name:cue', normalized: folded.slice(k - 2, k + 1).join(' ') });
  }
  return found;
}

// A surname as listed, or with a case ending after a consonant (`Кима`, `Киму`, `Кимом`, `Киме`, `Паком`).
function surname(word: string): boolean {
  koreanSurnames ??= foldedWordSet('names/ru/korean-news-surnames.txt');
  if (koreanSurnames.has(word)) return true;
  const ending = caseEnding(word);
  return ending > 0 && koreanSurnames.has(word.slice(0, word.length - ending));
}

// Two or three letters (`Ир`, `Чжэ`), capitalised; the last syllable may carry a case ending (`Сена`, `Ином`).
function syllable(text: string, token: Token, word: string, last: boolean): boolean {
  if (!capitalSyllable(text, token, word)) return false;
  const length = word.length;
  if (length >= 2 && length <= 3) return true;
  if (!last || length > 5) return false;
  const ending = caseEnding(word);
  return ending > 0 && length - ending >= 2 && length - ending <= 3;
}

// Capitalised Cyrillic with a lower-case second letter; unlike capitalCyrillic(), `ё` there (`Мён`, `Хён`) is lower
// case though its folded form is `е`.
function capitalSyllable(text: string, token: Token, word: string): boolean {
  if (!token.cyrillic || token.hasDigit || text.charCodeAt(token.start) === word.charCodeAt(0)) return false;
  const second = text.charCodeAt(token.start + 1);
  return (second >= 0x430 && second <= 0x44f) || second === 0x451;
}

// The length of a noun's case ending after a final consonant (-а, -у, -е, -ом), or 0.
function caseEnding(word: string): number {
  if (word.length < 3) return 0;
  if (word.endsWith('ом') && !vowel(word.charCodeAt(word.length - 3))) return 2;
  const last = word.charCodeAt(word.length - 1);
  return (last === 0x430 || last === 0x443 || last === 0x435) && !vowel(word.charCodeAt(word.length - 2)) ? 1 : 0;
}

function vowel(code: number): boolean {
  return code === 0x430 || code === 0x435 || code === 0x451 || code === 0x438 || code === 0x43e || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x44f;
}

// A scan span at or above the threshold already holds the whole run (`Ким Чен Ын` from the lists).
function within(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) if (span.score >= 0.5 && span.start <= start && span.end >= end) return true;
  return false;
}

// A span that starts before the run and reaches into it ends at the last word before the run instead.
function cutBefore(text: string, spans: Span[], start: number, end: number): void {
  for (const span of spans) {
    if (span.start >= start || span.end <= start || span.end > end) continue;
    let cut = start;
    while (cut > span.start && text.charCodeAt(cut - 1) === 32) cut--;
    if (cut <= span.start) continue;
    span.end = cut;
    if (span.normalized !== undefined) span.normalized = text.slice(span.start, cut).toLowerCase().split(/\s+/u).join(' ');
  }
}
