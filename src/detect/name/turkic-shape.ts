// Given-name formation endings (-qul, -nazar, -ali, -bonu, -бүбү, -хан) on unknown words, with an optional case ending.

import { readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import { skeleton } from '../../text/translit.js';
import { typedPlain } from './plain-letters.js';
import { WordAnswers } from './word-answers.js';

// Skeletons, so `қул`, `құл` and `qul` are one entry. Loaded once per process or worker.
interface Ending {
  readonly key: string;
  /** Also closes everyday words with a possessive (`~ali`: `Filiali`): not on a capitalised word alone. */
  readonly weak: boolean;
  /** The key with q typed as k, for words typed plain (plainTyped); undefined without a q. */
  readonly plainKey: string | undefined;
}
let endings: readonly Ending[] | undefined;
function givenEndings(): readonly Ending[] {
  endings ??= readPatternWords('names/turkic-given-endings.txt').map((entry) => {
    const key = skeleton(foldWord(entry.replace('~', '')));
    return { key, weak: entry.startsWith('~'), plainKey: key.includes('q') ? key.replaceAll('q', 'k') : undefined };
  });
  return endings;
}

// Case endings a given name takes in Uzbek (Latin and Cyrillic), Kazakh and Kyrgyz, longest first within each
// length; no plural or possessive (`-lari`, `-жаны` make nouns). Source: standard grammars.
const caseEndings = new Set([
  'ning', 'ni', 'ga', 'ka', 'qa', 'da', 'dan',
  'нинг', 'ни', 'га', 'ка', 'қа', 'да', 'дан',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'ке', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен',
  'нын', 'нун', 'нүн', 'нин', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'го', 'гө', 'ко', 'кө', 'ну', 'нү', 'ди', 'ду', 'дү', 'ти', 'ту', 'тү',
]);
const longestCase = 4;

// One answer per word: asked only in cue positions and for unknown capitalised words, and words repeat.
const answers = new WordAnswers<number>(10_000);

/** What turkicGivenShape() answers. */
export const GivenShape = {
  None: 0,
  /** A base form ending like a given name (`eshqul`). */
  Base: 1,
  /** A case ending after a stem ending like one (`islomnazarning`, `дәулетханның`). */
  CaseEnding: 2,
  /** A base form whose name ending also closes possessive nouns (`ergashali`, but `filiali`): needs a cue. */
  WeakBase: 3,
} as const;

/**
 * How `word` (folded) is shaped (GivenShape). The stem keeps at least three letters before the name ending
 * (`Қул`, `Nazar` alone are words).
 */
export function turkicGivenShape(word: string): number {
  if (word.length < 5) return GivenShape.None;
  return answers.get(word) ?? answers.remember(word, findShape(word));
}

/** turkicGivenShape() without its answer map, for a caller that remembers the answer itself (vocabulary.ts). */
export function turkicGivenShapeAfresh(word: string): number {
  return word.length < 5 ? GivenShape.None : findShape(word);
}

function findShape(word: string): number {
  const plain = plainTyped(word);
  const base = endingOf(skeleton(word), plain);
  if (base !== undefined) return base.weak ? GivenShape.WeakBase : GivenShape.Base;
  for (let cut = 2; cut <= longestCase && cut <= word.length - 5; cut++) {
    if (caseEndings.has(word.slice(word.length - cut)) && endingOf(skeleton(word.slice(0, word.length - cut)), plain) !== undefined) return GivenShape.CaseEnding;
  }
  return GivenShape.None;
}

function endingOf(key: string, plain: boolean): Ending | undefined {
  for (const ending of givenEndings()) {
    if (key.length < ending.key.length + 3) continue;
    if (key.endsWith(ending.key) || (plain && ending.plainKey !== undefined && key.endsWith(ending.plainKey))) return ending;
  }
  return undefined;
}

// A Cyrillic word with no Kazakh, Kyrgyz, Uzbek or Tajik letter: Kazakh typed on a Russian keyboard writes қ as к
// (`Торекул` for `Төреқұл`), which the skeleton keeps apart (Uzbek q and k are two letters). Asked once per word.
function plainTyped(word: string): boolean {
  return word.charCodeAt(0) >= 0x400 && word.charCodeAt(0) < 0x530 && typedPlain(word);
}

// Vowels of the Kazakh, Kyrgyz and Uzbek third-person possessive after a consonant (not -у: a Russian dative, `борису`).
const possessiveVowels = new Set(['ы', 'і', 'и', 'ү']);
const cyrillicVowels = new Set(['а', 'ә', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я', 'ў']);
/**
 * `мұхиты` "its ocean" (Мұхит + -ы), `нұры` "its light": a one-vowel ending after a consonant-final listed name is the
 * possessive of an everyday word; the cases on a name after a consonant are -ты/-ды/-ка/-ға…, never one vowel.
 * `endingLength` is the ending the lists stripped (WordEvidence.endingLength).
 */
export function possessiveAfterName(word: string, endingLength: number): boolean {
  if (endingLength !== 1 || word.length < 4) return false;
  return possessiveVowels.has(word.charAt(word.length - 1)) && !cyrillicVowels.has(word.charAt(word.length - 2));
}

// The Kazakh, Kyrgyz and Uzbek locative-attributive suffix ("the one in …"): `Дүкөндөгү`, `Кампадагы`, `Дўкондаги`,
// `Almatydagi`. Source: standard grammars.
const locativeAttributive = ['дағы', 'дегі', 'тағы', 'тегі', 'дагы', 'даги', 'тагы', 'таги', 'деги', 'теги', 'догу', 'дөгү', 'тогу', 'төгү', 'дөгі', 'dagi', 'tagi', 'degi'];
/** `word` (folded) is "the one in …" (`Дүкөндөгү Айбийкеге`): no part of a person's name, whatever the capital says. */
export function locativeAttributiveWord(word: string): boolean {
  if (word.length < 7) return false;
  for (const ending of locativeAttributive) if (word.endsWith(ending)) return true;
  return false;
}
