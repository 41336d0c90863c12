// Russian text with a name in Latin letters: `Спасибо Oybarchin за помощь.` In mostly Cyrillic text the scan reads an
// unknown capitalised Latin word as a brand (`Спасибо Uzum за быструю доставку`); thanked for help, patience or
// advice, which only a person gives, it is the person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { latinNameAfterRussianCue } from './mixed-scripts.js';
import type { NameResources } from './resources.js';
import { spanCovering } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Russian thanks right before the person.
const thanks: ReadonlySet<string> = new Set(['спасибо', 'спс', 'благодарю', 'благодарим']);
// What only a person is thanked for (help, advice, patience, politeness, attention, care, an explanation, a
// consultation, support), as the stems of their accusatives; not delivery, goods, service or prices, which a shop
// gives. Written for pii-gate from Russian usage.
const personHelpStems: readonly string[] = ['помощ', 'совет', 'подсказк', 'терпени', 'вежливост', 'внимани', 'заботу', 'объяснени', 'консультаци', 'поддержк', 'отзывчивост', 'понимани', 'доброт'];

/**
 * A capitalised Latin word on no list (no English word, no Russian typed in Latin letters, no Turkic ending) right
 * after Russian thanks (scan.ts WordBit.RussianThanks) and before `за` and a thing only a person gives is the person
 * thanked. Adds to the scan's spans (kept sorted).
 */
export function findThankedLatinNames(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const scanned = spans.length;
  let added = false;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if ((wordBits[k - 1]! & WordBit.RussianThanks) === 0 || !thanks.has(folded[k - 1]!)) continue;
    const token = tokens[k]!;
    const word = folded[k]!;
    if (token.cyrillic || token.hasDigit || text.charCodeAt(token.start) === word.charCodeAt(0) || !tokens[k - 1]!.cyrillic) continue;
    if (folded[k + 1] !== 'за' || !onlySpaces(text, tokens[k - 1]!.end, token.start, 1) || !onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) continue;
    const object = folded[k + 2]!;
    if (!personHelpStems.some((stem) => object.startsWith(stem))) continue;
    if (spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    if (!latinNameAfterRussianCue(word, words[k]!.evidence(false, resources, false), resources, false)) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
