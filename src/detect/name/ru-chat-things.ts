// Russian chat, a name that is a thing bought or sold: `купил Ладу`, `продала новую Ладу` (a car), where the
// gazetteer reads a capitalised given name in the accusative. A person is not bought or sold.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { foldedWordSet } from './folded-words.js';

// Past tenses of buying, selling, ordering and driving off with a thing (patterns/cues/name-ru-trade-verbs.txt).
let tradeVerbWords: ReadonlySet<string> | undefined;
function tradeVerbs(): ReadonlySet<string> {
  tradeVerbWords ??= foldedWordSet('cues/name-ru-trade-verbs.txt');
  return tradeVerbWords;
}

/** Entry condition: a trade verb (the caller's word bit lookup is RussianChatPlace: these are past tenses). */
export function tradeVerb(word: string): boolean {
  return tradeVerbs().has(word);
}

/**
 * Removes from `spans` (sorted, disjoint) a one-word gazetteer span below 0.7, capitalised inside the sentence, in
 * -у/-ю (a feminine accusative), right after a trade verb or after one and an adjective in -ую/-юю.
 */
export function dropTradedThings(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  let t = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.source !== 'name:gazetteer' || span.score >= 0.7) continue;
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    if (t >= tokens.length || t < 1 || tokens[t]!.start !== span.start || tokens[t]!.end !== span.end || tokens[t]!.sentenceStart) continue;
    const word = folded[t]!;
    const last = word.charCodeAt(word.length - 1);
    if (last !== 0x443 /* у */ && last !== 0x44e /* ю */) continue;
    let v = t - 1;
    if (!onlySpaces(text, tokens[v]!.end, tokens[t]!.start, 1)) continue;
    if (!tradeVerbs().has(folded[v]!)) {
      const adjective = folded[v]!;
      if (v < 1 || !(adjective.endsWith('ую') || adjective.endsWith('юю')) || !onlySpaces(text, tokens[v - 1]!.end, tokens[v]!.start, 1)) continue;
      v--;
      if (!tradeVerbs().has(folded[v]!)) continue;
    }
    spans.splice(s, 1);
    s--;
  }
}
