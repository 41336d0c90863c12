// English forms and address blocks: the value of a `Name:` line, and the ship of a military address (`USNS Baker`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';
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
  let added = false;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (folded[k] !== 'name' || !tokens[k]!.sentenceStart || text.charCodeAt(tokens[k]!.end) !== 58 || !lineOpensAt(text, tokens[k]!.start)) continue;
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
    // The scan's span of the whole value stays as it is.
    if (spans.some((span) => span.start === start && span.end === end)) continue;
    const removed: Span[] = [];
    for (let s = spans.length - 1; s >= 0; s--) {
      const span = spans[s]!;
      if (span.start >= start && span.end <= end) removed.push(...spans.splice(s, 1));
      else if (span.start < end && start < span.end) ok = false;
    }
    if (!ok) continue;
    let score: number = nameWeights.known;
    for (const span of removed) score = Math.max(score, span.score);
    const normalized: string[] = [];
    for (let t = first; t <= last; t++) normalized.push(folded[t]!);
    spans.push({ start, end, type: 'NAME', score, source: 'name:cue', normalized: normalized.join(' ') });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

/** Whether `name` opens a line of the text (the text's start, or only spaces after a line break). */
function lineOpensAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
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
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!shipPrefixes.has(folded[k]!) || text.charCodeAt(tokens[k]!.start) !== folded[k]!.toUpperCase().charCodeAt(0) || text.charCodeAt(tokens[k]!.start + 1) !== 83) continue;
    const next = tokens[k + 1]!;
    if (next.start !== tokens[k]!.end + 1) continue;
    const at = spans.findIndex((span) => span.start === next.start && span.end === next.end);
    if (at !== -1) spans.splice(at, 1);
  }
}

/** Cheap entry checks for scan.ts: an upper-case `US` (dropShipNames), a `name:`/`Name:` label (findFormNameLines). */
export function mayHaveShip(text: string): boolean {
  return text.includes('US');
}
export function mayHaveNameLine(text: string): boolean {
  return text.includes('ame:');
}
