// Russian: whether the past tense after a one-word run vouches for it as the subject (`Роза приняла`, not `Роза завяла`).

import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { personVerbReading } from './ru-unlisted.js';

/**
 * `Роза завяла`, `Роман заказала дочке`: a listed name that the lists call ambiguous and Russian knows as an everyday
 * word (a flower, a novel) is not vouched for by a feminine past tense after it that a thing does too (`завяла`), nor
 * by one that cannot agree with it (a word in a hard consonant: `[я] заказала роман`). A masculine verb keeps the
 * bonus as before (`Марк завершил беседу`), and so does a verb only a person does (`Роза приняла заказ`). `name` and
 * `verb` are folded.
 */
export function pastTenseVouches(name: string, verb: string, resources: NameResources): boolean {
  if (!(verb.endsWith('ла') || verb.endsWith('лась'))) return true;
  const entry = resources.names.getStem(name);
  if (entry === undefined || (entry.flags & WordFlag.Ambiguous) === 0 || !resources.commonWords.has(name)) return true;
  if (hardConsonant(name.charCodeAt(name.length - 1))) return false;
  return personVerbReading(verb, resources) !== undefined;
}

// A feminine verb cannot agree with a name in a hard consonant (б..щ less the vowels and й; ь, ъ lie above щ).
function hardConsonant(code: number): boolean {
  return code >= 0x431 && code <= 0x449 && code !== 0x435 && code !== 0x438 && code !== 0x439 && code !== 0x43e && code !== 0x443;
}
