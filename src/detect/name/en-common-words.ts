// English everyday words from SCOWL (patterns/stoplists/derived/en-scowl.txt): tells a lower-case given name typed in a
// post (`wait simon wears glasses`) from a word (`mason`, `sterling`, `rick`) that compromise's lexicon lacks.

import { readFileSync } from 'node:fs';
import { patternsDir } from '../../patterns.js';

/**
 * The sorted list searched in the file's bytes as read: loading is one 0.6 MB read and nothing else (a Set of its
 * 64,000 words took about 18 ms to build and 5 MB more on a busy host), and a question is a binary search that backs
 * up from the middle byte to its line's start (about 16 steps). Read on the first question, so texts that never ask
 * (no lower-case name candidate) pay nothing.
 */
export class EnglishCommonWords {
  readonly #bytes: Uint8Array;
  readonly #body: number;

  constructor(bytes: Uint8Array) {
    // Comment lines (`#`) head the file only.
    let body = 0;
    while (body < bytes.length && bytes[body] === 35) {
      const end = bytes.indexOf(10, body);
      body = end === -1 ? bytes.length : end + 1;
    }
    this.#bytes = bytes;
    this.#body = body;
  }

  /** The word (lower-case a–z) is an entry. */
  has(word: string): boolean {
    const bytes = this.#bytes;
    // [low, high) holds whole lines: low is a line's start, high a line's start or the end.
    let low = this.#body;
    let high = bytes.length;
    while (low < high) {
      let start = (low + high) >>> 1;
      while (start > low && bytes[start - 1] !== 10) start--;
      let end = start;
      while (end < high && bytes[end] !== 10) end++;
      const order = compare(word, bytes, start, end);
      if (order === 0) return true;
      if (order < 0) high = start;
      else low = end + 1;
    }
    return false;
  }
}

/** Code-unit order of `word` against the bytes [start, end) (the file is ASCII). */
function compare(word: string, bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  const shorter = word.length < length ? word.length : length;
  for (let at = 0; at < shorter; at++) {
    const difference = word.charCodeAt(at) - bytes[start + at]!;
    if (difference !== 0) return difference;
  }
  return word.length - length;
}

let loaded: EnglishCommonWords | undefined;

/** The SCOWL everyday words, read once per thread on first use. */
export function englishCommonWords(): EnglishCommonWords {
  return (loaded ??= new EnglishCommonWords(readFileSync(patternsDir + 'stoplists/derived/en-scowl.txt')));
}

/**
 * `wears`, `kicked`, `playing`, `colours`: the word or, read as a regular inflection, its stem is an everyday word
 * (doubled consonants, `-ies`/`-ied` from `-y`, British `-our`).
 */
export function englishWordForm(word: string): boolean {
  const words = englishCommonWords();
  if (words.has(word)) return true;
  for (const ending of inflections) {
    if (word.length - ending.length < 2 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (words.has(stem) || words.has(`${stem}e`)) return true;
    if (stem.length >= 3 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && words.has(stem.slice(0, -1))) return true;
    if ((ending === 'ies' || ending === 'ied') && words.has(`${stem}y`)) return true;
  }
  const our = word.indexOf('our', 1);
  return our !== -1 && words.has(word.slice(0, our) + 'or' + word.slice(our + 3));
}

const inflections = ['s', 'es', 'ies', 'ed', 'ied', 'ing', 'er', 'est'];
