// English everyday words from SCOWL (patterns/stoplists/derived/en-scowl.txt): tells a lower-case given name typed in a
// post (`wait simon wears glasses`) from a word (`mason`, `sterling`, `rick`) that compromise's lexicon lacks.

import { readFileSync } from 'node:fs';
import { patternsDir } from '../../patterns.js';

/**
 * The sorted list searched as the file's bytes: loading reads 0.6 MB and notes where its 64,000 lines start (native
 * newline search; a few milliseconds, under 1 MB), where a Set of the words would build 64,000 strings. Read on the
 * first question, so texts that never ask (no lower-case name candidate) pay nothing.
 */
export class EnglishCommonWords {
  readonly #bytes: Uint8Array;
  readonly #starts: Int32Array;

  constructor(bytes: Buffer) {
    // Comment lines (`#`) head the file only.
    let body = 0;
    while (body < bytes.length && bytes[body] === 35) {
      const end = bytes.indexOf(10, body);
      body = end === -1 ? bytes.length : end + 1;
    }
    let count = 0;
    for (let at = bytes.indexOf(10, body); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
    const starts = new Int32Array(count + 1);
    starts[0] = body;
    let line = 1;
    for (let at = bytes.indexOf(10, body); at !== -1 && line <= count; at = bytes.indexOf(10, at + 1)) starts[line++] = at + 1;
    this.#bytes = bytes;
    this.#starts = starts;
  }

  get size(): number {
    return this.#starts.length - 1;
  }

  /** The word (lower-case a–z) is an entry. */
  has(word: string): boolean {
    let low = 0;
    let high = this.#starts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.#compare(word, middle);
      if (order === 0) return true;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return false;
  }

  /** Code-unit order of `word` against line `line` (without its newline); the file is ASCII. */
  #compare(word: string, line: number): number {
    const bytes = this.#bytes;
    const start = this.#starts[line]!;
    const length = this.#starts[line + 1]! - 1 - start;
    const shorter = word.length < length ? word.length : length;
    for (let at = 0; at < shorter; at++) {
      const difference = word.charCodeAt(at) - bytes[start + at]!;
      if (difference !== 0) return difference;
    }
    return word.length - length;
  }
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
