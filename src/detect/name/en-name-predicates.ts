// Words an English post says are a name, or a candidate: `Zorvek is my username`, `Zorvek is my real name`,
// `Zorvek for president`, `Zorvek 4 President`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { asciiTitleCase, readsEnglish, unlistedEnglishName } from './english.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import type { WordEvidence } from './analyze.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

// Nouns for a name a person goes by, after `is my` (`username`, `real name`): a closed class.
const nameNouns = new Set(['name', 'username', 'nickname', 'gamertag', 'ign', 'handle']);

/**
 * - `Zorvek is my username`, `zorvek is my real name`: a word opening a sentence, one space before `is my` and a noun
 *   of nameNouns (`real` or `user` may stand between), ending the clause or before a function word, is the name;
 * - `Zorvek for president`, `Zorvek 4 President`: a title-case word one space before `for` or `4` and `president`.
 * The word is on no list and no SCOWL form (unlistedEnglishName(), englishWordForm()), four letters at least (its
 * case as typed for the first frame, title case for the second); a candidate may also be a listed surname that is no
 * everyday word (`Colbert 4 President`). A span of the scan on the word alone is lifted to an unknown pair; otherwise
 * one is added. In text that reads as English (asked once a candidate stands; the candidate's frame is English
 * itself, `4 President` has no function word); the caller checked that the text has no Cyrillic or Turkic word and
 * holds `my` or `president`.
 */
export function findNamePredicates(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const next = folded[k + 1]!;
    let named = false;
    let candidate = false;
    if (next === 'is' && tokens[k]!.sentenceStart && folded[k + 2] === 'my') named = nameNounAfter(text, tokens, folded, k + 3, resources);
    else if ((next === 'for' || next === '4') && folded[k + 2] === 'president' && asciiTitleCase(text, tokens[k]!)) named = candidate = true;
    if (!named) continue;
    const token = tokens[k]!;
    if (token.hasDigit || token.cyrillic || !onlySpaces(text, token.end, tokens[k + 1]!.start, 1) || !onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1)) continue;
    const word = folded[k]!;
    const evidence = words[k]!.evidence(false, resources, false);
    if (words[k]!.cue !== 0 || englishWordForm(word) || !(unlistedEnglishName(word, evidence, resources) || (candidate && listedSurname(evidence)))) continue;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined && (span.start !== token.start || span.end !== token.end || span.score >= nameWeights.unknownPair)) continue;
    // `Zorvek 4 President` has no function word: the English frame says English.
    if (!candidate && !(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    if (span !== undefined) span.score = nameWeights.unknownPair;
    else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

/** A listed surname (`Colbert`) that no stoplist holds and that carries no case ending. */
function listedSurname(evidence: WordEvidence): boolean {
  return (evidence.nameFlags & WordFlag.Surname) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
}

/**
 * Token `n` (or the one after `real`, `user`, `full`) is a noun of nameNouns that ends its clause or stands before a
 * function word other than `for` and `of`.
 */
function nameNounAfter(text: string, tokens: readonly Token[], folded: readonly string[], n: number, resources: NameResources): boolean {
  if (n < tokens.length && (folded[n] === 'real' || folded[n] === 'user' || folded[n] === 'full')) n++;
  if (n >= tokens.length || !nameNouns.has(folded[n]!)) return false;
  const after = n + 1;
  if (after >= tokens.length || tokens[after]!.sentenceStart || !onlySpaces(text, tokens[n]!.end, tokens[after]!.start, 1)) return true;
  // `Zorvcraft is my name for it`, `… my name of choice`: a name for a thing.
  const word = folded[after]!;
  if (word === 'for' || word === 'of') return false;
  return resources.englishSocial.functionWords.has(word) || resources.chatWords.englishFunctionWords.has(word);
}
