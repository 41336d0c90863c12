// A capitalised everyday Russian word opening the sentence is no part of the name after it (`Звонила Назокат`).

import type { Token } from '../../text/tokenize.js';
import type { NameResources } from './resources.js';
import { WordKind, type WordScore } from './words.js';

/**
 * `Звонила Назокат`, `Медсестра Резеда`, `Без Алсу Ильнуровны`, `Инженер Петросян С. Г.`: the first word of a run
 * opens the sentence, scored on its capital alone (no list, no name ending, not read as a surname), and the Russian
 * lexicon knows it as an everyday word: the capital is the sentence's, and the name starts after it. The rest of the
 * run is scored on its own, and may then fall below the threshold (`Реакцией Кана` was a name only as a pair of
 * unknown capitalised words). Before a listed given name the scan already drops any such opener; this covers the
 * names on no list.
 */
export function everydayOpenerBeforeName(tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], first: number, resources: NameResources): boolean {
  const opener = scores[first]!;
  if (!tokens[first]!.sentenceStart || !tokens[first]!.cyrillic || opener.source !== 'capital' || opener.score >= 0.5 || opener.given === true || opener.closes !== undefined) return false;
  return scores[first + 1]!.kind === WordKind.Name && resources.commonWords.has(folded[first]!);
}
