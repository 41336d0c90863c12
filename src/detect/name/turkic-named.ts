// Named and met in Turkic chat: `Islomnazar degan kuryer`, `эшқул билан гаплашдим`, `Қуанышбек екеуміз`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { bareTurkicName } from './chat.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { spanCovering } from './real-tokens.js';
import type { NameResources } from './resources.js';
import { GivenShape, turkicGivenShape } from './turkic-shape.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Closed word classes, written for pii-gate from Uzbek, Kazakh and Kyrgyz grammar (CC0 / MIT):
// "called, named" before a person noun (`Eshqul degan kuryer`, `Айбарша атты қыз`);
const namedWords = new Set(['degan', 'деган', 'деген', 'ismli', 'исмли', 'атты', 'аттуу', 'есімді']);
// the postposition "with" before a verb of talking or meeting (`Tursunqul bilan gaplashdim`); Kazakh `мен` is also
// "I", and its attached forms (`ақжүніспен`) would need a pass over every long word, so neither counts;
const withWords = new Set(['bilan', 'билан', 'blan', 'менен']);
// "the two of us" right after a person (`Шолпанай екеуміз сөйлестік`).
const togetherWords = new Set(['екеуміз', 'екеуіміз', 'ikkalamiz', 'иккаламиз', 'экөөбүз', 'экообуз']);
// Stems of talking and meeting verbs (gaplashdim, сөйлестік, сүйлөштүм, uchrashdik, кездестім, жолуктум).
const talkStems = ['gaplash', 'гаплаш', 'сөйлес', 'сүйлөш', 'суйлош', 'suhbatlash', 'суҳбатлаш', 'uchrash', 'учраш', 'кездес', 'жолук', 'kelishib', 'келишиб'];
// Person nouns after `degan` besides the role words (odam, kishi, qiz; адам, кісі, қыз; киши, кыз).
const personNouns = new Set(['odam', 'kishi', 'yigit', 'qiz', 'ayol', 'xodim', 'ходим', 'одам', 'киши', 'йигит', 'қиз', 'аёл', 'адам', 'кісі', 'жігіт', 'қыз', 'әйел', 'жигит', 'кыз', 'аял', 'кызматкер', 'қызметкер', 'bola', 'бола', 'бала']);

/**
 * A word right before "called" and a person noun or role (`Eshqul degan kuryer`), before "with" and a verb of talking
 * or meeting (`tursunqul bilan gaplashdim`, `асылбүбү менен сүйлөштүм`), or before "the two of us" is a person: a listed
 * given name, or a word on no list with no case, plural, possessive or verb ending (`bareTurkicName`). Adds or lifts
 * one span per such word. Only the trigger words are looked at closely; the caller runs this on Turkic or Latin text.
 */
export function findNamedPeople(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const scanned = spans.length;
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    // Most tokens cost one typed-array read: the scan's first folded letter of each token, then the last letter.
    if (triggerFirsts[firstCodes[k]! % edgeLimit] === 0) continue;
    const word = folded[k]!;
    const last = word.charCodeAt(word.length - 1);
    if (last >= edgeLimit || triggerLasts[last] === 0) continue;
    const trigger = triggers.get(word);
    if (trigger === undefined) continue;
    const next = folded[k + 1];
    const named = trigger === Trigger.Named;
    const cued = trigger === Trigger.Together || (next !== undefined && (named ? personNouns.has(next) || resources.serviceRoles.has(next) : talksOrMeets(next)));
    const token = tokens[k]!;
    if (!cued || !onlySpaces(text, tokens[k - 1]!.end, token.start, 2) || !personWord(text, tokens, folded, words, k - 1, named, resources)) continue;
    const person = tokens[k - 1]!;
    const existing = spanCovering(spans, scanned, person.start, person.end);
    if (existing !== undefined) {
      if (existing.score < nameWeights.firstAmbiguous && existing.start === person.start && existing.end === person.end) existing.score = nameWeights.firstAmbiguous;
      continue;
    }
    // `asanov talant menen`, `исабекова жанар екеуміз`: a surname right before the given name is part of the name.
    const surname = k >= 2 && surnameBefore(text, tokens, words, k - 2, resources) ? tokens[k - 2]! : undefined;
    const before = surname === undefined ? undefined : spanCovering(spans, scanned, surname.start, surname.end);
    if (before !== undefined && before.end === surname!.end) {
      before.end = person.end;
      before.score = Math.max(before.score, nameWeights.firstAmbiguous);
      continue;
    }
    const start = surname === undefined || before !== undefined ? person.start : surname.start;
    spans.push({ start, end: person.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: text.slice(start, person.end).toLowerCase() });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

// The trigger words, and their last and first letters as tables over the Latin and Cyrillic code points.
const Trigger = { Named: 1, With: 2, Together: 3 } as const;
const triggers = new Map<string, number>([...[...namedWords].map((word): [string, number] => [word, Trigger.Named]), ...[...withWords].map((word): [string, number] => [word, Trigger.With]), ...[...togetherWords].map((word): [string, number] => [word, Trigger.Together])]);
/** Entry condition (scan.ts WordBit.NamedTrigger): only a trigger word starts a match. */
export function namedTriggerWord(word: string): boolean {
  return triggers.has(word);
}
const edgeLimit = 0x500;
const triggerLasts = new Uint8Array(edgeLimit);
const triggerFirsts = new Uint8Array(edgeLimit);
for (const trigger of triggers.keys()) {
  triggerLasts[trigger.charCodeAt(trigger.length - 1)] = 1;
  triggerFirsts[trigger.charCodeAt(0)] = 1;
}

/** Token `k` ends like a surname or patronymic (-ов, -ова, -ұлы) and stands one space before the next token. */
function surnameBefore(text: string, tokens: readonly Token[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  if (token.hasDigit || tokens[k + 1]!.start - token.end !== 1 || text.charCodeAt(token.end) !== 32) return false;
  const evidence = words[k]!.evidence(token.cyrillic, resources, true);
  return evidence.stopFlags === 0 && (evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic);
}

/** `word` is a Turkic person noun (`қыз`, `kishi`, `кызматкер`). */
export function personNoun(word: string): boolean {
  return personNouns.has(word);
}

function talksOrMeets(word: string): boolean {
  for (const stem of talkStems) if (word.startsWith(stem)) return true;
  return false;
}

// Possessive endings (`xizmati bilan`, `досы мен`, `анаммен`, `әпкем екеуміз`) make a thing or a relative; names
// ending so need a name ending (`Ergashali`).
const possessiveVowels = new Set(['i', 'ы', 'і', 'и']);
const vowelsBeforeM = new Set(['а', 'ә', 'е', 'ы', 'і', 'о', 'ө', 'у', 'ұ', 'ү', 'и', 'a', 'e', 'i', 'o', 'u']);

/**
 * Token `k` is a listed given name or a word on no list that could be one: after "called" and a
 * person noun any bare word (`bobonazar degan kuryer`); before "with" or "the two of us", one capitalised inside its
 * sentence (`Kecha Islomnazar bilan`) or shaped like a given name (-bek, -qul, -бүбү), since everyday nouns stand
 * there too (`markaz bilan gaplashdim`).
 */
function personWord(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, named: boolean, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (token.hasDigit || word.length < 4) return false;
  if (resources.roles.has(word) || resources.cueWords.has(word) || personNouns.has(word)) return false;
  const evidence = words[k]!.evidence(token.cyrillic, resources, true);
  if (evidence.stopFlags !== 0) return false;
  if (evidence.nameFlags !== 0) return (evidence.nameFlags & WordFlag.First) !== 0 && evidence.endingLength === 0;
  const shape = turkicGivenShape(word);
  const shaped = evidence.nameShape || shape === GivenShape.Base || shape === GivenShape.WeakBase;
  const last = word.charAt(word.length - 1);
  if (!shaped && (possessiveVowels.has(last) || (last === 'm' || last === 'м') && vowelsBeforeM.has(word.charAt(word.length - 2)))) return false;
  // `Нодирабегим`: a name ending that looks like a possessive (-im) still counts when the whole word is shaped so.
  if (!bareTurkicName(word, evidence, resources) && shape !== GivenShape.Base && shape !== GivenShape.WeakBase) return false;
  const capital = text.charCodeAt(token.start) !== word.charCodeAt(0);
  return shaped || named || (capital && !token.sentenceStart);
}
