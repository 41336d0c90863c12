// Russian chat, a surname as the subject: `павлов опять перепутал заказ`, `тарасова перезвонила через час`. Chat
// speaks of staff by surname alone, in lower case; ru-chat.ts's subject rule takes listed first names only.

import type { WordEvidence } from './analyze.js';
import { WordFlag } from './lexicon.js';
import { agreesWithVerb } from './ru-unlisted.js';

/**
 * The base form when `word`, opening a clause before the past tense `verb` (ru-chat.ts checked both), is a listed
 * surname and nothing else (not also a first name, a place or an everyday word by the lists), in its base form, of the
 * Russian possessive shape (-ов/-ев/-ёв/-ин/-ын, feminine -ова/-ева/-ёва/-ина/-ына), agreeing with the verb in
 * gender: `соколов привез`, not `соколов привезла`. Undefined otherwise.
 */
export function surnameSubject(word: string, evidence: WordEvidence, verb: string): string | undefined {
  if (evidence.nameFlags !== WordFlag.Surname || evidence.stopFlags !== 0 || evidence.endingLength !== 0 || !possessiveShape(word)) return undefined;
  return agreesWithVerb(word, verb) ? evidence.base : undefined;
}

const masculine = ['ов', 'ев', 'ёв', 'ин', 'ын'];

function possessiveShape(word: string): boolean {
  if (word.length < 5) return false;
  const stem = word.endsWith('а') ? word.slice(0, -1) : word;
  for (const ending of masculine) if (stem.endsWith(ending)) return true;
  return false;
}
