// The maker of a work, named as its modifier after an article (`the Ronner novel`, `a Zorvik painting`): a person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { readsEnglish } from './english.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';

/**
 * Lifts a span below the threshold of one or two words no list knows (scored on their capitals alone), right after
 * an article (one space) and right before a lower-case noun for a work one person makes (cues/name-english-work-nouns.txt:
 * novel, poem, painting), in text that reads as English. social.ts keeps such a run after an article because a
 * lower-case noun follows it; this gives it the score of a name. Runs over the spans (few per text), so the gate is
 * the spans themselves; the caller asks only for text with no Cyrillic or Turkic word.
 */
export function liftWorkMakers(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const { articles, workNouns } = resources.englishSocial;
  let english: boolean | undefined;
  for (const span of spans) {
    if (span.score >= 0.5) continue;
    const first = tokenStartingAt(tokens, span.start);
    if (first < 1) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    if (last - first > 1 || last + 1 >= tokens.length || tokens[last]!.end !== span.end) continue;
    const noun = tokens[last + 1]!;
    if (!workNouns.has(folded[last + 1]!) || text.charCodeAt(noun.start) !== folded[last + 1]!.charCodeAt(0) || !onlySpaces(text, span.end, noun.start, 1)) continue;
    if (!articles.has(folded[first - 1]!) || !onlySpaces(text, tokens[first - 1]!.end, span.start, 1)) continue;
    let unknown = true;
    for (let k = first; k <= last && unknown; k++) unknown = scores[k]!.source === 'capital' && !tokens[k]!.cyrillic;
    if (!unknown) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}
