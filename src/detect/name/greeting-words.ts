// The last word of a greeting phrase is part of the greeting, not a name (`добрый день` is no `Дэн`, `қайырлы таң` no `Таня`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { phraseEndsAt } from './cues.js';
import { tokenStartingAt } from './real-tokens.js';
import { CueWord, type NameResources } from './resources.js';

/**
 * Spans that open with the last word of a cue phrase of two words or more, matched right there (`добрый день`,
 * `xayrli kun`, `қайырлы таң`): a list that knows the word as a name by its skeleton (`день` ~ Дэн) does not make it
 * one. A span of that word alone is dropped; a longer one loses it (`день эльвира` → `эльвира`). Runs over the spans.
 */
export function dropGreetingWords(text: string, tokens: readonly Token[], folded: readonly string[], wordCues: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let kept = 0;
  for (const span of spans) {
    const k = tokenStartingAt(tokens, span.start);
    if (k > 0 && wordCues[k]! & CueWord.PhraseEnd && endsLongPhrase(text, tokens, folded, k, resources)) {
      const next = tokens[k + 1];
      if (next === undefined || next.start >= span.end) continue;
      span.start = next.start;
      if (span.normalized !== undefined) span.normalized = span.normalized.slice(span.normalized.indexOf(' ') + 1);
    }
    spans[kept++] = span;
  }
  spans.length = kept;
}

function endsLongPhrase(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  for (const phrase of resources.cuesBefore.get(folded[k]!) ?? []) {
    if (phrase.words.length >= 2 && phraseEndsAt(text, tokens, folded, phrase.words, k)) return true;
  }
  return false;
}
