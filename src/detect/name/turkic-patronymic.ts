// The given name in a lower-case Kyrgyz, Kazakh or Uzbek patronymic name: `канышай асанбек кызы`, `eshqul tursun o‘g‘li`.

import type { Token } from '../../text/tokenize.js';
import { analyzeWord, type WordEvidence } from './analyze.js';
import { bareTurkicName } from './chat.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';

/**
 * Token `i` (lower case) stands one space before a word and the patronymic word after it (the caller checked
 * `уулу`/`кызы`/`o‘g‘li`/`qizi` two tokens on): it is the given name when both it and the father's name are bare
 * words on no stop list, with no case, plural, possessive or verb ending (`анын улуу уулу` "his elder son" and
 * `досумдун кичинекей кызы` "my friend's little daughter" have one).
 */
export function turkicPatronymicGiven(text: string, tokens: readonly Token[], folded: readonly string[], i: number, evidence: WordEvidence, resources: NameResources): boolean {
  const next = tokens[i + 1]!;
  if (!onlySpaces(text, tokens[i]!.end, next.start, 1) || !onlySpaces(text, next.end, tokens[i + 2]!.start, 1) || next.hasDigit) return false;
  if (!bareTurkicName(folded[i]!, evidence, resources)) return false;
  const father = folded[i + 1]!;
  const cyrillic = next.cyrillic;
  return father.length >= 3 && !resources.cueWords.has(father) && !resources.roles.has(father) && !genitiveEnding(father) && analyzeWord(father, cyrillic, resources, true).stopFlags === 0;
}

/**
 * Ends in a genitive, which neither the given name nor the father's carries before уулу/кызы (a first-person
 * possessive would also take Rahim, Karim).
 */
export function genitiveEnding(word: string): boolean {
  return genitives.test(word) && !arabicDin.test(word);
}
// `Нуридин`, `Жалалидин`: the Arabic -ud-din names end like a genitive.
const arabicDin = new EndingSet(['идин', 'иддин', 'удин', 'уддин']);
const genitives = new EndingSet(['дун', 'дын', 'дин', 'дүн', 'нын', 'нин', 'нун', 'нүн', 'тын', 'тин', 'тун', 'түн', 'ning', 'нинг', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің']);
