// A review signed with a given name and a town (`Автор: Марина Самара`, `— Олег Москва`, `Muallif: Dilnoza
// Toshkent`): the town is where the writer lives, not a surname, though words.ts reads a listed place after a given
// name as one (`Джек Лондон`). The signature frame decides: in it the place is cut off the name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';

// The last word of a sign-off before a comma (`С уважением, Ирина Казань`, `Hurmat bilan, …`, `Best regards, …`).
const signOffs = new Set(['уважением', 'bilan', 'билан', 'менен', 'құрметпен', 'regards', 'wishes']);

/**
 * A span of exactly two words on one line, a listed given name and a word only the place list holds, that ends its
 * line (only spaces and `.`/`!` after it) and opens it after a label (one to three words and a colon: `Автор:`,
 * `Отзыв оставил:`), a dash, or a sign-off and a comma, is cut to the given name.
 */
export function dropSignedPlaces(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let k = 0;
  for (const span of spans) {
    // The line's end after the span first: most spans do not end a line, and need no token walk.
    if (span.type !== 'NAME' || !endsLine(text, span.end)) continue;
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    if (k + 1 >= tokens.length || tokens[k]!.start !== span.start || tokens[k + 1]!.end !== span.end) continue;
    if (!signed(text, tokens, folded, k)) continue;
    const place = words[k + 1]!.evidence(tokens[k + 1]!.cyrillic, resources, false);
    if (place.stopFlags !== WordFlag.Place || place.nameFlags !== 0 || place.endingLength !== 0) continue;
    const given = words[k]!.evidence(tokens[k]!.cyrillic, resources, false);
    if ((given.nameFlags & WordFlag.First) === 0 || given.endingLength !== 0) continue;
    span.end = tokens[k]!.end;
    span.normalized = span.normalized?.split(' ')[0] ?? folded[k]!;
  }
}

/** Only spaces, `.` or `!` after `end` up to a line break or the end of the text. */
function endsLine(text: string, end: number): boolean {
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return true;
    if (code !== 32 && code !== 46 && code !== 33 && code !== 13) return false;
  }
  return true;
}

/**
 * Token `k` opens a signature: after a dash opening the line, after a colon that ends a label of one to three words
 * opening the line, or after a sign-off word and a comma.
 */
function signed(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  let at = tokens[k]!.start - 1;
  while (at >= 0 && text.charCodeAt(at) === 32) at--;
  if (at < 0) return false;
  const mark = text.charCodeAt(at);
  if (mark === 45 || mark === 0x2013 || mark === 0x2014) return lineStartBefore(text, at);
  if (mark === 44) return k > 0 && tokens[k - 1]!.end === at && signOffs.has(folded[k - 1]!);
  if (mark !== 58) return false;
  // One to three words of a label, opening the line, before the colon.
  for (let label = 1; label <= 3 && k - label >= 0; label++) {
    const first = tokens[k - label]!;
    if (label > 1 && !onlySpaceBetween(text, first.end, tokens[k - label + 1]!.start)) return false;
    if (lineStartBefore(text, first.start)) return tokens[k - 1]!.end === at;
  }
  return false;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== 32) return false;
  return to > from;
}

/** Only spaces between the last line break (or the text's start) and `at`. */
function lineStartBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 13) return false;
  }
  return true;
}
