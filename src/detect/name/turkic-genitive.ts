// A capitalised possessor inside a Kazakh or Kyrgyz sentence: `Мен Ерқанаттың жұмысына ризамын`, `Айзирек­тин жардамы`.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';

// Kazakh and Kyrgyz genitive endings (every vowel-harmony and voicing variant). Source: standard grammars.
const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн']);
// Third-person possessive on the thing possessed, alone or before a case ending (жұмысы, көмегі, жардамы; жұмысына,
// көмегін, жардамын, кызматына).
const possessed = new EndingSet(['ы', 'і', 'сы', 'сі', 'и', 'у', 'ү', 'су', 'сү', 'си', 'ын', 'ін', 'ун', 'үн', 'на', 'не', 'нда', 'нде', 'нан', 'нен', 'нен', 'мен', 'нын', 'нин', 'ның', 'нің', 'ндағы', 'ндегі']);
const longestGenitive = 3;
const possessiveGenitive = new EndingSet(['ының', 'інің', 'сының', 'сінің', 'ынын', 'инин', 'унун', 'үнүн', 'сынын', 'синин', 'сунун', 'сүнүн']);

/**
 * Token `i` is capitalised inside its sentence (the caller checked both), ends in a genitive after a stem of four
 * letters or more, and the next word, lower case and one space on, carries the possessive of what belongs to it:
 * the possessor named with a capital mid-sentence is a person or a place, and places are on the stop lists.
 */
export function capitalPossessor(text: string, tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources): boolean {
  const word = folded[i]!;
  const next = tokens[i + 1];
  if (next === undefined || word.length < 4 + longestGenitive - 1 || !genitive.test(word) || !next.cyrillic) return false;
  // `Республикасының`, `Әкімшілігінің`, `Төрағасының`: a possessive before the genitive makes an institution's title;
  // `Республиканың`: a Russian everyday word as the stem is a thing, not a person.
  if (possessiveGenitive.test(word) || resources.commonWords.has(word.slice(0, word.length - 3))) return false;
  if (text.charCodeAt(next.start) !== folded[i + 1]!.charCodeAt(0) || !onlySpaces(text, tokens[i]!.end, next.start, 1)) return false;
  const thing = folded[i + 1]!;
  return thing.length >= 4 && possessed.test(thing);
}
