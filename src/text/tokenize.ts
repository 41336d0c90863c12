// One pass over the text: word tokens (letters, digits, inner apostrophes and hyphens) with UTF-16 offsets.

import { foldCode, foldHashFinish, foldHashSeed, foldHashStep } from './normalize.js';

export interface Token {
  start: number;
  end: number;
  /** First letter is Cyrillic (else Latin or other). */
  cyrillic: boolean;
  /** True when only punctuation/quotes/dashes separate the token from the start of the text, a line or a sentence. */
  sentenceStart: boolean;
  /** True when the token contains a digit (never a name). */
  hasDigit: boolean;
  /**
   * Hash of the folded token (foldHashSeed/foldHashStep/foldHashFinish over foldCode() of each code), or -1 when
   * some code of it does not fold on its own. Lets a word be looked up without slicing or folding it.
   */
  foldHash: number;
}

/** What tokenize() noticed on its way through the text. */
export interface TokenStats {
  /** Some token has ё/Ё or an apostrophe other than ASCII `'` inside it (foldText has more to do than lower-case). */
  foldable: boolean;
  /** Some token has a letter only Kazakh, Kyrgyz, Uzbek or Tajik Cyrillic uses (ә ғ қ ң ө ұ ү һ і ў ҳ ӣ ӯ ҷ). */
  turkicLetter: boolean;
  // Marks between tokens, so the name scan can skip passes that need one without searching the text again. A hyphen
  // inside a token (`Жан-Поль`) does not count as a dash.
  /** Some `-`, `–` or `—` stands outside a token. */
  dash?: boolean;
  /** The text has a `:`. */
  colon?: boolean;
  /** The text has a `,`. */
  comma?: boolean;
  /** The text has a `(`. */
  parenthesis?: boolean;
  /** Some token has a `-` inside (`Жан-Поль`, `Зорвина-апаға`). */
  hyphen?: boolean;
}

const turkicLetters = new Set([...'әғқңөұүһіўҳӣӯҷӘҒҚҢӨҰҮҺІЎҲӢӮҶ'].map((letter) => letter.charCodeAt(0)));
// Outside basic Cyrillic (А-я) but inside the Cyrillic blocks: the only codes worth a Set lookup.
function rareCyrillic(code: number): boolean {
  return (code >= 0x400 && code < 0x410) || (code >= 0x450 && code <= 0x52f);
}

const otherLetter = /[\p{L}\p{M}]/u;

/** Letters, marks and digits; fast paths for ASCII, Latin-1/Extended, IPA and Cyrillic, regex only for rare blocks. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code <= 0x2af) return true;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x370 && code <= 0x52f) return code !== 0x37e && code !== 0x387;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code < 0x530 || (code >= 0x2000 && code <= 0x2bff) || code >= 0xfe00) return false;
  return otherLetter.test(String.fromCharCode(code));
}

// Hyphens and every apostrophe look-alike (see normalize.ts), by code so the hot loop allocates nothing.
function isJoinerCode(code: number): boolean {
  return (
    code === 45 || code === 39 || code === 96 || code === 0xb4 || code === 0x2010 || code === 0x2b9 || code === 0x2bb ||
    code === 0x2bc || code === 0x2018 || code === 0x2019 || code === 0x2032
  );
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Sentence ends; a line break also starts a new "sentence" (chat lines, speaker prefixes).
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 10 || code === 13;
}

// Per-code facts for the hot loop, one table load per code: the folded code (foldCode) in the low 16 bits, class
// bits above. Codes from U+0530 up are classified by the functions above.
const Class = {
  Word: 1 << 16, Digit: 2 << 16, Yo: 4 << 16, Turkic: 8 << 16, Joiner: 16 << 16, SentenceEnd: 32 << 16,
  Dash: 64 << 16, Colon: 128 << 16, Comma: 256 << 16, Parenthesis: 512 << 16,
  /** foldCode() is 0: the folded code in the low bits is 0. */
  Unfoldable: 1024 << 16,
} as const;
const foldMask = 0xffff;
// The classes a word code rarely has: one test keeps the common letter on the short path.
const rareInWord = Class.Digit | Class.Yo | Class.Turkic | Class.Unfoldable;

function classify(code: number): number {
  let bits = 0;
  if (isWordCode(code)) bits |= Class.Word;
  if (isDigitCode(code)) bits |= Class.Digit;
  if (rareCyrillic(code)) {
    if (code === 0x451 || code === 0x401) bits |= Class.Yo;
    else if (turkicLetters.has(code)) bits |= Class.Turkic;
  }
  if (isJoinerCode(code)) bits |= Class.Joiner;
  if (endsSentence(code)) bits |= Class.SentenceEnd;
  if (code === 45 || code === 0x2013 || code === 0x2014) bits |= Class.Dash;
  if (code === 58) bits |= Class.Colon;
  if (code === 44) bits |= Class.Comma;
  if (code === 40) bits |= Class.Parenthesis;
  const folded = foldCode(code);
  return folded === 0 ? bits | Class.Unfoldable : bits | folded;
}

const tableSize = 0x530;
const codeTable = (() => {
  const table = new Uint32Array(tableSize);
  for (let code = 0; code < tableSize; code++) table[code] = classify(code);
  return table;
})();

// General Punctuation (dashes, quotes, the ellipsis: common in Russian text) has a table of its own too.
const punctuationStart = 0x2000;
const punctuationTable = (() => {
  const table = new Uint32Array(0x70);
  for (let code = 0; code < table.length; code++) table[code] = classify(punctuationStart + code);
  return table;
})();

function codeFacts(code: number): number {
  if (code < tableSize) return codeTable[code]!;
  const punctuation = code - punctuationStart;
  return punctuation >= 0 && punctuation < 0x70 ? punctuationTable[punctuation]! : classify(code);
}

// Token objects handed out by tokenize(text, seen, true), reused from call to call. One new object per word was a
// quarter of what a full detect() allocates. Bounded, so one long text does not keep its tokens for the process's
// life: tokens past the bound are new objects, as without `reuse`.
const sharedTokens: Token[] = [];
const sharedTokensLimit = 4096;

/**
 * Splits `text` into word tokens. An apostrophe or hyphen is kept inside a token only between two word characters
 * (`o‘g‘li`, `O'Brien`, `Қасым-Жомарт`). Linear time, no regex on the hot path.
 * `reuse`: the Token objects (not the array) are shared and re-written by the next call with `reuse`; for a caller
 * that is done with them before it tokenizes again (the name scan, which is synchronous and re-reads a text only
 * after its last use of the first reading's tokens).
 */
export function tokenize(text: string, seen?: TokenStats, reuse = false): Token[] {
  let tokens: Token[] = reuse ? sharedTokens : [];
  let count = 0;
  let foldable = false;
  let turkic = false;
  // Class bits of every code outside the tokens.
  let between = 0;
  let hyphen = false;
  const length = text.length;
  let sentenceStart = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const facts = codeFacts(code);
    if ((facts & Class.Word) === 0) {
      between |= facts;
      if (facts & Class.SentenceEnd) sentenceStart = true;
      i++;
      continue;
    }
    const start = i;
    let hasDigit = (facts & Class.Digit) !== 0;
    // Folded codes are never 0, so one 0 among them marks a token that does not fold code by code.
    let folded = facts & foldMask;
    let unfoldable = folded === 0;
    let hash = foldHashStep(foldHashSeed, folded);
    i++;
    while (i < length) {
      const nextCode = text.charCodeAt(i);
      const next = codeFacts(nextCode);
      if (next & Class.Word) {
        if (next & rareInWord) {
          if (next & Class.Digit) hasDigit = true;
          else if (next & Class.Yo) foldable = true;
          else if (next & Class.Turkic) turkic = true;
          if (next & Class.Unfoldable) unfoldable = true;
        }
        hash = foldHashStep(hash, next & foldMask);
        i++;
        continue;
      }
      if (next & Class.Joiner && i + 1 < length) {
        const after = codeFacts(text.charCodeAt(i + 1));
        if ((after & Class.Word) === 0) break;
        if (nextCode === 45) hyphen = true;
        else if (nextCode !== 39) foldable = true;
        // The joiner and the word code after it stay in the token (that code is not checked for a digit or a
        // Turkic letter: kept as it always was, detectors depend on it). Nor for ё, so a `-ё` is not folded to `-е`
        // when nothing else in the text is: no hash for such a token.
        const joined = next & foldMask;
        folded = after & foldMask;
        if (joined === 0 || folded === 0 || after & Class.Yo) unfoldable = true;
        hash = foldHashStep(foldHashStep(hash, joined), folded);
        i += 2;
        continue;
      }
      break;
    }
    if (facts & Class.Yo) foldable = true;
    else if (facts & Class.Turkic) turkic = true;
    const cyrillic = code >= 0x400 && code <= 0x52f;
    const foldHash = unfoldable ? -1 : foldHashFinish(hash);
    if (reuse && count === sharedTokensLimit) {
      tokens = tokens.slice(0, count);
      reuse = false;
    }
    const kept = reuse ? tokens[count] : undefined;
    if (kept === undefined) {
      // An indexed store, not push(): the first token turns the empty array's elements from small integers into
      // objects, the optimised inline push deoptimised on that once, and V8 then kept calling the generic builtin.
      tokens[count] = { start, end: i, cyrillic, sentenceStart, hasDigit, foldHash };
    } else {
      kept.start = start;
      kept.end = i;
      kept.cyrillic = cyrillic;
      kept.sentenceStart = sentenceStart;
      kept.hasDigit = hasDigit;
      kept.foldHash = foldHash;
    }
    count++;
    sentenceStart = false;
  }
  if (seen) {
    seen.foldable = foldable;
    seen.turkicLetter = turkic;
    seen.dash = (between & Class.Dash) !== 0;
    seen.colon = (between & Class.Colon) !== 0;
    seen.comma = (between & Class.Comma) !== 0;
    seen.parenthesis = (between & Class.Parenthesis) !== 0;
    seen.hyphen = hyphen;
  }
  // One array of the exact length per call: the shared one keeps the objects of longer texts for later.
  return reuse ? tokens.slice(0, count) : tokens;
}
