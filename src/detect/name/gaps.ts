// What lies between and around words: spaces, cue punctuation, colons, quotes, speaker labels.

import type { Token } from '../../text/tokenize.js';

/** A line feed in text[from, to). */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}

/**
 * Only spaces (U+0020) and exactly one apostrophe (`'`, `’`) in text[from, to): a possessive's `'` typed apart from its
 * word (`Zorvek ' s`, `Zorvek 's`), as en-name-links.ts, en-social-frames.ts and en-brand-possessives.ts read it.
 */
export function oneApostropheBetween(text: string, from: number, to: number): boolean {
  let apostrophes = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 39 || code === 0x2019) apostrophes++;
    else if (code !== 32) return false;
  }
  return apostrophes === 1;
}

/** Spaces only (no line break), at most `max` of them. */
export function onlySpaces(text: string, from: number, to: number, max: number): boolean {
  if (to - from > max || to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 0xa0 && code !== 9 && code !== 0x202f) return false;
  }
  return true;
}

// Between a greeting and a name: spaces, commas, colons, dashes, exclamation marks (`Здравствуйте, Дильноза!`), and
// in chat emoji (`спасибо 🙏 дильноза`): they stand where punctuation would, so they do not count toward its four.
export function cueGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  if (to - from > 4) return to - from <= maxEmojiGap && (emojiAmongPunctuation(text, from, to) || paddedLabel(text, from, to));
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!cuePunctuation(code) && !emojiUnit(code)) return false;
  }
  return true;
}

const maxEmojiGap = 16;

// `name:    tobiah quennell`: a form's label, its value aligned with spaces after the colon.
function paddedLabel(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 58) return false;
  for (let i = from + 1; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

function cuePunctuation(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 44 || code === 58 || code === 45 || code === 0x2014 || code === 0x2013 || code === 33 || code === 46;
}

// A longer gap: at most four punctuation codes, the rest emoji.
function emojiAmongPunctuation(text: string, from: number, to: number): boolean {
  let punctuation = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (emojiUnit(code)) continue;
    if (!cuePunctuation(code) || ++punctuation > 4) return false;
  }
  return true;
}

/**
 * A UTF-16 code of an emoji: surrogates of the pictographic planes (U+1F000–U+1FAFF: D83C–D83E and any low
 * surrogate), the symbol and dingbat blocks (❤ ✅ ☺), the variation selector and the zero-width joiner.
 */
export function emojiUnit(code: number): boolean {
  return (code >= 0xd83c && code <= 0xd83e) || (code >= 0xdc00 && code <= 0xdfff) || (code >= 0x2600 && code <= 0x27bf) || code === 0xfe0f || code === 0x200d;
}

/** `? ` between a question asking for a name and the answer: a question mark and spaces only. */
export function questionGap(text: string, from: number, to: number): boolean {
  if (to - from > 4 || to <= from) return false;
  let asked = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 63) asked = true;
    else if (code !== 32 && code !== 0xa0) return false;
  }
  return asked;
}

export function roleGap(text: string, from: number, to: number): boolean {
  return onlySpaces(text, from, to, 2) || (to - from <= 3 && oneDashAmongSpaces(text, from, to));
}

// `\s*[-–—]\s*` over text[from, to), by code: exactly one dash, the rest white space as the regex `\s` defines it.
function oneDashAmongSpaces(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 0x2013 || code === 0x2014) dashes++;
    else if (!isRegexSpace(code)) return false;
  }
  return dashes === 1;
}

// The code points `\s` matches in a Unicode regex (WhiteSpace and LineTerminator).
function isRegexSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// `Оператор Чыңгыз: …`: a role word, a name and a colon is a chat speaker label.
export function colonAfter(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  return text.charCodeAt(at) === 58;
}

export function isNumber(text: string, token: Token): boolean {
  if (!token.hasDigit) return false;
  for (let k = token.start; k < token.end; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

export function openingQuote(code: number): boolean {
  return code === 0xab || code === 0x201c || code === 0x201e || code === 34;
}

// `Анна: здравствуйте` at the start of a line: a chat speaker prefix.
export function isSpeakerPrefix(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first]!.start;
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before >= 0 && text.charCodeAt(before) !== 10 && text.charCodeAt(before) !== 13) return false;
  let after = tokens[last]!.end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  return text.charCodeAt(after) === 58;
}

/**
 * The token index of the first word of the next speaker's line, when only `?`/`.`/`!`, spaces and one line break
 * follow `end` and that line opens with a one- or two-word speaker label and a colon (`Как к вам обращаться?\n
 * Клиент: Ованес`) and the rest of that line is one to three words, else -1: the answer to a question asking for a
 * name.
 */
export function answerAfterSpeakerLabel(text: string, tokens: readonly Token[], j: number): number {
  let at = tokens[j]!.end;
  while (at < text.length && (text.charCodeAt(at) === 63 || text.charCodeAt(at) === 46 || text.charCodeAt(at) === 33 || text.charCodeAt(at) === 32)) at++;
  if (text.charCodeAt(at) === 13) at++;
  if (text.charCodeAt(at) !== 10) return -1;
  for (let label = j + 1; label <= j + 2 && label + 1 < tokens.length; label++) {
    if (label === j + 2 && !onlySpaces(text, tokens[j + 1]!.end, tokens[label]!.start, 1)) return -1;
    let colon = tokens[label]!.end;
    while (colon < text.length && text.charCodeAt(colon) === 32) colon++;
    if (text.charCodeAt(colon) !== 58) continue;
    const answer = label + 1;
    if (!onlySpaces(text, colon + 1, tokens[answer]!.start, 2)) return -1;
    // The answer is the whole line, one to three words (`Неважно, просто верните деньги` answers something else).
    let end = answer;
    while (end < answer + 2 && end + 1 < tokens.length && onlySpaces(text, tokens[end]!.end, tokens[end + 1]!.start, 1)) end++;
    let after = tokens[end]!.end;
    while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 46 || text.charCodeAt(after) === 33)) after++;
    return after >= text.length || text.charCodeAt(after) === 10 || text.charCodeAt(after) === 13 ? answer : -1;
  }
  return -1;
}

/** A colon, then only spaces, right before `start` (the word opens a speaker's line after the label). */
export function afterColon(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 32) at--;
  return at >= 0 && text.charCodeAt(at) === 58;
}

/** The clause ends right after token `n`: the text ends, or punctuation or a line break comes before any word. */
export function clauseEndsAfterToken(text: string, tokens: readonly Token[], n: number): boolean {
  const next = tokens[n + 1];
  return next === undefined || next.sentenceStart || clauseBreakBetween(text, tokens[n]!.end, next.start);
}

/** A comma, semicolon, colon, dash or line break between two tokens (English clause frames). */
export function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 59 || code === 58 || code === 10 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

/** Every code of the token is a lower-case ASCII letter. */
export function lowerLetters(text: string, token: Token): boolean {
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
