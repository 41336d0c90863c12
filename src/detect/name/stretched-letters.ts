// Chat stretches a letter for emphasis (`Спасибооо`, `Рахмааат Dilnoza`, `Здраааавствуйте`, `Алишеррр`): the
// stretched word is on no list, so the thanks is no cue and the word itself reads as an unknown name. A text with
// such a word is read with every run of three or more equal letters cut short, and the spans go back to the text as
// written (a span ends after the whole run it ends in). A vowel run is cut to one letter (`спасибо`, `рахмат`), a
// consonant run to two (`willl` → `will`, `Calll` → `Call`: cut to one they read as the names Wil and Cal).

import type { Span } from '../../types.js';

/** WordGate bit (vocabulary.ts): the word has one letter three or more times in a row. */
export const StretchedGate = 1 << 14;

/** True when folded `word` has a letter three or more times in a row (`спасибооо`; not `ассалом`, `2000`). */
export function stretchedWord(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2) && isLetterCode(code)) return true;
  }
  return false;
}

const vowels = new Set([...'aeiouyаеёиоуыэюяәөүұіў'].map((letter) => letter.charCodeAt(0)));

function isVowelCode(code: number): boolean {
  return vowels.has(code) || vowels.has(String.fromCharCode(code).toLowerCase().charCodeAt(0));
}

function isLetterCode(code: number): boolean {
  // Latin, Latin-1 letters and Cyrillic (with its supplement): the scripts of the name lists.
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x400 && code <= 0x52f);
}

/** The text with stretched runs cut, and where each of its characters came from. */
export interface UnstretchedReading {
  readonly text: string;
  /** Per character of the reading: the index of its first character in the text as written. */
  readonly from: Int32Array;
  /** Per character of the reading: the index after its last character in the text as written. */
  readonly to: Int32Array;
  /** The stretched runs in the text as written: start, end, start, end, … */
  readonly runs: readonly number[];
}

/** `text` with every run of three or more equal letters cut short; undefined when there is none. */
export function unstretch(text: string): UnstretchedReading | undefined {
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  let reading = '';
  const runs: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let run = 1;
    while (i + run < text.length && text.charCodeAt(i + run) === code) run++;
    // A word of one letter only is an interjection as written (`ммм`, `ааа`), and chat passes know it so.
    const wholeWord = !isLetterCode(text.charCodeAt(i - 1)) && !isLetterCode(text.charCodeAt(i + run));
    const keep = run >= 3 && isLetterCode(code) && !wholeWord ? (isVowelCode(code) ? 1 : 2) : run;
    if (keep !== run) runs.push(i, i + run);
    for (let k = 0; k < keep; k++) {
      from[reading.length] = i + k;
      // The last letter kept stands for the rest of the run.
      to[reading.length] = k === keep - 1 ? i + run : i + k + 1;
      reading += text[i + k];
    }
    i += run;
  }
  return runs.length > 0 ? { text: reading, from, to, runs } : undefined;
}

/**
 * Spans found in the reading, moved back to the text as written. A span over a stretched run is kept only where the
 * text as written has a span too (`writtenSpans`, asked for only then): cut short, an everyday word or a handle may
 * spell a name (`idubbbtv`), while the stretched thanks and greetings beside a name are what the reading is for.
 */
export function spansAsWritten(spans: readonly Span[], reading: UnstretchedReading, writtenSpans: () => readonly Span[]): Span[] {
  const moved: Span[] = [];
  let written: readonly Span[] | undefined;
  for (const span of spans) {
    const start = reading.from[span.start]!;
    const end = reading.to[span.end - 1]!;
    if (coversRun(start, end, reading.runs)) {
      written ??= writtenSpans();
      if (!written.some((other) => other.start < end && other.end > start)) continue;
    }
    moved.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return moved;
}

function coversRun(start: number, end: number, runs: readonly number[]): boolean {
  for (let k = 0; k < runs.length; k += 2) {
    if (runs[k]! < end && runs[k + 1]! > start) return true;
  }
  return false;
}
