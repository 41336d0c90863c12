// Russian news: a surname that is a place only because an English place name spells the same in Latin letters
// (stoplists/derived/places-en.txt meets Cyrillic words through their transliteration), read as the person when a
// reporting verb follows it (`Тарн сообщил`) or when it is coordinated with a person's surname in the same case
// (`между Вельцем и Тарном`). Places of the curated list (`Минск также осудил`) stay places: capitals stand for their
// governments in news prose.

import { readPatternList, readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import { skeleton } from '../../text/translit.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import { covered } from './ru-news-objects.js';
import { capitalCyrillic, onlySpaceBetween, organisationShape } from './ru-news.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

interface PlaceLists {
  /** Skeletons of the English place names (the keys the stoplist meets Cyrillic words by). */
  readonly english: ReadonlySet<string>;
  /** The curated places, folded as written (Cyrillic and Latin). */
  readonly curated: ReadonlySet<string>;
}
let lists: PlaceLists | undefined;
function placeLists(): PlaceLists {
  lists ??= {
    english: new Set(readPatternList('stoplists/derived/places-en.txt').map((line) => skeleton(foldWord(line)))),
    curated: new Set(readPatternWords('stoplists/places.txt').map(foldWord)),
  };
  return lists;
}

// Verbs of saying and judging (`сообщил`, `заявила`, `осудил`, `считает`), by stem: the reporting verbs of
// cues/name-verbs.txt also hold deeds a team named after its city does (`победил`, `проиграл`, `прибыл`).
const speechVerb = /^(?:сказа|заяв|сообщ|отмет|подчерк|добав|поясн|уточн|призна|осуд|ответ|рассказ|напомн|объясн|выраз|потребова|пригроз|предупред|отверг|назва|призва|пообеща|счита|полага|увер|говор|замет|указа)/u;

// Adverbs and the negation between a subject and its reporting verb (`Тарн также сообщил`, `Тарн не признал`).
const verbAdverbs: ReadonlySet<string> = new Set(['также', 'тоже', 'уже', 'ещё', 'еще', 'вновь', 'снова', 'лично', 'не', 'ранее', 'накануне', 'позже', 'затем']);

/** A capitalised Cyrillic word that is a place only through the English list, and on no name list. */
function englishPlaceOnly(word: string, info: WordInfo, resources: NameResources): boolean {
  if (word.length < 3) return false;
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== WordFlag.Place || evidence.nameFlags !== 0) return false;
  const { english, curated } = placeLists();
  return english.has(skeleton(evidence.base)) && !curated.has(evidence.base) && !curated.has(word) && !resources.cueWords.has(word);
}

// Bodies and adjective forms, which a surname's case ending can rhyme with (`Вельцем и Кабинетом`, `Тарном и
// Главным`).
const collectiveBody = /^(?:кабинет|кабмин|парламент|правительств|руководств|командовани|штаб|режим|клуб|сенат|совет)/u;
const adjectiveForm = /(?:ый|ой|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/u;

/**
 * A word form Russian knows (`Каном` reads as one) on no list, not a role, a body, an organisation's compound or an
 * adjective: coordinated with a surname in the same case, a surname too.
 */
function plainWordForm(word: string, info: WordInfo, resources: NameResources): boolean {
  if (word.length < 4 || word.includes('-') || resources.cueWords.has(word) || collectiveBody.test(word) || adjectiveForm.test(word) || organisationShape(word)) return false;
  const evidence = info.evidence(true, resources, false);
  return evidence.stopFlags === 0 && evidence.nameFlags === 0;
}

/**
 * The spans of such surnames before a reporting verb (an adverb or `не` between them allowed) or joined by `и` to a
 * one-word person's span in the same case ending. Returns undefined when there is none; the caller merges them.
 */
export function findPlaceSpelledSurnames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], cues: ArrayLike<number>, spans: readonly Span[], resources: NameResources): Span[] | undefined {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k + 1 < count; k++) {
    const token = tokens[k]!;
    const word = folded[k]!;
    // The frame first (a cue bit, a word compare): the word's lists only for the few words in one.
    if (!capitalCyrillic(text, token, word)) continue;
    let verb = k + 1;
    if (verbAdverbs.has(folded[verb]!) && verb + 1 < count && onlySpaceBetween(text, tokens[verb]!, tokens[verb + 1]!)) verb++;
    const reporting = (cues[verb]! & CueWord.Verb) !== 0 && speechVerb.test(folded[verb]!) && onlySpaceBetween(text, token, tokens[k + 1]!);
    if (reporting) {
      if (!englishPlaceOnly(word, words[k]!, resources)) continue;
    } else {
      if (!coordinatedWithPerson(text, tokens, folded, spans, k, 1) && !coordinatedWithPerson(text, tokens, folded, spans, k, -1)) continue;
      if (!englishPlaceOnly(word, words[k]!, resources) && !plainWordForm(word, words[k]!, resources)) continue;
    }
    if (covered(spans, token.start, token.end)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.nameShape, source: 'name:cue', normalized: word });
  }
  return found;
}

// The instrumental of a noun (`Тарном`) and of an -ов/-ин surname (`Вельцеровым`) end differently; other cases are
// compared by their last two letters.
const instrumental = /(?:ом|ем|ём|ым|им)$/u;
function caseOf(word: string): string {
  return instrumental.test(word) ? 'ins' : word.slice(-2);
}

/**
 * Token `k` and a one-word person's span two tokens away in `direction` are joined by `и` (`Вельцем и Тарном`), with
 * the same last two letters (the same case of a declined surname) and only spaces between.
 */
function coordinatedWithPerson(text: string, tokens: readonly Token[], folded: readonly string[], spans: readonly Span[], k: number, direction: 1 | -1): boolean {
  const link = k + direction;
  const other = k + 2 * direction;
  if (other < 0 || other >= tokens.length || folded[link] !== 'и') return false;
  const [left, right] = direction === 1 ? [k, other] : [other, k];
  if (!onlySpaceBetween(text, tokens[left]!, tokens[link]!) || !onlySpaceBetween(text, tokens[link]!, tokens[right]!)) return false;
  const word = folded[k]!;
  const partner = folded[other]!;
  if (partner.length < 4 || caseOf(word) !== caseOf(partner)) return false;
  const { start, end } = tokens[other]!;
  for (const span of spans) if (span.score >= 0.5 && span.start === start && span.end === end) return true;
  return false;
}
