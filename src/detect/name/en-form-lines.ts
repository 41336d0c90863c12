// English forms, address blocks and scripts: the value of a `Name:` line, the ship of a military address (`USNS
// Baker`), and the speakers of quoted lines (`Torvin: "Who are you?"`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { overlappingEither, overlappingIndex } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// The most words a form's name value holds (`Mary Ann de la Cruz` is five); a longer value is a sentence.
const maxValueWords = 5;

/**
 * `name:    tobiah r. quennell` (a form line, often lower case, its value aligned with spaces): everything after a line
 * opening with the label `name:` up to the line's end is the name, when it is two to five words of letters, of which
 * only initials (one letter, a dot allowed) may be short, and none is an English function word (`Name: not given`). A value whose words the scan took in part (`jorunn v` of
 * `jorunn v. vestergaard`) becomes one span of the whole value.
 */
export function findFormNameLines(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], resources: NameResources): void {
  const functionWords = resources.chatWords.englishFunctionWords;
  let added: Span[] | undefined;
  let removed: Set<Span> | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (folded[k] !== 'name' || !tokens[k]!.sentenceStart || text.charCodeAt(tokens[k]!.end) !== 58 || !firstOnLine(text, tokens, k)) continue;
    // The value: tokens on the same line after the colon and the spaces.
    const first = k + 1;
    if (!spacesOnly(text, tokens[k]!.end + 1, tokens[first]!.start)) continue;
    let last = first;
    while (last + 1 < tokens.length && last - first + 1 < maxValueWords + 1 && valueGap(text, tokens[last]!.end, tokens[last + 1]!.start)) last++;
    const words = last - first + 1;
    if (words < 2 || words > maxValueWords || !lineEndsAt(text, tokens[last]!.end)) continue;
    let ok = true;
    let long = 0;
    for (let t = first; t <= last && ok; t++) {
      const token = tokens[t]!;
      if (token.hasDigit || functionWords.has(folded[t]!)) ok = false;
      else if (token.end - token.start >= 2) long++;
      else if (t === first || t === last) ok = false;
    }
    if (!ok || long < 2) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    // The scan's spans inside the value give way to one of the whole value; one of exactly the value stays as it is,
    // and one reaching out of the value (the line break ends it) leaves the line alone.
    let score: number = nameWeights.known;
    const inside: Span[] = [];
    for (let at = overlappingIndex(spans, start, end); at !== -1 && at < spans.length && spans[at]!.start < end; at++) {
      const span = spans[at]!;
      if (span.start < start || span.end > end || (span.start === start && span.end === end)) ok = false;
      inside.push(span);
      score = Math.max(score, span.score);
    }
    if (!ok) continue;
    for (const span of inside) (removed ??= new Set()).add(span);
    const normalized: string[] = [];
    for (let t = first; t <= last; t++) normalized.push(folded[t]!);
    (added ??= []).push({ start, end, type: 'NAME', score, source: 'name:cue', normalized: normalized.join(' ') });
  }
  if (added === undefined) return;
  mergeSpans(spans, added, removed);
}

/**
 * Whether token `k` opens a line of the text: only spaces between it and the text's start or a line break after the
 * token before. Reads the gap before the token only.
 */
function firstOnLine(text: string, tokens: readonly Token[], k: number): boolean {
  const from = k === 0 ? 0 : tokens[k - 1]!.end;
  for (let i = tokens[k]!.start - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return k === 0;
}

/** Drops `removed` from `spans`, adds `added`, and sorts: once per pass, not a splice per span. */
function mergeSpans(spans: Span[], added: readonly Span[], removed: ReadonlySet<Span> | undefined): void {
  if (removed !== undefined) {
    const kept = spans.filter((span) => !removed.has(span));
    spans.length = 0;
    for (const span of kept) spans.push(span);
  }
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

function lineEndsAt(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 46) return false;
  }
  return true;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

// Between two words of the value: one space, or an initial's dot and a space.
function valueGap(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 1) return text.charCodeAt(from) === 32;
  return gap === 2 && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 32;
}

// The ship prefixes of US military mail addresses (`USNS Baker`, `USCGC Ortiz`, then `FPO AE 12345`).
const shipPrefixes: ReadonlySet<string> = new Set(['uss', 'usns', 'usnv', 'uscgc']);

/**
 * `USNS Baker\nFPO AE 09123`: the word after a US ship prefix, in upper case, is the ship's name in a military mail
 * address, not a person. Drops a span that starts there and holds that one word.
 */
export function dropShipNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  let removed: Set<Span> | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!shipPrefixes.has(folded[k]!) || text.charCodeAt(tokens[k]!.start) !== folded[k]!.toUpperCase().charCodeAt(0) || text.charCodeAt(tokens[k]!.start + 1) !== 83) continue;
    const next = tokens[k + 1]!;
    if (next.start !== tokens[k]!.end + 1) continue;
    const at = overlappingIndex(spans, next.start, next.end);
    if (at !== -1 && spans[at]!.start === next.start && spans[at]!.end === next.end) (removed ??= new Set()).add(spans[at]!);
  }
  if (removed !== undefined) mergeSpans(spans, [], removed);
}

/**
 * `Torvin: "Who are you?"` then `Marla:"I'm his daughter".`: when two lines or more open with one capitalised Latin
 * word, a colon and a quotation mark, each such word is a speaker of the script, a person even when no list knows it.
 * Role labels (`User:`, `Agent:`; the speaker labels), function words, and words English uses (`Note:`, `Summary:`;
 * unlistedEnglishName; a word with a letter outside ASCII is none) unless a list knows them as names are not taken. The scan's span of the word alone is lifted.
 */
export function findQuotedSpeakers(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let speakers: number[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (text.charCodeAt(token.end) !== 58 || token.cyrillic || token.hasDigit || !firstOnLine(text, tokens, k)) continue;
    let quote = token.end + 1;
    while (text.charCodeAt(quote) === 32) quote++;
    const code = text.charCodeAt(quote);
    if (code !== 34 && code !== 0x201c) continue;
    (speakers ??= []).push(k);
  }
  if (speakers === undefined || speakers.length < 2) return;
  let added: Span[] | undefined;
  for (const k of speakers) {
    const token = tokens[k]!;
    const word = folded[k]!;
    if (text.charCodeAt(token.start) === word.charCodeAt(0) || word.length < 3 || words[k]!.cue !== 0) continue;
    if (resources.speakerLabels.has(word) || resources.chatWords.englishFunctionWords.has(word)) continue;
    const evidence = words[k]!.evidence(false, resources, false);
    if (evidence.nameFlags === 0 ? !(unlistedEnglishName(word, evidence, resources) || foreignLetters.test(word)) : evidence.stopFlags & (WordFlag.Place | WordFlag.NotName)) continue;
    const existing = overlappingEither(spans, added, token.start, token.end);
    if (existing !== undefined) {
      if (existing.start === token.start && existing.end === token.end && existing.score < nameWeights.first) existing.score = nameWeights.first;
      continue;
    }
    (added ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.first, source: 'name:cue', normalized: word });
  }
  if (added !== undefined) mergeSpans(spans, added, undefined);
}

// Letters only, one of them outside ASCII (`Koppány`, `Søren`): no English everyday word.
const foreignLetters = /^(?=.*[^\x00-\x7f])\p{L}+$/u;

/** Cheap entry checks for scan.ts: an upper-case `US` (dropShipNames), a `name:`/`Name:` label (findFormNameLines). */
export function mayHaveShip(text: string): boolean {
  return text.includes('US');
}
export function mayHaveNameLine(text: string): boolean {
  return text.includes('ame:');
}
