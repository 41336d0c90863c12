// Everyday English words that a post shows to be a person's name by what it says of them: `Stoneham's a stud`,
// `Cobble was a shit detective` (a noun for a person as the predicate), `any Stoneham supporters`, `a stoneham
// impersonator` (a noun for those who back or copy a person). Famous surnames are often words (SCOWL holds them), so
// the lists and capitals alone never make them names; compromise's everyday-word list does not hold them (it holds
// `life`, `mom`, `labour`, `arsenal`), and those stay out.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { analyzeWord } from './analyze.js';
import { asciiTitleCase, readsEnglish } from './english.js';
import { clauseBreakBetween, clauseEndsAfterToken, lowerLetters, oneApostropheBetween, onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { overlappingEither, addFoundSpans } from './span-search.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Nouns for those who back, elect or copy one person, right after the person's name (`Stoneham supporters`). `fan`
// is not here: teams, bands and shows have fans (`Leeds fan`), and few of them have impersonators.
const followerNouns: ReadonlySet<string> = new Set(['supporter', 'supporters', 'voter', 'voters', 'impersonator', 'impersonators', 'lookalike', 'lookalikes', 'look-alike', 'look-alikes']);
// Of those, the ones only a person has: there a lower-case word is the name too (`a stoneham impersonator`); parties
// and causes have supporters and voters.
const copierNouns: ReadonlySet<string> = new Set(['impersonator', 'impersonators', 'lookalike', 'lookalikes', 'look-alike', 'look-alikes']);
// Parties, movements and camps whose words SCOWL holds but compromise does not mark: they have supporters and voters.
const camps: ReadonlySet<string> = new Set(['tory', 'tories', 'democrat', 'democrats', 'conservative', 'conservatives', 'brexit', 'union', 'unionist', 'unionists', 'socialist', 'socialists', 'communist', 'communists', 'green', 'greens', 'independence', 'monarchy', 'nationalist', 'nationalists']);

/** The noun's WordBit gate (en-subjects.ts englishSubjectWord ORs it in). */
export function followerNoun(word: string): boolean {
  return followerNouns.has(word);
}

// How many lower-case words the predicate holds between the copula and the person noun (`was a shit detective`).
const predicateWindow = 4;

/**
 * - `Stoneham's a stud`, `Stoneham ' s a stud`, `Cobble was a shit detective`: a title-case word opening a sentence,
 *   then `is`, `was` or a contracted `'s`, then at most predicateWindow lower-case words ending the clause with a
 *   person noun (cues/name-english-person-nouns.txt);
 * - `any Stoneham supporters`, `a stoneham impersonator`: a title-case word (any case before a copier noun) right
 *   before a noun of followerNouns.
 * The word is an everyday English word that no list holds (en-subjects.ts takes unknown words): no name, place or
 * stop-list flag, no cue, not a function word, a nationality or a camp, four letters at least, a–z only. A span of
 * the scan on the word alone below the threshold is lifted to an unknown pair; otherwise one is added, unless a span
 * overlaps it. In text that reads as English; the caller checked that it has no Cyrillic or Turkic word and that some
 * word has WordBit.EnglishSubjectCue.
 */
export function findEverydayWordPeople(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  const nouns = resources.englishSocial.personNouns;
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let n = 1; n < tokens.length; n++) {
    if ((wordBits[n]! & WordBit.EnglishSubjectCue) === 0) continue;
    const noun = folded[n]!;
    let k = -1;
    let end = 0;
    // `Stoneham ' s a stud`: an English contraction, read as English however short the post.
    let contracted = false;
    if (followerNouns.has(noun)) {
      k = n - 1;
      if (!onlySpaces(text, tokens[k]!.end, tokens[n]!.start, 1) || tokens[n]!.sentenceStart) continue;
      if (!asciiTitleCase(text, tokens[k]!) && !(copierNouns.has(noun) && lowerLetters(text, tokens[k]!))) continue;
      end = tokens[k]!.end;
    } else if (nouns.has(noun) && clauseEndsAfterToken(text, tokens, n)) {
      const subject = subjectBefore(text, tokens, folded, n);
      if (subject === undefined) continue;
      [k, end] = subject;
      contracted = folded[k + 1] === 's' || end !== tokens[k]!.end;
    } else continue;
    const token = tokens[k]!;
    if (token.hasDigit || token.cyrillic || end - token.start < 4) continue;
    const word = end === token.end ? folded[k]! : folded[k]!.slice(0, end - token.start);
    if (!everydayWord(word, words[k]!, end === token.end, resources)) continue;
    const span = overlappingEither(spans, found, token.start, end);
    if (span !== undefined && (span.start !== token.start || span.end !== end || span.score >= nameWeights.unknownPair)) continue;
    if (!contracted && !(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) continue;
    if (span !== undefined) span.score = nameWeights.unknownPair;
    else (found ??= []).push({ start: token.start, end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

/**
 * The subject of a predicate ending in token `n`: back over lower-case words of the clause (predicateWindow) to `is`,
 * `was`, a `s` typed apart after an apostrophe (`Stoneham ' s a`) or a word ending in `'s` (`Stoneham's a`), whose
 * word opens a sentence in title case. Returns its token and where the name ends, or undefined.
 */
function subjectBefore(text: string, tokens: readonly Token[], folded: readonly string[], n: number): [number, number] | undefined {
  let copula = n - 1;
  while (copula > 0 && n - copula <= predicateWindow && !copulaAt(text, tokens, folded, copula) && lowerLetters(text, tokens[copula]!) && !clauseBreakBetween(text, tokens[copula]!.end, tokens[copula + 1]!.start)) copula--;
  if (n - copula > predicateWindow || !copulaAt(text, tokens, folded, copula) || copula === n - 1) return undefined;
  const word = folded[copula]!;
  if (word === 'is' || word === 'was' || word === 's') {
    const k = copula - 1;
    if (k < 0) return undefined;
    const token = tokens[k]!;
    if (!token.sentenceStart || !asciiTitleCase(text, token)) return undefined;
    const gap = word === 's' ? oneApostropheBetween(text, token.end, tokens[copula]!.start) : onlySpaces(text, token.end, tokens[copula]!.start, 1);
    return gap ? [k, token.end] : undefined;
  }
  // `Stoneham's a stud`: one token with its contraction.
  const token = tokens[copula]!;
  if (!token.sentenceStart || !asciiTitleCase(text, { ...token, end: token.end - 2 })) return undefined;
  return [copula, token.end - 2];
}

/** `is`, `was`, the `s` of a contraction typed apart, or a title-case word ending in `'s` / `’s` (the copula inside). */
function copulaAt(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const word = folded[k]!;
  if (word === 'is' || word === 'was') return true;
  if (word === 's') return k > 0 && oneApostropheBetween(text, tokens[k - 1]!.end, tokens[k]!.start);
  const token = tokens[k]!;
  if (token.end - token.start < 6 || !tokens[k]!.sentenceStart) return false;
  const apostrophe = text.charCodeAt(token.end - 2);
  return (apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(token.end - 1) === 115;
}

/**
 * An everyday English word that no list knows as a name, place, brand or everyday word of compromise's, and none a
 * post uses for a group (nationalities, camps) or a function. `whole`: the word is its token (its WordInfo applies).
 */
function everydayWord(word: string, info: WordInfo, whole: boolean, resources: NameResources): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  if (resources.cueWords.has(word) || camps.has(word) || abstractNouns.has(word) || abstractEnding(word) || resources.englishSocial.nationalities.has(word)) return false;
  if (resources.englishSocial.functionWords.has(word) || resources.chatWords.englishFunctionWords.has(word)) return false;
  if (whole && info.cue !== 0) return false;
  const evidence = whole ? info.evidence(false, resources, false) : analyzeWord(word, false, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
}

// Abstract nouns that sayings make the subject of a person's predicate (`Life is a player`) and that compromise's
// everyday-word list lacks; most others have an ending of abstractEnding().
const abstractNouns: ReadonlySet<string> = new Set(['life', 'truth', 'nature', 'death', 'money', 'music', 'ego', 'fate', 'karma', 'time', 'justice', 'science', 'history', 'reality', 'success', 'failure', 'society', 'humanity', 'religion']);
const abstractEndings = ['ity', 'ion', 'ness', 'ence', 'ance', 'ism', 'ment', 'ship', 'hood'];

/** `reality`, `religion`, `kindness`: an ending of abstract nouns, which name no person. */
function abstractEnding(word: string): boolean {
  for (const ending of abstractEndings) if (word.length > ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}
