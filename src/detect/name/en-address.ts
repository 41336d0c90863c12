// Names addressed by an English social phrase (`Great work Olan!`, `Bye Capwin!`, `RIP Zorvik`, `Congrats Zorvik`):
// an unknown capitalised word right after one, ending its clause, is the person addressed; the phrase itself is no
// part of a name (`Happy Birthday Anna`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';

/**
 * Lifts a span below the threshold whose words no list knows (the scan scored them on their capitals alone) when an
 * address phrase (cues/name-english-address.txt) stands right before it, one space or a comma away, and the clause
 * ends right after it (`!`, `.`, `,`, `?`, an emoji, the end of the text): the shape of a name said to someone, not of
 * a title or a thing (`congratulations Class of 2024`, `Happy Birthday Song is my favourite`). A one-word phrase
 * that the scan took into the run (`Congrats Zorvik`) is cut off it. Words the lists hold (everyday-word names such
 * as `Summer`, brands, roles) are left to the scan, and lower-case words are not taken (`good job guys`). Runs over
 * the spans (few per text), so the gate is the spans themselves; the caller asks only for text with no Cyrillic or
 * Turkic word.
 */
export function liftAddressedNames(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const phrases = resources.englishSocial.addressPhrases;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    let first = tokenStartingAt(tokens, span.start);
    if (first === -1) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    if (span.score >= 0.5) {
      // `Happy Birthday Zorvik`, `Much Love Quellan`: the phrase the scan took into a run is no part of the name.
      if (first < last && tokens[last]!.end === span.end) trimPhrase(text, tokens, folded, scores, spans, s, first, last, phrases);
      continue;
    }
    if (tokens[last]!.end !== span.end || !clauseEndsAt(text, span.end)) continue;
    let praised = false;
    // `Congrats Zorvik`: the phrase opened the run.
    if (first < last && phraseEndingAt(text, tokens, folded, first, phrases) && onlySpaces(text, tokens[first]!.end, tokens[first + 1]!.start, 1)) first++;
    else if (first === 0 || !nameGap(text, tokens[first - 1]!.end, tokens[first]!.start)) continue;
    else if (!phraseEndingAt(text, tokens, folded, first - 1, phrases)) {
      if (!praisedWork(text, tokens, folded, first - 1, resources)) continue;
      praised = true;
    }
    if (!unknownCapitals(scores, tokens, first, last)) continue;
    // After praise of a work (not a fixed phrase), every word is one SCOWL lacks (`Great trailer Marvel`).
    if (praised && !unlistedWords(folded, first, last)) continue;
    if (tokens[first]!.start === span.start) span.score = nameWeights.unknownPair;
    else spans[s] = { start: tokens[first]!.start, end: span.end, type: 'NAME', score: nameWeights.unknownPair, source: span.source, normalized: bases(scores, first, last) };
  }
}

/** Cuts the words of an address phrase off the front of span `s` (tokens first..last), keeping one word at least. */
function trimPhrase(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[], s: number, first: number, last: number, phrases: ReadonlyMap<string, readonly (readonly string[])[]>): void {
  let cut = -1;
  for (let k = first; k < last; k++) if (phraseEndingAt(text, tokens, folded, k, phrases) && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) cut = k;
  if (cut === -1) return;
  spans[s] = { start: tokens[cut + 1]!.start, end: spans[s]!.end, type: 'NAME', score: spans[s]!.score, source: spans[s]!.source, normalized: bases(scores, cut + 1, last) };
}

/** An address phrase ends at token `k` (its words one or two spaces apart). */
function phraseEndingAt(text: string, tokens: readonly Token[], folded: readonly string[], k: number, phrases: ReadonlyMap<string, readonly (readonly string[])[]>): boolean {
  const candidates = phrases.get(folded[k]!);
  if (candidates === undefined) return false;
  for (const phrase of candidates) {
    const start = k - phrase.length + 1;
    if (start < 0) continue;
    let matches = true;
    for (let w = 0; w < phrase.length - 1 && matches; w++) {
      matches = folded[start + w] === phrase[w] && onlySpaces(text, tokens[start + w]!.end, tokens[start + w + 1]!.start, 2);
    }
    if (matches) return true;
  }
  return false;
}

// What a poster makes and is praised for to their face (`Great video Zorvik!`), besides cues/name-english-work-nouns.txt:
// a closed class. Not `view`, `food`, `shop`, `taste`, `weather`: places and firms are praised so too.
const postedWorks = new Set(['video', 'videos', 'vid', 'vids', 'vlog', 'vlogs', 'song', 'songs', 'cover', 'edit', 'content', 'episode', 'stream', 'performance', 'shot', 'shooting', 'remix', 'verse', 'drawing', 'tutorial', 'upload', 'rap', 'voice', 'singing', 'dancing', 'moves', 'goal', 'save', 'speech', 'interview', 'reaction', 'review', 'story', 'poem']);

/**
 * `Great video Zorvik!`, `excellent poem Zorvik`: praise (cues/name-english-review-praise.txt) and a
 * lower-case word of a posted work ending at token `k` say it to its maker, as `great job` does.
 */
function praisedWork(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const word = folded[k]!;
  if (k < 1 || !(postedWorks.has(word) || resources.englishSocial.workNouns.has(word)) || !resources.englishSocial.reviewPraise.has(folded[k - 1]!)) return false;
  return text.charCodeAt(tokens[k]!.start) === word.charCodeAt(0) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1);
}

function unlistedWords(folded: readonly string[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (englishWordForm(folded[k]!)) return false;
  return true;
}

/** One space, or a comma and a space, between the phrase and the name. */
function nameGap(text: string, from: number, to: number): boolean {
  if (onlySpaces(text, from, to, 1)) return true;
  return text.charCodeAt(from) === 44 && onlySpaces(text, from + 1, to, 1);
}

/** Every word of the run scored on its capital alone (on no list), none opening a sentence. */
function unknownCapitals(scores: readonly WordScore[], tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (scores[k]!.source !== 'capital' || tokens[k]!.sentenceStart || tokens[k]!.cyrillic) return false;
  return true;
}

/** Spaces, then the end of the text, or a character that is no letter or digit and no `'` or `-` (`!`, `,`, an emoji). */
function clauseEndsAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k === text.length) return true;
  const code = text.charCodeAt(k);
  if (code === 39 || code === 45 || code === 0x2019) return false;
  // ASCII letters and digits, and any letter of another script, go on the clause.
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return false;
  return code < 0xc0 || (code >= 0x2000 && code < 0x2c00) || code >= 0xd800;
}

function bases(scores: readonly WordScore[], first: number, last: number): string {
  let normalized = '';
  for (let k = first; k <= last; k++) {
    const base = scores[k]!.base;
    if (base) normalized = normalized ? `${normalized} ${base}` : base;
  }
  return normalized;
}
