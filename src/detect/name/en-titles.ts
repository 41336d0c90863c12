// English runs that name a title, a product, a place or a people rather than a person, and list hits in sentences of a
// language no list knows: the tests social.ts applies to a Latin-script span with no cue around it.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { unlistedEnglishName } from './english.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import type { WordScore } from './words.js';

/**
 * `Perfect Song Choice!`, `Kimberly Way Laidlaw Green`, `Ace had No Chance`: a capitalised everyday English word (on
 * the English common-word list, no name, no cue) right before a run whose every word is an everyday-word name or an
 * unknown capital (`everyday`, from the caller) makes the run part of a title-case phrase, when the run holds an
 * unknown capital, or is one word after a determiner (`No`, `Every`). An adjective before one listed name is left
 * alone (`Poor Jimmy`), and a cue word before the run keeps it (`Thanks Will`).
 */
export function afterCapitalisedEveryday(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], span: Span, first: number, last: number, resources: NameResources): boolean {
  if (first < 1) return false;
  const before = tokens[first - 1]!;
  if (before.cyrillic || before.hasDigit || before.end - before.start < 2 || !onlySpaces(text, before.end, span.start, 1)) return false;
  const word = folded[first - 1]!;
  if (text.charCodeAt(before.start) === word.charCodeAt(0) || resources.cueWords.has(word)) return false;
  const entry = resources.latinNames.getStem(word);
  if (entry === undefined || entry.flags !== WordFlag.NotName) return false;
  if (first === last) return resources.englishSocial.quantifiers.has(word);
  for (let k = first; k <= last; k++) if (scores[k]!.source === 'capital') return true;
  return false;
}

/**
 * `binge watching Rick and Morty`, `playing Zelda`: a run right after a verb of watching or playing names the show
 * or game, unless a lower-case word that is no function word follows it (`watching Will Smith movies`: a modifier).
 */
export function afterTitleVerb(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number, last: number, resources: NameResources): boolean {
  const social = resources.englishSocial;
  if (first < 1 || !social.titleVerbs.has(folded[first - 1]!) || !onlySpaces(text, tokens[first - 1]!.end, span.start, 1)) return false;
  // `watching Lucas' fingers`, `watching Rick's videos`: a possessive names the person.
  if (tokens[last]!.end !== span.end) return false;
  const next = tokens[last + 1];
  if (next === undefined) return true;
  if (!onlySpaces(text, span.end, next.start, 1)) return !apostropheBetween(text, span.end, next.start);
  const nextWord = folded[last + 1]!;
  const lowerCase = text.charCodeAt(next.start) === nextWord.charCodeAt(0);
  return !lowerCase || social.functionWords.has(nextWord);
}

/** `Rick and Morty`: where a capitalised word stands one `and` after the span, or -1. */
export function titleContinuation(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, last: number): number {
  const and = tokens[last + 1];
  const next = tokens[last + 2];
  if (and === undefined || next === undefined || tokens[last]!.end !== span.end || folded[last + 1] !== 'and') return -1;
  if (!onlySpaces(text, span.end, and.start, 1) || !onlySpaces(text, and.end, next.start, 1) || text.charCodeAt(next.start) === folded[last + 2]!.charCodeAt(0)) return -1;
  return next.start;
}

/**
 * `Star Wars Land`, `Dora Creek`: a run of two words or more ending in a thing or place head that is no surname
 * (land, creek, show) is the thing's name; `grew up in Shelly Park`: one ending in a place head that is also a
 * surname (park, green, hill) is a place after a locative preposition (`Jenny Park` stays a person).
 */
export function endsInPlaceHead(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number, last: number, resources: NameResources): boolean {
  if (last === first || tokens[last]!.end !== span.end) return false;
  const social = resources.englishSocial;
  const head = folded[last]!;
  if (social.thingHeads.has(head)) return true;
  if (!social.placeHeads.has(head) || first < 1) return false;
  return social.locatives.has(folded[first - 1]!) && onlySpaces(text, tokens[first - 1]!.end, span.start, 1);
}

/** `Queen Elizabeth Drive`: a capitalised street head right after the run, one space on. */
export function streetFollows(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, last: number, resources: NameResources): boolean {
  const next = tokens[last + 1];
  if (next === undefined || tokens[last]!.end !== span.end || !onlySpaces(text, span.end, next.start, 1)) return false;
  return text.charCodeAt(next.start) !== folded[last + 1]!.charCodeAt(0) && resources.englishSocial.streetHeads.has(folded[last + 1]!);
}

/** `Muslim countries`, `a German place`: a one-word run that is a nationality or religion word. */
export function nationalityWord(tokens: readonly Token[], folded: readonly string[], span: Span, first: number, last: number, resources: NameResources): boolean {
  return first === last && tokens[first]!.end === span.end && resources.englishSocial.nationalities.has(folded[first]!);
}

// How many words either side of a span the clause test reads at most: a constant cost per span.
const clauseWindow = 8;

/**
 * `Lom zem thiab muaj ntau yam kawm kawg.` (Hmong), `eyin omo eda adamo, won fi …` (Yoruba): a list hit among words
 * that no list knows and English cannot explain (neither on the common-word list nor an inflection of a word on it)
 * is chance, the clause being in another language. Three such words at least, two in three of the clause's words
 * (within clauseWindow of the span, commas and sentence ends closing it). The caller asks only about spans whose
 * evidence is the Latin-script lists alone, in English text without Turkic words (Uzbek words are on no list either).
 */
export function inUnknownLanguage(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  let from = first;
  while (from > 0 && first - from < clauseWindow && !tokens[from]!.sentenceStart && !clauseBreak(text, tokens[from - 1]!.end, tokens[from]!.start)) from--;
  let to = last;
  while (to + 1 < tokens.length && to - last < clauseWindow && !tokens[to + 1]!.sentenceStart && !clauseBreak(text, tokens[to]!.end, tokens[to + 1]!.start)) to++;
  if (to - from - (last - first) < 3) return false;
  // Cheap pass first (list flags only, remembered per word); the inflection test slices words, so it runs only
  // when the clause could still qualify.
  if (!mostlyUnknown(tokens, folded, words, from, to, first, last, resources, false)) return false;
  return mostlyUnknown(tokens, folded, words, from, to, first, last, resources, true);
}

function mostlyUnknown(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], from: number, to: number, first: number, last: number, resources: NameResources, inflections: boolean): boolean {
  let unknown = 0;
  let known = 0;
  for (let k = from; k <= to; k++) {
    if (k === first) {
      k = last;
      continue;
    }
    const token = tokens[k]!;
    if (token.cyrillic || token.hasDigit || token.end - token.start < 2) continue;
    if (unlisted(words[k]!, resources) && (!inflections || unexplained(folded[k]!, words[k]!, resources))) unknown++;
    else known++;
  }
  return unknown >= 3 && unknown * 3 >= (unknown + known) * 2;
}

/** On no list and no cue word. */
function unlisted(info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0) return false;
  const evidence = info.evidence(false, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0;
}

/** Letters only, and (four letters or more) not explained by the English common-word list or its inflections. */
function unexplained(word: string, info: WordInfo, resources: NameResources): boolean {
  return word.length < 4 ? lettersOnly(word) : unlistedEnglishName(word, info.evidence(false, resources, false), resources);
}

function lettersOnly(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Every word of the run found on the Latin-script lists only (not the Central Asian or Russian ones). */
export function latinListsOnly(words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  for (let k = first; k <= last; k++) if (!words[k]!.evidence(false, resources, false).latinList) return false;
  return true;
}

function apostropheBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 39 || code === 0x2019) return true;
  }
  return false;
}

/** A comma, semicolon, colon, sentence end, bracket or line break between two tokens. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 59 || code === 58 || code === 46 || code === 33 || code === 63 || code === 10 || code === 40 || code === 41) return true;
  }
  return false;
}
