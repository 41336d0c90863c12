// Greetings built as "good" + a time of day, whose "good" is also a given name: Kyrgyz `Кутман күн!`, `Кутман таң`,
// `Кутман кеч` ("good day / morning / evening"). The scan reads the first word as the name Кутман; before a word
// for a time of day it is the greeting.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

/** Entry condition of dropGreetingAdjectives (scan.ts ORs it into WordGate.GreetingAdjective): the span's word. */
export function greetingAdjectiveWord(word: string): boolean {
  return greetingWords.has(word);
}

/** Removes, in place, a one-word span of a greeting adjective right before a time-of-day word. */
export function dropGreetingAdjectives(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, greetingAdjective, undefined);
}

function greetingAdjective(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  const next = last + 1;
  if (first !== last || next >= tokens.length || span.source === 'name:known' || !greetingWords.has(folded[first]!)) return false;
  return timesOfDay.has(folded[next]!) && onlySpaces(text, tokens[last]!.end, tokens[next]!.start, 1);
}

// Kyrgyz "good" / "blessed" of greetings, and the times of day (with the polite possessive) they greet.
const greetingWords = new Set(['кутман', 'кутмандуу']);
const timesOfDay = new Set(['күн', 'таң', 'кеч', 'түн', 'күнүңүз', 'таңыңыз', 'кечиңиз', 'күнүңүздөр', 'таңыңыздар', 'кечиңиздер', 'кун', 'тан']);
