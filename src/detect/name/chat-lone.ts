// A chat message or line that is one word (`зарина?`, `hi\nottoline\nwhere is my parcel`): the word is addressed.

import type { Token } from '../../text/tokenize.js';
import { Cue } from './cues.js';
import { emojiUnit } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';

/**
 * Whether a line can be a single word: the text has a line break, or it is at most two tokens (a whole message of
 * one word, or of a word and an honorific). A check on the token count and one indexOf, before any token is read.
 */
export function mayHaveLoneLine(text: string, count: number): boolean {
  return count <= 2 || text.indexOf('\n') !== -1;
}

/**
 * Marks as greeted (Cue.Strong) each word that stands alone on its line (only spaces, emoji and `@` before it back to
 * the line break, only closing punctuation and emoji after it to the next) and has a second piece of evidence of
 * being called: it is a listed given name (`зарина?`, `спасибо 🙏\nульяна`), or `?`/`!` follows it (`миляуша?`,
 * `eshqobil!!!`), or a greeting or thanks ends the line before (`спасибо\nстефания`, `hi\nottoline\nwhere is my
 * parcel`). A lone word alone is not enough: `данке`, `күтемін`, `благодарочка` are messages too. The cue only lets
 * the scoring judge the word as after a greeting: the lists, the everyday-word lexicons and the name shape still
 * decide. Not in lists (three lone lines or more, greetings and thanks aside: `Самса\nПлов\nЛагман`), not
 * where a cue is already set, not for digits, and not when the text is one word with no `?`, `!`, `@` or emoji
 * (a form value, a heading, an everyday word: `bera`).
 */
export function markLoneLines(text: string, tokens: readonly Token[], words: readonly WordInfo[], wordCues: ArrayLike<number>, resources: NameResources, turkic: boolean, cueBefore: Uint8Array): void {
  const count = tokens.length;
  // A list: three lone lines or more, greetings and thanks aside.
  let loneLines = 0;
  for (let i = 0; i < count && loneLines < 3; i++) {
    if (tokens[i]!.sentenceStart && wordCues[i] === 0 && loneToken(text, tokens[i]!)) loneLines++;
  }
  if (loneLines >= 3) return;
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    // A word opening a line opens a sentence (tokenize.ts): the flag skips the rest without a look at the text.
    if (!token.sentenceStart || token.hasDigit || cueBefore[i] !== 0) continue;
    const lineStart = lineOpensAt(text, token.start);
    if (lineStart === -1) continue;
    const lineEnd = lineClosesAt(text, token.end);
    if (lineEnd === -1) continue;
    if ((count > 1 || chatMarked(text, lineStart, token, lineEnd)) && called(text, tokens, words, wordCues, i, lineEnd, resources, turkic)) cueBefore[i] = Cue.Strong;
  }
}

// The lone word at `i` is a listed given name, or `?`/`!` follows it (4+ letters), or a greeting ends the line before.
function called(text: string, tokens: readonly Token[], words: readonly WordInfo[], wordCues: ArrayLike<number>, i: number, lineEnd: number, resources: NameResources, turkic: boolean): boolean {
  const token = tokens[i]!;
  // The greeting must close its line: `меня зовут [NAME],\nбыстрой` has a placeholder (no token) after the cue.
  if (i > 0 && wordCues[i - 1]! & CueWord.PhraseEnd && lineOpensAt(text, token.start) > tokens[i - 1]!.end && lineClosesAt(text, tokens[i - 1]!.end) !== -1) return true;
  if (token.end - token.start >= 4) {
    for (let at = token.end; at < lineEnd; at++) {
      const code = text.charCodeAt(at);
      if (code === 63 || code === 33) return true;
    }
  }
  return (words[i]!.evidence(token.cyrillic, resources, turkic).nameFlags & WordFlag.First) !== 0;
}

// The token stands alone on its line.
function loneToken(text: string, token: Token): boolean {
  return lineOpensAt(text, token.start) !== -1 && lineClosesAt(text, token.end) !== -1;
}

/** The index after the line break (or 0) when only spaces, emoji and `@` stand between it and `start`, else -1. */
function lineOpensAt(text: string, start: number): number {
  for (let at = start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at + 1;
    if (!(code === 32 || code === 9 || code === 0xa0 || code === 64 || emojiUnit(code))) return -1;
  }
  return 0;
}

/** The index of the line break (or the text's end) when only closing punctuation, spaces and emoji follow `end`, else -1. */
function lineClosesAt(text: string, end: number): number {
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
    if (!(code === 32 || code === 9 || code === 0xa0 || code === 63 || code === 33 || code === 46 || code === 44 || code === 0x2026 || code === 41 || emojiUnit(code))) return -1;
  }
  return text.length;
}

// A one-word text is a chat message when `?`, `!`, `@` or an emoji stands beside the word (`зарина?`; not `bera`, `Итого`).
function chatMarked(text: string, lineStart: number, token: Token, lineEnd: number): boolean {
  for (let at = lineStart; at < lineEnd; at++) {
    if (at >= token.start && at < token.end) continue;
    const code = text.charCodeAt(at);
    if (code === 63 || code === 33 || code === 64 || emojiUnit(code)) return true;
  }
  return false;
}
