// Chat and feedback evidence: service roles, vocatives, cued given names that lists veto or do not know.

import type { Token } from '../../text/tokenize.js';
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

/** Token `first` comes right after a service role or the title of a head of state (`Президент Обама`). */
export function afterNamingRole(folded: readonly string[], first: number, resources: NameResources): boolean {
  return first > 0 && (resources.serviceRoles.has(folded[first - 1]!) || resources.headTitles.has(folded[first - 1]!));
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

/** `Glad to help, Barnaby!`, `Рады были помочь, Ақберен!`: the words stand between a comma and an exclamation mark. */
export function isVocative(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before < 0 || text.charCodeAt(before) !== 44) return false;
  let after = end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  return text.charCodeAt(after) === 33;
}

/**
 * A capitalised stop word (place or everyday word) serves as a given name after a cue and before a surname
 * (`исмим Бўстон Аҳмедова`). `surnameFollows` is only asked after a cue.
 */
export function placeOrWordAsGivenName(cue: number, surnameFollows: () => boolean): boolean {
  return (cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro) && surnameFollows();
}

/**
 * `Жалоба на сотрудника Сейтова Жахонгира`: after a surname that a role word or greeting introduced, an unlisted
 * capitalised word of the same script, one space on, is the given name (a listed one joins anyway).
 */
export function unlistedGivenAfterCuedSurname(text: string, tokens: readonly Token[], next: WordScore, i: number): boolean {
  const current = tokens[i]!;
  const following = tokens[i + 1]!;
  return next.source === 'capital' && next.closes === undefined && current.cyrillic === following.cyrillic && following.start - current.end === 1 && text.charCodeAt(current.end) === 32;
}
