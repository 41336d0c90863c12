// Capitalised dialogues where a customer's lines are labelled with the customer's own name, on no list:
// `Оператор Анна: Назовите номер заказа.\nКулбарой: Номер заказа …`, `Agent Tom: …\nZorbek: …`. A listed name there is
// the scan's; a word on no list needs the dialogue around it: at least one line labelled with a role (`Оператор:`,
// `Agent Tom:`), and the word no everyday word, role, cue or line opener (chat-lower-dialogue.ts nameLike). The
// lower-case twin, which also needs the word said outside a label, is chat-lower-dialogue.ts.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { nameLike, opensLine, Strength } from './chat-lower-dialogue.js';
import { englishWordForm } from './en-common-words.js';
import { everydayTypo } from './everyday-typos.js';
import type { NameResources } from './resources.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/** Adds a span for each capitalised bare line label that reads as the speaker's name; keeps `spans` sorted by start. */
export function findBareLabelNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const count = tokens.length;
  let roleLines = 0;
  let candidates: number[] | undefined;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (token.hasDigit || !opensLine(text, token.start)) continue;
    const roleLabel = (words[k]!.bits & WordBit.SpeakerLabel) !== 0;
    if (text.charCodeAt(token.end) === 58 /* : */) {
      if (roleLabel) roleLines++;
      else if (capitalisedWord(text, token, folded[k]!)) (candidates ??= []).push(k);
    } else if (roleLabel && k + 1 < count && text.charCodeAt(tokens[k + 1]!.end) === 58 && tokens[k + 1]!.start === token.end + 1) {
      roleLines++;
    }
  }
  if (candidates === undefined || roleLines === 0) return;
  let added = false;
  // The spans by start (passes may have appended out of order), walked once: candidates come in text order.
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  let s = 0;
  for (const k of candidates) {
    const token = tokens[k]!;
    const word = folded[k]!;
    while (s < sorted.length && sorted[s]!.end <= token.start) s++;
    const covering = s < sorted.length && sorted[s]!.start < token.end ? sorted[s] : undefined;
    // Another pass read more around the word (`Оператор Анна`), or less than a name exactly there.
    if (covering !== undefined && (covering.start !== token.start || covering.end !== token.end || covering.score >= nameWeights.bareLabel)) continue;
    const strength = nameLike(tokens, folded, words, k, resources, turkic);
    if (strength === Strength.None) continue;
    // Field labels of a form (`Manzil:`, `Izoh:`, `Status:`) are everyday words; a short word on no list, or one a
    // slip from a role or an everyday word (`Mjoz`, `Мамн`, `Рквизитлар`), is a misspelt label.
    if (resources.everydayWords.has(word) || (!token.cyrillic && englishWordForm(word))) continue;
    if (strength === Strength.Unlisted && (word.length < 5 || everydayTypo(word, token.cyrillic, resources) !== 0)) continue;
    if (covering !== undefined) covering.score = nameWeights.bareLabel;
    else {
      spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.bareLabel, source: 'name:cue', normalized: word });
      added = true;
    }
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

// A capital, then lower-case letters: ALL CAPS labels (`ADMIN:`, `SMS:`) are no names.
function capitalisedWord(text: string, token: Token, word: string): boolean {
  return token.end - token.start === word.length && word.length >= 3 && text.charCodeAt(token.start) !== word.charCodeAt(0) && text.charCodeAt(token.start + 1) === word.charCodeAt(1);
}
