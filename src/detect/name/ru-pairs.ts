// Russian chat, lower-case full names without a cue: a given name beside a surname (`зарема ахмедова ответила`,
// `жумабаев адлет не приехал`), both words vouched for by a list or by Russian not knowing them.

import { chatGreetingWord } from './cue-typos.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import type { NameResources } from './resources.js';
import { femininePatronymicWord } from './ru-full-names.js';
import { everydayRussianWord } from './ru-everyday.js';
import { mergeReplacing } from './ru-spans.js';
import { chatPerson } from './ru-vocatives.js';
import { typoOfCommonWord } from './typos.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { EndingSet } from './suffixes.js';

/**
 * In Cyrillic text without Turkic letters: two lower-case words one space apart, one ending like a surname
 * (-ов/-ова/-ев/-ин with case endings: WordBit.SurnameLike, known per word) and the other a given name, in either
 * order, are one person when the surname is on a list or is a surname form Russian does not know (not `готов`,
 * `заказов`), and the given name is a listed first name or a word Russian does not know (ru-vocatives.ts
 * chatPerson). Two pieces of evidence in each word, and the pair. A span the scan left below the threshold inside
 * the pair (`тимур` at 0.45) gives way to the pair. Adds to the scan's spans (sorted, disjoint).
 */
export function findRussianNamePairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  let turkicWords: number | undefined;
  // The scan's spans are sorted and disjoint, and pairs come in text order: one pointer walks them (linear cost).
  let next = 0;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // wordBits: WordInfo.bits per token, from the scan's flat array. PairSurname is pairSurnameWord(), worked out
    // once per word: SurnameLike or a Tajik surname (no visit to the folded string per token).
    const first = wordBits[k]! & WordBit.PairSurname ? WordBit.SurnameLike : 0;
    const second = wordBits[k + 1]! & WordBit.PairSurname ? WordBit.SurnameLike : 0;
    // The common case: neither word ends like a surname, or both do (then only a given name in -ина before a
    // patronymic: `каролина тахировна`, patronymicPair()).
    if (first === second && (first === 0 || !patronymicPair(text, tokens, folded, words, k, resources))) continue;
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    // The first word may be capitalised only because it opens a sentence (phones capitalise it: `Зарема ахмедова`).
    if (!cyrillicWord(a, folded[k]!) || !(a.sentenceStart || lowerCase(text, a, folded[k]!)) || !cyrillicWord(b, folded[k + 1]!) || !lowerCase(text, b, folded[k + 1]!) || !onlySpaces(text, a.end, b.start, 1)) continue;
    while (next < spans.length && spans[next]!.end <= a.start) next++;
    if (coveredBeyond(spans, next, a.start, b.end)) continue;
    const surname = first && !second ? k : k + 1;
    const given = surname === k ? k + 1 : k;
    if (!surnameWord(folded[surname]!, words[surname]!, resources)) continue;
    const base = chatPerson(folded[given]!, words[given]!, resources, true);
    if (base === undefined) continue;
    // In Turkic text an -ин word is rather a case form (`министрликтин`), and an unlisted word with a Turkic ending no
    // given name (`каржысы`): asked once per text. (One Turkic-only ending in the text was measured too little: it
    // cost two Russian names on held-out.)
    const caseForm = inCaseForm.test(folded[surname]!) && words[surname]!.evidence(true, resources, false).nameFlags === 0;
    if (caseForm || (turkicEnding.test(folded[given]!) && words[given]!.evidence(true, resources, false).nameFlags === 0)) {
      turkicWords ??= turkicWordCount(tokens, folded, words, resources);
      if (turkicWords >= 2) continue;
    }
    (found ??= []).push({ start: a.start, end: b.end, type: 'NAME', score: nameWeights.lowerFirstAfterCue, source: 'name:cue', normalized: surname === k ? `${folded[k]!} ${base}` : `${base} ${folded[k + 1]!}` });
    k++;
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/**
 * `каролина тахировна спасибо`: a lower-case word ending like a surname (-ина) before a patronymic (-овна, -ович, or
 * a woman's in an oblique case) is the given name, when both are lower-case Cyrillic words one space apart; the
 * pair is then checked like any other (the patronymic as the surname word, the first as the given name).
 */
function patronymicPair(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  if (!lowerCase(text, tokens[k + 1]!, folded[k + 1]!)) return false;
  const word = folded[k + 1]!;
  return words[k + 1]!.evidence(true, resources, false).morph === Morph.Patronymic || femininePatronymicWord(word);
}

/**
 * From span `from` on, one at or above the default threshold overlaps the pair and reaches beyond it (the caller
 * skipped those ending before the pair). One inside the pair (`от [ахмедовой] заремы`) is widened to the pair.
 */
function coveredBeyond(spans: readonly Span[], from: number, start: number, end: number): boolean {
  for (let s = from; s < spans.length && spans[s]!.start < end; s++) if (spans[s]!.score >= 0.5 && (spans[s]!.start < start || spans[s]!.end > end)) return true;
  return false;
}

// `шарифзода`, `мирзозода`, `турсунзаде`: Tajik and Uzbek surnames in -зода/-заде, in their base form.
/** Entry condition (scan.ts WordBit.PairSurname): a pair needs one word that ends like a surname. */
export function pairSurnameWord(word: string, bits: number): boolean {
  return (bits & WordBit.SurnameLike) !== 0 || tajikSurname(word);
}

function tajikSurname(word: string): boolean {
  const length = word.length;
  if (length < 7 || word.charCodeAt(length - 4) !== 0x437 /* з */) return false;
  const a = word.charCodeAt(length - 3);
  const b = word.charCodeAt(length - 2);
  const c = word.charCodeAt(length - 1);
  return (a === 0x43e && b === 0x434 && c === 0x430) || (a === 0x430 && b === 0x434 && c === 0x435);
}

function cyrillicWord(token: Token, word: string): boolean {
  return token.cyrillic && !token.hasDigit && word.length >= 3 && !word.includes('-');
}
function lowerCase(text: string, token: Token, word: string): boolean {
  return text.charCodeAt(token.start) === word.charCodeAt(0);
}

/** A listed surname (no everyday word if the lists call it ambiguous), or a surname form (-ов, -ова, -евой, -ину) the Russian lexicon does not know, typo or not. */
function surnameWord(word: string, info: WordInfo, resources: NameResources): boolean {
  const evidence = info.evidence(true, resources, false);
  // `здарова ильсур`: a greeting as chat spells it, whatever its ending reads (cue-typos.ts).
  if (evidence.stopFlags !== 0 || resources.cueWords.has(word) || (info.bits & WordBit.MisspeltCue && chatGreetingWord(word))) return false;
  if (evidence.nameFlags & WordFlag.Surname) {
    // `север` is a listed surname the lists call ambiguous: an everyday word then stays one.
    if (evidence.nameFlags & WordFlag.Ambiguous && resources.commonWords.has(word)) return false;
    return !everydayRussianWord(word, evidence, resources);
  }
  if (evidence.morph !== Morph.Surname && evidence.morph !== Morph.Patronymic) return false;
  return !resources.commonWords.has(word) && !typoOfCommonWord(word, resources.commonWords);
}

// Endings only Turkic words take, as typed with Russian letters or as Kyrgyz writes them: the genitive
// (`тилшилердин`, `министрликтин`, `онимнин`), participles and converbs (`калган`, `кыскарып`), the past (`келди`),
// "we" and the polite "you" (`беремиз`, `турыныздар`), the third person's possessive (`каржысы`, `маселесин`,
// `ортасында`), the dative (`сактауга`, `акимине`), the ablative, "until" (`дейин`), "without" (`нысансыз`),
// -лык (`спорттык`), verbal nouns (`калуы`), the plural, the instrumental and the -атын participle.
const turkicEnding = new EndingSet([
  'лардын', 'лердин', 'дардын', 'дердин', 'тардын', 'тердин', 'лыктын', 'ликтин', 'луктун', 'дыктын', 'диктин', 'мнин', 'мнын',
  'ган', 'ген', 'кан', 'кен', 'ып', 'ип', 'уп', 'ды', 'ди', 'ты', 'ти',
  'мыз', 'миз', 'быз', 'биз', 'пыз', 'пиз', 'ныз', 'низ', 'ныздар', 'низдер',
  'сы', 'си', 'сын', 'син', 'сына', 'сине', 'сында', 'синде', 'ындагы', 'индеги', 'дагы', 'деги', 'тагы', 'теги',
  'га', 'ге', 'ка', 'ке', 'ына', 'ине', 'дейин', 'уы', 'уи', 'лары', 'лери', 'дары', 'дери', 'тары', 'тери',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'сыз', 'сиз', 'лык', 'лик', 'дык', 'дик', 'тык', 'тик',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'мен', 'бен', 'пен', 'атын', 'етин', 'йтын', 'йтин',
]);
// An -ин surname form, in Turkic text rather a genitive, an accusative or a dative (`министрликтин`, `маселесин`,
// `кадесине`, `мумкин`).
const inCaseForm = new EndingSet(['ин', 'ын', 'ун', 'ине', 'ина', 'ыны', 'ини']);
/**
 * Kazakh or Uzbek typed with Russian letters, or Kyrgyz with none of its own letters in it, shows in words of five or
 * more letters that Russian does not know and no list holds as a name, ending as only Turkic words do: how many
 * different ones (0, 1, or 2 for more). `жобада министрликтин` is then a place and an office's genitive, not a given
 * name and an -ин surname.
 */
function turkicWordCount(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources): number {
  let seen: string | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const word = folded[k]!;
    if (word.length < 5 || word === seen || !tokens[k]!.cyrillic || !turkicEnding.test(word) || resources.commonWords.hasWord(words[k]!) || words[k]!.evidence(true, resources, false).nameFlags !== 0) continue;
    if (seen !== undefined) return 2;
    seen = word;
  }
  return seen === undefined ? 0 : 1;
}
