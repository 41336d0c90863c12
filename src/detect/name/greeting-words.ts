// The last word of a greeting phrase is part of the greeting, not a name (`добрый день` is no `Дэн`, `қайырлы таң` no `Таня`).

import type { Token } from '../../text/tokenize.js';
import { phraseEndsAt } from './cues.js';
import type { NameResources } from './resources.js';

/**
 * Token `k` ends a cue phrase of two words or more, matched right there (`добрый день`, `xayrli kun`, `қайырлы
 * таң`): a list that knows the word as a name by its skeleton (`день` ~ Дэн) does not make it one, so a run of
 * names does not start there (`день эльвира` → `эльвира`). The caller checked CueWord.PhraseEnd on the word.
 */
export function endsGreetingPhrase(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (k === 0) return false;
  for (const phrase of resources.cuesBefore.get(folded[k]!) ?? []) {
    if (phrase.words.length >= 2 && phraseEndsAt(text, tokens, folded, phrase.words, k)) return true;
  }
  return false;
}
