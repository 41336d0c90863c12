// Support-chat evidence: service roles (`Курьер Сейтек`, `Kuryer Oyparcha`) before names no list knows.

import type { WordEvidence } from './analyze.js';
import { Cue } from './cues.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/** Token `first` comes right after a service role word (the caller has checked the role cue and its gap). */
export function afterServiceRole(folded: readonly string[], first: number, resources: NameResources): boolean {
  return first > 0 && resources.serviceRoles.has(folded[first - 1]!);
}

/**
 * A listed first name vetoed only as an everyday word (`Олимпиада`, `Яна`; not a place, not itself a greeting such
 * as `Рахмат`), right after a role word, greeting or self-introduction.
 */
export function cuedFirstName(evidence: WordEvidence, cue: number, word: string, resources: NameResources): boolean {
  return (
    (cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro) && (evidence.nameFlags & WordFlag.First) !== 0 &&
    evidence.stopFlags === WordFlag.NotName && !resources.cueWords.has(word)
  );
}

/** The score of an ambiguous first name, lower when it opens a sentence (the cue then does not carry over). */
export function atStartScore(sentenceStart: boolean): number {
  return sentenceStart ? nameWeights.firstAmbiguousAtSentenceStart : nameWeights.firstAmbiguous;
}

/**
 * The unlisted capitalised word at `first` is the person's own given name, not the organisation before a name:
 * a greeting or address form stands before it (`Ҳурматли Мухлиса Илҳом қизи`), or the run ends in a patronymic
 * word right after the father's name (`Ойпарча Ислом қизи`).
 */
export function ownGivenName(scores: readonly WordScore[], cueBefore: Uint8Array, first: number, last: number): boolean {
  const cue = cueBefore[first];
  return cue === Cue.Strong || cue === Cue.Intro || givenFatherPatronymic(scores, first, last);
}

/** `Ойпарча Ислом қизи`, `Эмил Чыңгыз уулу`: the run is a given name, the father's name and a patronymic word. */
export function givenFatherPatronymic(scores: readonly WordScore[], first: number, last: number): boolean {
  return last === first + 2 && scores[last]!.kind === WordKind.Patronymic;
}

// Arabic articles written lower case before a capitalised name: аль-, эль-, ал-, ад-, ас-, ат-; al-, el-, ad-, as-.
const articles = new Set(['аль', 'эль', 'ал', 'ад', 'ас', 'ат', 'al', 'el', 'ad', 'as', 'at']);

/**
 * The token `start..end` (lower case) is an Arabic article, a hyphen and a capitalised name (`аль-Барадеи`). Checked
 * on every lower-case token, so it first tests the hyphen's position by char code and allocates only on a hit.
 */
export function articleBeforeCapital(text: string, start: number, end: number): boolean {
  let hyphen: number;
  if (text.charCodeAt(start + 2) === 45) hyphen = start + 2;
  else if (text.charCodeAt(start + 3) === 45) hyphen = start + 3;
  else return false;
  if (end - hyphen < 3) return false;
  const letter = text.charCodeAt(hyphen + 1);
  const upper = (letter >= 65 && letter <= 90) || (letter >= 0x410 && letter <= 0x42f);
  return upper && articles.has(text.slice(start, hyphen));
}

/** `Glad to help, Barnaby!`, `Рады были помочь, Ақберен!`: the words stand between a comma and an exclamation mark. */
export function isVocative(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before < 0 || text.charCodeAt(before) !== 44) return false;
  let after = end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  return text.charCodeAt(after) === 33;
}
