// A full name opening an English post whose given name is also an everyday word (`Jimmy Quorvell is the best`,
// `Tom Brackwin was robbed`): the scan scores a sentence-opening everyday-word given name weakly, and a surname on no
// list adds nothing, so the pair stayed below the threshold that the same two words pass in mid-sentence.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { asciiTitleCase, readsEnglish, unlistedEnglishName } from './english.js';
import { notSurname } from './en-social-names.js';
import { misspelt } from './english-lower.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { capitalisedSentence } from './social.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * A span below the threshold of exactly two title-case words opening a sentence, the first a listed given name that
 * is also an everyday word (`Jimmy`, `Tom`, `Mark`), is a full name, scored as the pair would score in mid-sentence,
 * when the second is
 * - a word on no list that no SCOWL form nor a slip from one explains (unlistedEnglishName(), englishWordForm(),
 *   misspelt()), with no title-case word after the pair (a longer title), or
 * - any word but a place, street or thing word, with a possessive whose noun, right after it or after one more
 *   lower-case word, is a person's (`Tom Brackwin ' s best role`, `Will Smithers's new movie`; not `Will Power's
 *   importance`, `Hope Street's shops`).
 * Not when the sentence is written in capitals throughout (capitalisedSentence(): `Summer Zorvex Festival Tickets`).
 * Everyday-word surnames without a possessive stay out (`Will Power is`, `Summer Nights was`). In text that reads as
 * English (asked once a candidate stands); the caller checked that the text has no Cyrillic or Turkic word.
 */
export function liftOpeningEverydayGivenPairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (const span of spans) {
    if (span.score >= 0.5 || span.score < nameWeights.firstAmbiguousAtSentenceStart) continue;
    const k = tokenStartingAt(tokens, span.start);
    if (k === -1 || k + 1 >= tokens.length || tokens[k + 1]!.end !== span.end) continue;
    const given = tokens[k]!;
    const surname = tokens[k + 1]!;
    if (!given.sentenceStart || given.cyrillic || surname.cyrillic || given.hasDigit || surname.hasDigit || surname.start !== given.end + 1) continue;
    if (!asciiTitleCase(text, given) || !titleCaseOwner(text, surname)) continue;
    if (!everydayGivenName(words[k]!, resources)) continue;
    const word = folded[k + 1]!;
    const info = words[k + 1]!;
    if (info.cue !== 0) continue;
    // After the possessive: the token after `'s`, or after a split ` ' s`.
    const owned = possessiveEnd(text, tokens, folded, k + 1);
    if (owned !== -1) {
      // `Will Smith's new movie`, `Tom Hanks ' s best role`: a possessive says person of any surname-like word.
      if (!possessedSurname(owned === k + 2 ? word : word.slice(0, -2), resources) || !personThingAfter(text, tokens, folded, wordBits, owned)) continue;
    } else {
      if (!unlistedEnglishName(word, info.evidence(false, resources, false), resources) || englishWordForm(word) || misspelt(word, resources)) continue;
      if (k + 2 < tokens.length && !tokens[k + 2]!.sentenceStart && !tokens[k + 2]!.hasDigit && text.charCodeAt(tokens[k + 2]!.start) !== folded[k + 2]!.charCodeAt(0)) continue;
    }
    if (capitalisedSentence(text, tokens, folded, k)) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    span.score = Math.round((nameWeights.firstAmbiguous + nameWeights.severalWords) * 100) / 100;
  }
}

/** A listed given name that the lists mark as an everyday word too (`jimmy`, `tom`), with no case ending, no place. */
function everydayGivenName(info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0) return false;
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) !== 0 && (evidence.stopFlags & WordFlag.Place) === 0 && evidence.endingLength === 0;
}

/**
 * The token after a possessive on token `k`: `k + 1` when the token itself ends in `'s` (folded: the apostrophe is
 * `'`), `k + 2` when only spaces and an apostrophe stand between it and a lone `s` (`Swift ' s`); -1 without one.
 */
function possessiveEnd(text: string, tokens: readonly Token[], folded: readonly string[], k: number): number {
  const word = folded[k]!;
  if (word.length > 3 && word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) === 39) return k + 1;
  if (k + 1 >= tokens.length || folded[k + 1] !== 's' || tokens[k + 1]!.end - tokens[k + 1]!.start !== 1) return -1;
  let apostrophes = 0;
  for (let at = tokens[k]!.end; at < tokens[k + 1]!.start; at++) {
    const code = text.charCodeAt(at);
    if (code === 39 || code === 0x2019) apostrophes++;
    else if (code !== 32) return -1;
  }
  return apostrophes === 1 ? k + 2 : -1;
}

/** Before a possessive, a surname: a listed one, an everyday word no list holds as a place, or a word on no list. */
function possessedSurname(word: string, resources: NameResources): boolean {
  if (word.length < 3 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const entry = resources.latinNames.getStem(word);
  return entry === undefined || (entry.flags & WordFlag.Place) === 0;
}

/** Title case as typed (A–Z, then a–z), an `'s` or `’s` at its end allowed. */
function titleCaseOwner(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  if (first < 65 || first > 90) return false;
  let end = token.end;
  if (end - token.start > 3 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
  for (let at = token.start + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

// What a performer has that a possessive names (`Tom Brackwin's new movie`, `best role`), besides the person
// possessions of cues/name-english-person-possessions.txt: a closed class of works and careers.
const performerThings = new Set(['movie', 'movies', 'film', 'films', 'album', 'albums', 'song', 'role', 'roles', 'career', 'performance', 'acting', 'lyrics', 'concert', 'tour', 'character', 'book', 'books', 'novel', 'novels', 'music']);

/** Token `k`, or the token after one lower-case word (`new`, `best`), is a person's possession or a performer's work, lower case. */
function personThingAfter(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, k: number): boolean {
  for (let m = k; m < tokens.length && m <= k + 1 && !tokens[m]!.sentenceStart; m++) {
    if (text.charCodeAt(tokens[m]!.start) !== folded[m]!.charCodeAt(0)) return false;
    if (wordBits[m]! & WordBit.PersonPossession || performerThings.has(folded[m]!)) return true;
  }
  return false;
}
