// A cue word misspelt (`Operattor Muxlisa:`, `Куреьр Сейтек`, `меннің атыым толқын`, `Данаға үллкен рақмет`) is on
// no list, so neither the cue marks nor the passes that ask for a role or thanks word beside a name see it. A text
// with such a word (cue-typos.ts misspeltCueWord) is read with each of them spelt as the cue word it misspells, and
// the spans go back to the text as written.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { misspeltCueWord } from './cue-typos.js';
import type { NameResources } from './resources.js';
import { WordBit } from './vocabulary.js';

/** WordGate bit (vocabulary.ts): the word misspells a cue word (not a chat spelling of a greeting, read as it stands). */
export const RespelledGate = 1 << 13;

/** True when folded `word`, no cue word itself, misspells one. */
export function respelledCueWord(word: string, cue: number, bits: number, resources: NameResources): boolean {
  if (cue !== 0 || !(bits & WordBit.MisspeltCue)) return false;
  const target = misspeltCueWord(word, resources);
  return target !== undefined && target !== word && resources.cueWords.has(target);
}

/** The text with its misspelt cue words respelt, and where each of its characters came from. */
export interface RespelledReading {
  readonly text: string;
  /** Per character of the reading: the index of its first character in the text as written. */
  readonly from: Int32Array;
  /** Per character of the reading: the index after its last character in the text as written. */
  readonly to: Int32Array;
}

/** `text` with every misspelt cue word among `tokens` spelt as the cue word, in the case it was written in. */
export function respellCues(text: string, tokens: readonly Token[], folded: readonly string[], wordCues: ArrayLike<number>, wordBits: ArrayLike<number>, resources: NameResources): RespelledReading | undefined {
  let reading = '';
  let from: Int32Array | undefined;
  let to: Int32Array | undefined;
  let at = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (!respelledCueWord(folded[k]!, wordCues[k]!, wordBits[k]!, resources)) continue;
    const { start, end } = tokens[k]!;
    const target = misspeltCueWord(folded[k]!, resources)!;
    if (from === undefined) {
      // A word grows by one letter at most.
      from = new Int32Array(text.length + tokens.length);
      to = new Int32Array(text.length + tokens.length);
    }
    for (; at < start; at++) {
      from[reading.length] = at;
      to![reading.length] = at + 1;
      reading += text[at];
    }
    const capital = text.charCodeAt(start) !== folded[k]!.charCodeAt(0);
    const caps = capital && end - start > 1 && text.charCodeAt(start + 1) !== folded[k]!.charCodeAt(1);
    const spelt = caps ? target.toUpperCase() : capital ? target[0]!.toUpperCase() + target.slice(1) : target;
    for (let i = 0; i < spelt.length; i++) {
      from[reading.length] = Math.min(start + i, end - 1);
      to![reading.length] = i === spelt.length - 1 ? end : Math.min(start + i + 1, end);
      reading += spelt[i];
    }
    at = end;
  }
  if (from === undefined) return undefined;
  for (; at < text.length; at++) {
    from[reading.length] = at;
    to![reading.length] = at + 1;
    reading += text[at];
  }
  return { text: reading, from, to: to! };
}

/** Spans found in the reading, moved back to the text as written. */
export function spansRespelled(spans: readonly Span[], reading: RespelledReading): Span[] {
  const moved: Span[] = [];
  for (const span of spans) {
    const start = reading.from[span.start]!;
    const end = reading.to[span.end - 1]!;
    moved.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return moved;
}
